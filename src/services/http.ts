// The only caller of Taro.request. Every feature's api.ts goes through here.
import Taro from '@tarojs/taro'
import { API_PREFIX, HEADER_DEVICE_ID, HEADER_IDEMPOTENCY, withQuery, type ApiErrorBody, type ErrorCode } from '@/contract'
import { randomId } from '@/utils/ids'
import { deviceId } from './device/id'
import { mockReady } from './mock'

/** Names this device to the server (anonymous idempotency scope, per-device limits). */
export const HEADER_DEVICE = HEADER_DEVICE_ID

export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  /** 429: how long the server asks us to wait before trying again */
  readonly retryAfterSeconds?: number

  constructor(status: number, body: ApiErrorBody & { retryAfterSeconds?: number }) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.fields = body.fields
    if (typeof body.retryAfterSeconds === 'number' && body.retryAfterSeconds > 0) this.retryAfterSeconds = Math.ceil(body.retryAfterSeconds)
  }

  /** true when the request may not have reached the server: the user can simply try again */
  get isNetwork(): boolean {
    return this.status === 0
  }
}

const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试（已填写的内容已保留）'
const TIMEOUT_MESSAGE = '请求超时，请稍后重试（已填写的内容已保留）'

// Taro's mini-program runtime has no `window`; the weapp mock intercepts this origin in-process.
const MINI_ORIGIN = 'https://linli.invalid'

export function apiBase(): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location) {
    return `${window.location.origin}${API_PREFIX}`
  }
  return `${MINI_ORIGIN}${API_PREFIX}`
}

let tokenProvider: () => string | null = () => null
let onUnauthorized: () => void = () => {}

export function setTokenProvider(fn: () => string | null): void {
  tokenProvider = fn
}
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn
}

export function newIdempotencyKey(): string {
  return randomId('idem')
}

export interface RequestOptions {
  method: 'GET' | 'POST'
  path: string
  query?: Record<string, string | number | boolean | undefined | null>
  body?: unknown
  /** POST only; reuse the same key when the same submission is retried */
  idempotencyKey?: string
  timeoutMs?: number
  /** attach the session token (default true); a 401 then triggers the unauthorized handler */
  auth?: boolean
  retries?: number
}

const DEFAULT_TIMEOUT = 10_000
const BACKOFF_MS = [300, 900, 2000]

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** The backoff before retry `attempt`, between half and one and a half of its step, so that many
 * phones that failed together do not come back together. */
export const backoffMs = (attempt: number, random: () => number = Math.random) =>
  Math.round(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] * (0.5 + random()))

function isErrorBody(b: unknown): b is ApiErrorBody {
  return !!b && typeof b === 'object' && typeof (b as ApiErrorBody).code === 'string' && typeof (b as ApiErrorBody).message === 'string'
}

/** `Retry-After` as seconds (the header may also be an HTTP date). */
function retryAfter(headers: Record<string, unknown> | undefined): number | undefined {
  if (!headers) return undefined
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after')
  const v = key ? String(headers[key]) : ''
  if (!v) return undefined
  if (/^\d+$/.test(v)) return Number(v)
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000))
}

function errorFromStatus(status: number, data: unknown, headers?: Record<string, unknown>): ApiError {
  if (isErrorBody(data)) {
    const wait = (data as { retryAfterSeconds?: number }).retryAfterSeconds ?? retryAfter(headers)
    return new ApiError(status, { ...data, retryAfterSeconds: wait })
  }
  if (status === 429) return new ApiError(status, { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试', retryAfterSeconds: retryAfter(headers) })
  if (status >= 500) return new ApiError(status, { code: 'INTERNAL', message: '服务器开小差了，请稍后重试' })
  if (status === 401) return new ApiError(status, { code: 'UNAUTHORIZED', message: '请先登录' })
  if (status === 404) return new ApiError(status, { code: 'NOT_FOUND', message: '内容不存在或无权查看' })
  return new ApiError(status, { code: 'INTERNAL', message: `请求失败（${status}）` })
}

/** How far the server's clock is ahead of the phone's, from the last answer's `Date` header. */
let serverSkewMs = 0

function noteServerDate(headers: Record<string, unknown> | undefined): void {
  if (!headers) return
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'date')
  const t = key ? Date.parse(String(headers[key])) : NaN
  // whole seconds: a skew under two seconds is the header's rounding and the trip, not a clock
  if (!Number.isNaN(t)) serverSkewMs = Math.abs(t - Date.now()) < 2000 ? 0 : t - Date.now()
}

/** Now by the server's clock (a phone's may be wrong): for counting down what the server times. */
export function serverNow(): number {
  return Date.now() + serverSkewMs
}

async function once<T>(opts: RequestOptions, key: string | undefined): Promise<T> {
  await mockReady
  const header: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  const token = opts.auth === false ? null : tokenProvider()
  if (token) header.Authorization = `Bearer ${token}`
  if (key) header[HEADER_IDEMPOTENCY] = key
  header[HEADER_DEVICE] = deviceId()
  const url = withQuery(`${apiBase()}${opts.path}`, opts.query)
  let res: Taro.request.SuccessCallbackResult<string | Record<string, unknown>>
  try {
    res = await Taro.request({
      url,
      method: opts.method,
      header,
      data: opts.method === 'POST' ? JSON.stringify(opts.body ?? {}) : undefined,
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT,
      dataType: 'json',
    })
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? '')
    const timedOut = /timeout|超时/i.test(msg)
    throw new ApiError(0, { code: timedOut ? 'TIMEOUT' : 'NETWORK', message: timedOut ? TIMEOUT_MESSAGE : NETWORK_MESSAGE })
  }
  let data: unknown = res.data
  if (typeof data === 'string' && data) {
    try {
      data = JSON.parse(data)
    } catch {
      /* leave as text */
    }
  }
  noteServerDate(res.header as Record<string, unknown> | undefined)
  if (res.statusCode >= 200 && res.statusCode < 300) return data as T
  throw errorFromStatus(res.statusCode, data, res.header as Record<string, unknown> | undefined)
}

export async function request<T>(opts: RequestOptions): Promise<T> {
  const key = opts.method === 'POST' ? opts.idempotencyKey ?? newIdempotencyKey() : undefined
  // Only a GET or a keyed POST is safe to send again: the server answers a replayed key with
  // the first answer instead of doing the work twice.
  const maxRetries = opts.retries ?? 2
  for (let attempt = 0; ; attempt++) {
    try {
      return await once<T>(opts, key)
    } catch (e) {
      const err = e as ApiError
      if (err.status === 401 && opts.auth !== false) onUnauthorized()
      // 507: the phone's storage is full; trying again at once cannot help
      const retriable = err.status === 0 || (err.status >= 500 && err.status !== 507) || err.code === 'IDEMPOTENCY_IN_PROGRESS'
      if (!retriable || attempt >= maxRetries) throw err
      await sleep(backoffMs(attempt))
    }
  }
}

export const get = <T>(path: string, query?: RequestOptions['query']) => request<T>({ method: 'GET', path, query })
export const post = <T>(path: string, body: unknown, idempotencyKey?: string) =>
  request<T>({ method: 'POST', path, body, idempotencyKey })
