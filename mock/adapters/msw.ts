// msw ↔ core: one catch-all handler for `*/api/v1/*` that turns the fetch Request into a
// MockRequest and the MockResult into a Response (or a network error). The body goes to the
// core as raw text: the core checks its size and depth before anything parses it. Whatever
// throws becomes 500 INTERNAL in Chinese — msw's own answer to a throwing handler would carry
// the stack trace.
import { http, HttpResponse } from 'msw'
import { API_PREFIX } from '../../src/contract'
import { isNetworkError, type MockRequest, type MockServer } from '../server'

export interface MswAdapterOptions {
  /** only answer this origin (e.g. 'http://localhost'); default: any origin */
  origin?: string
}

const INTERNAL = { code: 'INTERNAL', message: '服务器开小差了，请稍后重试' } as const

export function toMswHandlers(server: MockServer, options: MswAdapterOptions = {}) {
  const pattern = options.origin ? `${options.origin.replace(/\/$/, '')}${API_PREFIX}/*` : `*${API_PREFIX}/*`
  return [
    http.all(pattern, async ({ request }) => {
      try {
        const url = new URL(request.url)
        const at = url.pathname.indexOf(API_PREFIX)
        // the path as sent (still percent-encoded): the core decodes and normalises it
        const path = at >= 0 ? url.pathname.slice(at + API_PREFIX.length) || '/' : url.pathname
        const query: Record<string, string> = {}
        url.searchParams.forEach((value, key) => {
          query[key] = value
        })
        const headers: Record<string, string> = {}
        request.headers.forEach((value, key) => {
          headers[key.toLowerCase()] = value
        })
        const req: MockRequest = { method: request.method, path, query, headers, body: undefined }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          const text = await request.text()
          if (text) req.bodyText = text
        }
        const result = await server.handle(req)
        if (isNetworkError(result)) return HttpResponse.error()
        if (result.raw) {
          return new HttpResponse(result.raw.bytes, { status: result.status, headers: { ...(result.headers || {}), 'Content-Type': result.raw.contentType } })
        }
        return HttpResponse.json(result.body as never, { status: result.status, headers: result.headers })
      } catch (e) {
        console.error('[linli mock] msw handler failed', request.method, request.url, e)
        return HttpResponse.json(INTERNAL, { status: 500 })
      }
    }),
  ]
}
