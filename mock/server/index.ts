// createMockServer: the transport-free core. An adapter hands it a MockRequest and gets back
// a MockResult; everything a real server would do (auth, roles, idempotency, validation,
// persistence, faults) happens here, the same in jest, the browser and the WeChat runtime.
import { IDEMPOTENCY_KEY_MAX } from '../../src/contract'
import { DOMAINS } from '../domains'
import { hasRole } from './access'
import { authFailure, resolveAuth, type AuthState } from './auth'
import { createClock, type Clock } from './clock'
import type { DbState } from './db'
import { composeDb, type DomainModule } from './domain'
import { errorResponse, fail, failResponse, isApiFail, MSG, type ApiFail } from './errors'
import { callerOf, findAnswer, rememberAnswer, scopeOf } from './idempotency'
import { writeLimit } from './limit'
import { createMemoryPhotoStore, photoTxn, type PhotoStore, type PhotoTxn } from './photos'
import { checkUrl, DEFAULT_MAX_BODY_BYTES, deviceIdOf, normaliseRequest, readBody } from './request'
import { createRouter, type RouteContext } from './router'
import { isNetworkError, type Faults, type MockRequest, type MockResponse, type MockResult, type Persist } from './types'
import { clone, dict, digest, sleep, stableStringify } from './util'

export * from './types'
export { createClock, type Clock, type ClockState } from './clock'
export { createMemoryPersist, createStoragePersist, type KeyValueStorage } from './persist'
export { DB_VERSION, type DbState } from './db'
export { composeDb, type DomainModule } from './domain'
export { createMemoryPhotoStore, type PhotoStore, type StoredPhoto } from './photos'

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
  /** where photo bytes are kept, outside the db (default: memory) */
  photos?: PhotoStore
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
  /** the photo bytes, kept apart from the db */
  readonly photos: PhotoStore
}

const TIMEOUT_MS = 60_000

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const clock = options.clock || createClock()
  const persist = options.persist
  const photos = options.photos || createMemoryPhotoStore()
  const useSeed = options.seed !== false
  const composed = composeDb(options.domains || DOMAINS)
  const router = createRouter(composed.routes)
  let faults: Faults = {}
  const inFlight = dict<true>()

  const fresh = (): DbState => composed.fresh(clock.now(), useSeed)

  // Saves failed so far: a request during which one failed answers STORAGE_FULL.
  let saveFailures = 0

  /**
   * Writes the db through persist. When that fails (storage full), the db goes back to what was
   * last stored, so nothing is claimed as kept that was not; false then.
   */
  const save = (): boolean => {
    if (!persist) return true
    try {
      state.db.clock = clock.state()
      persist.save(JSON.stringify(state.db))
      return true
    } catch (e) {
      saveFailures++
      console.warn('[linli mock] could not save the db; back to what was stored', e)
      state.db = load()
      return false
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

  /** Lets every domain catch up with the clock (DomainModule.tick); true if any changed the db. */
  const tick = (): boolean => {
    let changed = false
    for (const d of composed.domains) {
      if (!d.tick) continue
      try {
        if (d.tick(state.db, clock.now())) changed = true
      } catch (e) {
        // one domain's timer must not take every route down with it
        console.error('[linli mock] tick failed', d.name, e)
      }
    }
    return changed
  }

  const latency = async () => {
    if (faults.latencyMs && faults.latencyMs > 0) await sleep(faults.latencyMs)
  }

  async function run(req: MockRequest, auth: AuthState, txn: PhotoTxn, who: { deviceId: string | null; caller: string }): Promise<MockResponse> {
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
      photos: txn,
      deviceId: who.deviceId,
      caller: who.caller,
    }
    try {
      return await route.handler(ctx)
    } catch (e) {
      if (isApiFail(e)) return failResponse(e)
      console.error('[linli mock] handler failed', req.method, req.path, e)
      return errorResponse(500, 'INTERNAL', MSG.internal)
    }
  }

  /** Whatever goes wrong, the caller gets an answer: never a thrown error, never a stack trace. */
  async function handle(raw: MockRequest): Promise<MockResult> {
    try {
      const res = await answer(raw)
      // as an HTTP server does: the client counts a code's minutes left by the server's clock
      if (!isNetworkError(res)) res.headers = { ...(res.headers || {}), date: clock.now().toUTCString() }
      return res
    } catch (e) {
      console.error('[linli mock] request failed', raw && raw.method, raw && raw.path, e)
      return errorResponse(500, 'INTERNAL', MSG.internal)
    }
  }

  async function refuse(f: ApiFail): Promise<MockResponse> {
    await latency()
    return failResponse(f)
  }

  async function answer(raw: MockRequest): Promise<MockResult> {
    const req = normaliseRequest(raw)

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

    // The URL, then the body's size (before it is parsed) and depth (before anything recursive
    // runs on it), then the device id: all before auth, idempotency, limits and the route.
    let deviceId: string | null
    try {
      checkUrl(req)
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const match = router.match(req.method, req.path)
        req.body = readBody(raw, (match && match.route.maxBodyBytes) || DEFAULT_MAX_BODY_BYTES)
      }
      deviceId = deviceIdOf(req.headers)
    } catch (e) {
      if (isApiFail(e)) return refuse(e)
      throw e
    }

    const ticked = tick()
    const auth = resolveAuth(state.db, req.headers, clock.now())
    const caller = callerOf(auth, deviceId)
    let scope: string | null = null
    let flight = ''
    let bodyHash = ''
    if (req.method === 'POST') {
      const key = (req.headers['idempotency-key'] || '').trim()
      if (!key) return refuse(fail.idempotencyRequired())
      if (key.length > IDEMPOTENCY_KEY_MAX) return refuse(fail.badRequest(MSG.idempotencyKeyTooLong))
      scope = scopeOf(req.method, req.path, key)
      // a digest, not the body: a body may carry photos, and the record is kept in the db
      bodyHash = digest(stableStringify(req.body === undefined ? null : req.body))
      const stored = findAnswer(state.db, caller, scope, clock.now())
      if (stored) {
        await latency()
        if (stored.bodyHash !== bodyHash) return errorResponse(422, 'IDEMPOTENCY_MISMATCH', MSG.idempotencyMismatch)
        return { status: stored.status, body: clone(stored.body), headers: { 'idempotent-replayed': 'true' } }
      }
      flight = `${caller} ${scope}`
      if (inFlight[flight]) return errorResponse(409, 'IDEMPOTENCY_IN_PROGRESS', MSG.idempotencyInProgress)
      // every write counts against its caller (a replay, answered above, costs nothing)
      try {
        writeLimit.take(state.db, caller, clock.now())
      } catch (e) {
        if (isApiFail(e)) return refuse(e)
        throw e
      }
      inFlight[flight] = true
    }

    try {
      await latency()
      const txn = photoTxn(photos)
      const failures = saveFailures
      const res = await run(req, auth, txn, { deviceId, caller })
      // a request that failed keeps none of the photos it stored
      if (res.status >= 400) await txn.rollback()
      // Answers the request itself earned are kept for replays (validation failures too); a 401
      // or a 429 (nothing was done) and server errors are not, so a retry really retries.
      if (scope && res.status < 500 && res.status !== 401 && res.status !== 429) {
        const now = clock.now()
        rememberAnswer(state.db, caller, scope, { bodyHash, status: res.status, body: clone(res.body), at: now.toISOString() }, now)
      }
      if (req.method !== 'GET' && req.method !== 'HEAD' && (!save() || saveFailures !== failures)) {
        // the db is back as it was stored before this request; so are the photos
        await txn.rollback()
        return errorResponse(507, 'STORAGE_FULL', MSG.storageFull)
      }
      // a read that let time move things (a reminder sent) keeps them; if that save fails, the
      // next request simply catches up again
      if ((req.method === 'GET' || req.method === 'HEAD') && ticked) save()
      const out: MockResponse = { status: res.status, body: clone(res.body) }
      if (res.headers) out.headers = { ...res.headers }
      if (res.raw) out.raw = res.raw
      return out
    } finally {
      if (flight) delete inFlight[flight]
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
    photos,
  }
}

function safeLoad(p: Persist): string | null {
  try {
    return p.load()
  } catch {
    return null
  }
}
