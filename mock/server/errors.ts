// Error answers in the contract's shape `{ code, message, fields? }`. Domain code throws an
// ApiFail (a plain object, so `instanceof` across transpiled classes is never needed) and the
// server turns it into the response.
import type { ApiErrorBody, ErrorCode } from '../../src/contract'
import type { MockResponse } from './types'

export interface ApiFail {
  __apiFail: true
  status: number
  body: ApiErrorBody
}

export function isApiFail(e: unknown): e is ApiFail {
  return !!e && typeof e === 'object' && (e as ApiFail).__apiFail === true
}

export function apiFail(status: number, code: ErrorCode, message: string, fields?: Record<string, string>): ApiFail {
  const body: ApiErrorBody = fields ? { code, message, fields } : { code, message }
  return { __apiFail: true, status, body }
}

export function errorResponse(status: number, code: ErrorCode, message: string, fields?: Record<string, string>): MockResponse {
  return { status, body: apiFail(status, code, message, fields).body }
}

export const MSG = {
  loginRequired: '请先登录',
  loginExpired: '登录已过期，请重新登录',
  forbidden: '当前身份无权进行此操作',
  /** the same answer whether the record is missing or not the caller's to see */
  notFound: '记录不存在或无权查看',
  routeNotFound: '接口不存在',
  validation: '请检查填写的内容',
  idempotencyRequired: '请求缺少幂等键（Idempotency-Key）',
  idempotencyMismatch: '同一幂等键对应了不同的请求内容',
  idempotencyInProgress: '相同的请求正在处理中，请稍候',
  rateLimited: '提交太频繁，请稍后再试',
  internal: '服务器开小差了，请稍后重试',
} as const

export const fail = {
  validation: (fields: Record<string, string>) => apiFail(400, 'VALIDATION_FAILED', MSG.validation, fields),
  unauthorized: (message: string = MSG.loginRequired) => apiFail(401, 'UNAUTHORIZED', message),
  forbidden: (message: string = MSG.forbidden) => apiFail(403, 'FORBIDDEN', message),
  notFound: (message: string = MSG.notFound) => apiFail(404, 'NOT_FOUND', message),
  conflict: (message: string) => apiFail(409, 'STATE_CONFLICT', message),
  rateLimited: (message: string = MSG.rateLimited) => apiFail(429, 'RATE_LIMITED', message),
}
