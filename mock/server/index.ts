// createMockServer: the transport-free core. An adapter hands it a MockRequest and gets back
// a MockResult; everything a real server would do (auth, roles, idempotency, validation,
// persistence, faults) happens here, the same in jest, the browser and the WeChat runtime.
import { API_PREFIX } from '../../src/contract'
import { DOMAINS } from '../domains'
import { hasRole } from './access'
import { authFailure, resolveAuth, type AuthState } from './auth'
import { createClock, type Clock } from './clock'
import type { DbState } from './db'
import { composeDb, type DomainModule } from './domain'
import { errorResponse, isApiFail, MSG } from './errors'
import { createRouter, type RouteContext } from './router'
import type { Faults, MockRequest, MockResponse, MockResult, Persist } from './types'
import { clone, DAY, sleep, stableStringify } from './util'

export * from './types'
export { createClock, type Clock, type ClockState } from './clock'
export { createMemoryPersist, createStoragePersist, type KeyValueStorage } from './persist'
export { DB_VERSION, type DbState } from './db'
export { composeDb, type DomainModule } from './domain'

/** A fresh db with every domain's seed, its timestamps relative to `now`. */
export function createSeedDb(now: Date): DbState {
  return composeDb(DOMAINS).fresh(now, true)
}

export interface MockServerOptions {
  /** where the db is kept between runs (default: nowhere, memory only) */
  persist?: Persist
  /** default: real time */
  clock?: Clock
  /** start from the seed data (default true); false starts from an empty db */
  seed?: boolean
  /** the domains that make up the db and the routes (default: DOMAINS of mock/domains) */
  domains?: readonly DomainModule[]
}

export interface MockControl {
  /** merges into the current faults */
  setFaults(f: Faults): void
  clearFaults(): void
  faults(): Faults
  clock: Clock
}

export interface MockServer {
  handle(req: MockRequest): Promise<MockResult>
  /** restores the seed (keeps the clock and the sessions of users that still exist) */
  reset(): void
  control: MockControl
  /** the live db, for tests */
  readonly db: DbState
}

const TIMEOUT_MS = 60_000
const IDEMPOTENCY_TTL_MS = DAY
const IDEMPOTENCY_MAX = 500

function normalise(raw: MockRequest): MockRequest {
  let path = raw.path || '/'
  const query: Record<string, string> = { ...(raw.query || {}) }
  const q = path.indexOf('?')
  if (q >= 0) {
    // tolerate a path that still carries its query string
    for (const part of path.slice(q + 1).split('&')) {
      if (!part) continue
      const eq = part.indexOf('=')
      const k = decode(eq >= 0 ? part.slice(0, eq) : part)
      if (!(k in query)) query[k] = decode(eq >= 0 ? part.slice(eq + 1) : '')
    }
    path = path.slice(0, q)
  }
  if (path.indexOf(API_PREFIX) === 0) path = path.slice(API_PREFIX.length)
  if (path.charAt(0) !== '/') path = `/${path}`
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1)
  const headers: Record<string, string> = {}
  for (const k of Object.keys(raw.headers || {})) headers[k.toLowerCase()] = String(raw.headers[k])
  return { method: (raw.method || 'GET').toUpperCase(), path, query, headers, body: raw.body }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const clock = options.clock || createClock()
  const persist = options.persist
  const useSeed = options.seed !== false
  const composed = composeDb(options.domains || DOMAINS)
  const router = createRouter(composed.routes)
  let faults: Faults = {}
  const inFlight: Record<string, true> = {}

  const fresh = (): DbState => composed.fresh(clock.now(), useSeed)

  const save = () => {
    if (!persist) return
    try {
      state.db.clock = clock.state()
      persist.save(JSON.stringify(state.db))
    } catch (e) {
      // e.g. storage quota: the app keeps working from memory
      console.warn('[linli mock] could not save the db', e)
    }
  }

  // a stored db is brought up to date (migrated, missing slices added); one we cannot read is replaced
  const load = (): DbState => (persist && composed.restore(safeLoad(persist), useSeed, clock)) || fresh()

  const state = { db: load() }
  save()

  const reset = () => {
    const old = state.db
    const next = fresh()
    for (const token of Object.keys(old.sessions)) {
      const s = old.sessions[token]
      if (next.users[s.userId]) next.sessions[token] = s
    }
    state.db = next
    save()
  }

  const affected = (path: string) => !faults.pathPrefix || path.indexOf(faults.pathPrefix) === 0

  const latency = async () => {
    if (faults.latencyMs && faults.latencyMs > 0) await sleep(faults.latencyMs)
  }

  async function run(req: MockRequest, auth: AuthState): Promise<MockResponse> {
    const match = router.match(req.method, req.path)
    if (!match) return errorResponse(404, 'NOT_FOUND', MSG.routeNotFound)
    const { route, params } = match
    if ((route.auth || 'user') === 'user' && auth.kind !== 'ok') {
      const f = authFailure(auth)
      return { status: f.status, body: f.body }
    }
    const user = auth.kind === 'ok' ? auth.user : null
    if (route.roles && !route.roles.some((r) => hasRole(user, r))) {
      return errorResponse(403, 'FORBIDDEN', MSG.forbidden)
    }
    const now = clock.now()
    const ctx: RouteContext = {
      req,
      params,
      db: state.db,
      now,
      nowIso: now.toISOString(),
      session: auth.kind === 'ok' ? auth.session : null,
      user,
      me: () => {
        if (!user) throw authFailure(auth)
        return user
      },
      resetDb: reset,
    }
    try {
      return await route.handler(ctx)
    } catch (e) {
      if (isApiFail(e)) return { status: e.status, body: e.body }
      console.error('[linli mock] handler failed', req.method, req.path, e)
      return errorResponse(500, 'INTERNAL', MSG.internal)
    }
  }

  function remember(scope: string, bodyHash: string, res: MockResponse) {
    const db = state.db
    const now = clock.now().getTime()
    db.idempotency[scope] = { bodyHash, status: res.status, body: clone(res.body), at: new Date(now).toISOString() }
    const keys = Object.keys(db.idempotency)
    for (const k of keys) if (Date.parse(db.idempotency[k].at) < now - IDEMPOTENCY_TTL_MS) delete db.idempotency[k]
    const left = Object.keys(db.idempotency)
    if (left.length > IDEMPOTENCY_MAX) {
      left.sort((a, b) => (db.idempotency[a].at < db.idempotency[b].at ? -1 : 1))
      for (const k of left.slice(0, left.length - IDEMPOTENCY_MAX)) delete db.idempotency[k]
    }
  }

  async function handle(raw: MockRequest): Promise<MockResult> {
    const req = normalise(raw)

    if (affected(req.path)) {
      if (faults.offline) return { networkError: true, message: '网络不可用（模拟离线）' }
      if (faults.timeout) {
        await sleep(TIMEOUT_MS)
        return { networkError: true, message: '请求超时（模拟）' }
      }
      if (faults.error500) {
        if (typeof faults.error500 === 'number') {
          const left = faults.error500 - 1
          faults = { ...faults, error500: left > 0 ? left : undefined }
        }
        await latency()
        return errorResponse(500, 'INTERNAL', MSG.internal)
      }
    }

    const auth = resolveAuth(state.db, req.headers, clock.now())
    let scope: string | null = null
    let bodyHash = ''
    if (req.method === 'POST') {
      const key = (req.headers['idempotency-key'] || '').trim()
      if (!key) {
        await latency()
        return errorResponse(400, 'IDEMPOTENCY_KEY_REQUIRED', MSG.idempotencyRequired)
      }
      scope = `${auth.kind === 'ok' ? auth.user.id : 'anon'}|POST|${req.path}|${key}`
      bodyHash = stableStringify(req.body === undefined ? null : req.body)
      const stored = state.db.idempotency[scope]
      if (stored) {
        await latency()
        if (stored.bodyHash !== bodyHash) return errorResponse(422, 'IDEMPOTENCY_MISMATCH', MSG.idempotencyMismatch)
        return { status: stored.status, body: clone(stored.body), headers: { 'idempotent-replayed': 'true' } }
      }
      if (inFlight[scope]) return errorResponse(409, 'IDEMPOTENCY_IN_PROGRESS', MSG.idempotencyInProgress)
      inFlight[scope] = true
    }

    try {
      await latency()
      const res = await run(req, auth)
      // Answers the request itself earned are kept for replays (validation failures too);
      // a 401 (nothing was done) and server errors are not, so a retry really retries.
      if (scope && res.status < 500 && res.status !== 401) remember(scope, bodyHash, res)
      if (req.method !== 'GET' && req.method !== 'HEAD') save()
      const out: MockResponse = { status: res.status, body: clone(res.body) }
      if (res.headers) out.headers = { ...res.headers }
      return out
    } finally {
      if (scope) delete inFlight[scope]
    }
  }

  return {
    handle,
    reset,
    control: {
      setFaults: (f) => {
        faults = { ...faults, ...f }
      },
      clearFaults: () => {
        faults = {}
      },
      faults: () => ({ ...faults }),
      // Moving the clock is saved at once, so a reload (H5, weapp) keeps the moved time.
      clock: {
        ...clock,
        set: (d) => {
          clock.set(d)
          save()
        },
        advance: (ms) => {
          clock.advance(ms)
          save()
        },
      },
    },
    get db() {
      return state.db
    },
  }
}

function safeLoad(p: Persist): string | null {
  try {
    return p.load()
  } catch {
    return null
  }
}
