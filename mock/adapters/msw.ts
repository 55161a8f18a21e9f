// msw ↔ core: one catch-all handler for `*/api/v1/*` that turns the fetch Request into a
// MockRequest and the MockResult into a Response (or a network error).
import { http, HttpResponse } from 'msw'
import { API_PREFIX } from '../../src/contract'
import { isNetworkError, type MockRequest, type MockServer } from '../server'

export interface MswAdapterOptions {
  /** only answer this origin (e.g. 'http://localhost'); default: any origin */
  origin?: string
}

export function toMswHandlers(server: MockServer, options: MswAdapterOptions = {}) {
  const pattern = options.origin ? `${options.origin.replace(/\/$/, '')}${API_PREFIX}/*` : `*${API_PREFIX}/*`
  return [
    http.all(pattern, async ({ request }) => {
      const url = new URL(request.url)
      const at = url.pathname.indexOf(API_PREFIX)
      const path = at >= 0 ? url.pathname.slice(at + API_PREFIX.length) || '/' : url.pathname
      const query: Record<string, string> = {}
      url.searchParams.forEach((value, key) => {
        query[key] = value
      })
      const headers: Record<string, string> = {}
      request.headers.forEach((value, key) => {
        headers[key.toLowerCase()] = value
      })
      let body: unknown
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const text = await request.text()
        if (text) {
          try {
            body = JSON.parse(text)
          } catch {
            // not JSON: the schemas will reject it with a field error
            body = text
          }
        }
      }
      const req: MockRequest = { method: request.method, path, query, headers, body }
      const result = await server.handle(req)
      if (isNetworkError(result)) return HttpResponse.error()
      return HttpResponse.json(result.body as never, { status: result.status, headers: result.headers })
    }),
  ]
}
