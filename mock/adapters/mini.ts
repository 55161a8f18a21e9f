// The weapp build: msw cannot run in the WeChat runtime (no Request/Response/Headers/
// TextEncoder/URL), so a Taro request interceptor answers every `/api/v1/` request in-process
// from the same core. Everything here must run on WeChat's JS engine: no URL, no fetch.
import Taro from '@tarojs/taro'
import { API_PREFIX, authEndpoints, bookingEndpoints, DEVICE_ID_RE, HEADER_DEVICE_ID, reportEndpoints, withQuery, type SlotsAnswer } from '../../src/contract'
import { createMemoryPhotoStore, createMockServer, isNetworkError, type MockRequest, type MockResult, type MockServer, type Persist, type PhotoStore } from '../server'
import { builtinPhotos } from '../domains/photos'
import { randomString } from '../server/util'
import { createFilePhotoStore } from './photos-fs'

export const MINI_DB_KEY = 'linli.mockdb'
/** Taro storage key of this device's id, sent as X-Device-Id when a request carries none. */
export const MINI_DEVICE_KEY = 'linli.device'

const INTERNAL = { code: 'INTERNAL', message: '服务器开小差了，请稍后重试' } as const

let device: string | null = null

/**
 * A stable id of this phone's copy of the app, kept in Taro storage: the mock's stand-in for
 * what makes a real WeChat login stable (the openid, per person and app), and the key of
 * anonymous idempotency and per-device login limits.
 */
export function miniDeviceId(): string {
  let id: unknown = null
  try {
    id = Taro.getStorageSync(MINI_DEVICE_KEY)
  } catch {
    id = null
  }
  if (typeof id !== 'string' || !DEVICE_ID_RE.test(id)) {
    // storage lost it (cleared, or never written): the id this run already used, else a new one
    id = device || `${Date.now().toString(36)}${randomString(12)}`
    try {
      Taro.setStorageSync(MINI_DEVICE_KEY, id)
    } catch {
      // storage full: the id lasts until the app closes
    }
  }
  device = id as string
  return device
}

function taroPersist(key: string): Persist {
  return {
    load: () => {
      const v = Taro.getStorageSync(key)
      return typeof v === 'string' && v ? v : null
    },
    save: (json) => Taro.setStorageSync(key, json),
    clear: () => Taro.removeStorageSync(key),
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/** 'https://x/api/v1/reports?scope=mine&limit=20#a' → { path: '/reports', query } */
export function splitApiUrl(url: string): { path: string; query: Record<string, string> } {
  let rest = url
  const hash = rest.indexOf('#')
  if (hash >= 0) rest = rest.slice(0, hash)
  const q = rest.indexOf('?')
  const search = q >= 0 ? rest.slice(q + 1) : ''
  if (q >= 0) rest = rest.slice(0, q)
  const at = rest.indexOf(API_PREFIX)
  const path = at >= 0 ? rest.slice(at + API_PREFIX.length) || '/' : rest
  const query: Record<string, string> = {}
  for (const part of search.split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    query[decode(eq >= 0 ? part.slice(0, eq) : part)] = decode(eq >= 0 ? part.slice(eq + 1) : '')
  }
  return { path, query }
}

interface MiniRequestParams {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, unknown>
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}

export interface MiniResponse {
  statusCode: number
  data: unknown
  header: Record<string, string>
  errMsg: string
}

/**
 * Answers one Taro.request from the core, in wx.request's success/fail shapes. The body goes to
 * the core as text (a string as given, anything else as its JSON), so the core checks its size
 * and depth before parsing it; a request without X-Device-Id gets this device's. Only a network
 * fault rejects: anything that throws is answered 500 INTERNAL (no stack), or the client would
 * take it for a network failure and retry it.
 */
export async function answerMiniRequest(server: MockServer, params: MiniRequestParams): Promise<MiniResponse> {
  let result: MockResult
  try {
    const method = (params.method || 'GET').toUpperCase()
    const { path, query } = splitApiUrl(params.url)
    const headers: Record<string, string> = {}
    const h = params.header || {}
    for (const k of Object.keys(h)) if (h[k] !== undefined && h[k] !== null) headers[k.toLowerCase()] = String(h[k])
    const deviceHeader = HEADER_DEVICE_ID.toLowerCase()
    if (!headers[deviceHeader]) headers[deviceHeader] = miniDeviceId()
    const req: MockRequest = { method, path, query, headers, body: undefined }
    const data = params.data
    if (method === 'GET' || method === 'HEAD') {
      // wx.request turns GET data into the query string
      if (data && typeof data === 'object') {
        const d = data as Record<string, unknown>
        for (const k of Object.keys(d)) if (d[k] !== undefined && d[k] !== null) query[k] = String(d[k])
      }
    } else if (typeof data === 'string') {
      if (data) req.bodyText = data
    } else if (data !== undefined && data !== null) {
      try {
        // as it would travel
        const text = JSON.stringify(data)
        if (text !== undefined) req.bodyText = text
      } catch {
        // a cycle, or too deep for JSON.stringify: the core measures the value itself and refuses it
        req.body = data
      }
    }
    result = await server.handle(req)
  } catch (e) {
    console.error('[linli mock] weapp request failed', params && params.method, params && params.url, e)
    return { statusCode: 500, data: { ...INTERNAL }, header: { 'content-type': 'application/json' }, errMsg: 'request:ok' }
  }
  if (isNetworkError(result)) throw { errMsg: `request:fail ${result.message}` }
  if (result.raw) {
    // an image, as wx.request answers binary data (responseType 'arraybuffer')
    const b = result.raw.bytes
    return {
      statusCode: result.status,
      data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
      header: { ...(result.headers || {}), 'content-type': result.raw.contentType },
      errMsg: 'request:ok',
    }
  }
  return {
    statusCode: result.status,
    data: result.body,
    header: { 'content-type': 'application/json', ...(result.headers || {}) },
    errMsg: 'request:ok',
  }
}

interface Chain {
  requestParams: MiniRequestParams
  proceed(params: MiniRequestParams): unknown
}

type Probe = () => Promise<{ ok: boolean; detail: string }>

let installed: MockServer | null = null

/**
 * The photo store: files in the user data folder in the mini-program (its <image> shows a path);
 * memory where this adapter runs under jest (Taro's H5 API has no file system).
 */
function miniPhotoStore(): PhotoStore {
  if (process.env.TARO_ENV === 'h5') return createMemoryPhotoStore()
  try {
    const store = createFilePhotoStore()
    // The seed's built-in pictures are answered from code; an <image> needs them as files.
    void (async () => {
      for (const p of builtinPhotos()) if (!(await store.has(p.id))) await store.put(p.id, p.bytes, p.mime)
    })().catch((e) => console.warn('[linli mock] could not write the seed pictures', e))
    return store
  } catch (e) {
    console.warn('[linli mock] no file system for photos; they last until the app closes', e)
    return createMemoryPhotoStore()
  }
}

export function installMiniMock(): MockServer {
  if (installed) return installed
  const server = createMockServer({ persist: taroPersist(MINI_DB_KEY), photos: miniPhotoStore() })
  installed = server
  Taro.addInterceptor((chain: Chain) => {
    const params = chain.requestParams
    if (!params || typeof params.url !== 'string' || params.url.indexOf(`${API_PREFIX}/`) < 0) return chain.proceed(params)
    let aborted = false
    const p = answerMiniRequest(server, params)
      .then((res) => (aborted ? Promise.reject({ errMsg: 'request:fail abort' }) : res))
      .then(
        (res) => {
          if (params.success) params.success(res)
          if (params.complete) params.complete(res)
          return res
        },
        (err) => {
          if (params.fail) params.fail(err)
          if (params.complete) params.complete(err)
          throw err
        },
      )
    // RequestTask-like: Taro copies function properties of the interceptor's promise.
    const task = p as Promise<MiniResponse> & { abort(): void }
    task.abort = () => {
      aborted = true
    }
    return task
  })
  const g: Record<string, unknown> = typeof globalThis !== 'undefined' ? (globalThis as unknown as Record<string, unknown>) : {}
  // For the weapp smoke check (test/weapp/check.mjs): a login and a list through Taro.request, so
  // the answer must come through this interceptor — the check's wx.request always fails.
  const probe: Probe = async () => {
    const base = `https://linli.invalid${API_PREFIX}`
    const login = await Taro.request({
      url: `${base}${authEndpoints.demoLogin.path()}`,
      method: 'POST',
      data: { accountId: 'demo-resident' },
      header: { 'Content-Type': 'application/json', 'Idempotency-Key': `probe-${Date.now()}` },
    })
    const token = (login.data as { token?: string }).token
    const list = await Taro.request({ url: withQuery(`${base}${reportEndpoints.list.path()}`, { scope: 'mine', status: 'all' }), header: { Authorization: `Bearer ${token}` } })
    const total = (list.data as { total?: number }).total
    // and a booking: the first free slot of 社保卡补办 at 西牌楼's station
    const auth = { Authorization: `Bearer ${token}` }
    const slots = await Taro.request({ url: withQuery(`${base}${bookingEndpoints.slots.path()}`, { serviceId: 'sv-sbk', placeId: 'pl-xpl', mode: 'assist' }), header: auth })
    const days = ((slots.data as SlotsAnswer).days || []).filter((d) => d.slots.some((x) => x.left > 0))
    const day = days[0]
    const slot = day && day.slots.filter((x) => x.left > 0)[0]
    const booked = day && slot
      ? await Taro.request({
          url: `${base}${bookingEndpoints.list.path()}`,
          method: 'POST',
          data: { serviceId: 'sv-sbk', mode: 'assist', placeId: 'pl-xpl', date: day.date, hour: slot.hour },
          header: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': `probe-b-${Date.now()}` },
        })
      : null
    return {
      ok: login.statusCode === 200 && list.statusCode === 200 && typeof total === 'number' && !!booked && booked.statusCode === 201,
      detail: `demo-login ${login.statusCode}, GET /reports ${list.statusCode} with ${total} tickets, POST /bookings ${booked ? booked.statusCode : 'no free slot'}, via Taro.request`,
    }
  }
  g.__linliMockProbe = probe
  return server
}
