// Error answers in the contract's shape `{ code, message, fields? }`. Domain code throws an
// ApiFail (a plain object, so `instanceof` across transpiled classes is never needed) and the
// server turns it into the response.
import { IDEMPOTENCY_KEY_MAX, type ApiErrorBody, type ErrorCode } from '../../src/contract'
import type { MockResponse } from './types'

export interface ApiFail {
  __apiFail: true
  status: number
  body: ApiErrorBody
  /** response headers the answer carries (429: Retry-After) */
  headers?: Record<string, string>
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

/** The answer an ApiFail stands for. */
export function failResponse(f: ApiFail): MockResponse {
  return f.headers ? { status: f.status, body: f.body, headers: { ...f.headers } } : { status: f.status, body: f.body }
}

/** '30 秒', '50 分钟', '24 小时': how long to wait, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} 秒`
  const minutes = Math.ceil(seconds / 60)
  if (minutes <= 60) return `${minutes} 分钟`
  return `${Math.ceil(minutes / 60)} 小时`
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
  idempotencyKeyTooLong: `幂等键太长（最多 ${IDEMPOTENCY_KEY_MAX} 个字符）`,
  internal: '服务器开小差了，请稍后重试',
  storageFull: '手机存储空间不足，这次提交没有保存，请清理后重试',
} as const

export const fail = {
  validation: (fields: Record<string, string>) => apiFail(400, 'VALIDATION_FAILED', MSG.validation, fields),
  unauthorized: (message: string = MSG.loginRequired) => apiFail(401, 'UNAUTHORIZED', message),
  forbidden: (message: string = MSG.forbidden) => apiFail(403, 'FORBIDDEN', message),
  notFound: (message: string = MSG.notFound) => apiFail(404, 'NOT_FOUND', message),
  conflict: (message: string) => apiFail(409, 'STATE_CONFLICT', message),
  /** 429 with when to come back: `retryAfterSeconds` in the body and the Retry-After header */
  rateLimited: (retryAfterSeconds: number, message?: string): ApiFail => {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
    return {
      __apiFail: true,
      status: 429,
      body: { code: 'RATE_LIMITED', message: message || `操作太频繁，请 ${waitText(seconds)}后再试`, retryAfterSeconds: seconds },
      headers: { 'Retry-After': String(seconds) },
    }
  },
  idempotencyRequired: () => apiFail(400, 'IDEMPOTENCY_KEY_REQUIRED', MSG.idempotencyRequired),
  /** 413: the body is over the route's limit */
  tooLarge: (maxBytes: number) => apiFail(413, 'PAYLOAD_TOO_LARGE', `提交的内容太大（最多 ${Math.floor(maxBytes / 1024)} KB）`),
  /** 400: a request no form sends (not JSON, too deep, a malformed header) */
  badRequest: (message: string) => apiFail(400, 'BAD_REQUEST', message),
}
