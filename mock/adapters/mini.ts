// The weapp build: msw cannot run in the WeChat runtime (no Request/Response/Headers/
// TextEncoder/URL), so a Taro request interceptor answers every `/api/v1/` request in-process
// from the same core. Everything here must run on WeChat's JS engine: no URL, no fetch.
import Taro from '@tarojs/taro'
import { API_PREFIX, authEndpoints, reportEndpoints, withQuery } from '../../src/contract'
import { createMockServer, isNetworkError, type MockResult, type MockServer, type Persist } from '../server'

export const MINI_DB_KEY = 'linli.mockdb'

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

/** Answers one Taro.request from the core, in wx.request's success/fail shapes. */
export async function answerMiniRequest(server: MockServer, params: MiniRequestParams): Promise<MiniResponse> {
  const method = (params.method || 'GET').toUpperCase()
  const { path, query } = splitApiUrl(params.url)
  const headers: Record<string, string> = {}
  const h = params.header || {}
  for (const k of Object.keys(h)) if (h[k] !== undefined && h[k] !== null) headers[k.toLowerCase()] = String(h[k])
  let body: unknown
  const data = params.data
  if (method === 'GET' || method === 'HEAD') {
    // wx.request turns GET data into the query string
    if (data && typeof data === 'object') {
      const d = data as Record<string, unknown>
      for (const k of Object.keys(d)) if (d[k] !== undefined && d[k] !== null) query[k] = String(d[k])
    }
  } else if (typeof data === 'string') {
    if (data) {
      try {
        body = JSON.parse(data)
      } catch {
        body = data
      }
    }
  } else if (data !== undefined && data !== null) {
    // a copy, as if it had travelled as JSON
    body = JSON.parse(JSON.stringify(data))
  }
  const result: MockResult = await server.handle({ method, path, query, headers, body })
  if (isNetworkError(result)) throw { errMsg: `request:fail ${result.message}` }
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

export function installMiniMock(): MockServer {
  if (installed) return installed
  const server = createMockServer({ persist: taroPersist(MINI_DB_KEY) })
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
    return {
      ok: login.statusCode === 200 && list.statusCode === 200 && typeof total === 'number',
      detail: `demo-login ${login.statusCode}, GET /reports ${list.statusCode} with ${total} tickets, via Taro.request`,
    }
  }
  g.__linliMockProbe = probe
  return server
}
