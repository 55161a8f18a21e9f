// A tiny router: method + pattern with `:param` segments (each pattern is an endpoint's
// `.pattern` from src/contract, e.g. reportEndpoints.join.pattern = '/reports/:id/join').
// Routes are tried in the order given, so a static path ('/reports/similar') listed before a
// parameterised one ('/reports/:id') wins.
import type { Role } from '../../src/contract'
import type { SessionRecord, UserRecord } from '../domains/auth/state'
import type { DbState } from './db'
import type { PhotoTxn } from './photos'
import type { MockRequest, MockResponse } from './types'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RouteContext {
  req: MockRequest
  params: Record<string, string>
  db: DbState
  now: Date
  nowIso: string
  /** the valid session of the caller, if any (always set on routes with auth 'user') */
  session: SessionRecord | null
  user: UserRecord | null
  /** the caller; only call it on routes with auth 'user' */
  me(): UserRecord
  /** the caller's X-Device-Id (checked: 1–64 id characters), null without one */
  deviceId: string | null
  /** whose idempotency keys and write limit this request uses: 'user:<id>', 'device:<id>' or 'anon' */
  caller: string
  /** restores the seed data (POST /demo/reset) */
  resetDb(): void
  /** the photo store; what this request puts is deleted again if the request fails */
  photos: PhotoTxn
}

export interface RouteDef {
  method: HttpMethod
  pattern: string
  /** 'user' (default): a valid token is required; 'public': anyone, the session is optional */
  auth?: 'public' | 'user'
  /** the caller must hold at least one of these roles, else 403 */
  roles?: Role[]
  /** the largest request body this route accepts, in bytes of JSON (default: the core's limit) */
  maxBodyBytes?: number
  handler(ctx: RouteContext): MockResponse | Promise<MockResponse>
}

interface Compiled extends RouteDef {
  segments: string[]
}

export interface RouteMatch {
  route: RouteDef
  params: Record<string, string>
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0)
}

/** A param object without a prototype: `params.constructor` is undefined, not Object. */
function newParams(): Record<string, string> {
  return Object.create(null) as Record<string, string>
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export interface Router {
  match(method: string, path: string): RouteMatch | null
  routes(): RouteDef[]
}

export function createRouter(defs: RouteDef[]): Router {
  const compiled: Compiled[] = defs.map((d) => ({ ...d, segments: split(d.pattern) }))
  return {
    routes: () => compiled.slice(),
    match(method, path) {
      const m = method.toUpperCase()
      const segs = split(path)
      for (const r of compiled) {
        if (r.method !== m || r.segments.length !== segs.length) continue
        const params = newParams()
        let ok = true
        for (let i = 0; i < segs.length; i++) {
          const p = r.segments[i]
          if (p.charAt(0) === ':') params[p.slice(1)] = safeDecode(segs[i])
          else if (p !== segs[i]) {
            ok = false
            break
          }
        }
        if (ok) return { route: r, params }
      }
      return null
    },
  }
}
