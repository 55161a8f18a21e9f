// Domains and how the db is made of them. Each domain owns a slice of the db (some top-level
// keys), registers its empty state, its seed rows and, when the stored shape of its slice
// changes, a migration; composeDb puts them together with the core's state. Adding a domain is
// one entry in the list in mock/domains/index.ts: a stored db from before it simply lacks its
// slice, which is then created (and seeded) on load.
import type { Clock, ClockState } from './clock'
import { DB_VERSION, emptyCore, type CoreState, type DbState } from './db'
import { restoreIdempotency } from './idempotency'
import type { RouteDef } from './router'

/** A slice as an older version stored it: keys may be missing, values may have older shapes. */
export type StoredSlice<S> = { [K in keyof S]?: unknown }

export interface DomainModule<S extends object = object> {
  /** unique; names the domain in `versions` of the stored db */
  name: string
  /** version of the stored shape of this slice (default 1); bump it together with `migrate` */
  version?: number
  /** tried in the order of the domain list, then in the order given */
  routes: RouteDef[]
  /** the domain's top-level keys with their empty values (a new object on every call) */
  empty(): S
  /**
   * Fills the slice with the seed: in a fresh db, or in a stored db from before this domain
   * existed. Seeds run in the order of the domain list, so a seed may use the rows of the
   * domains listed before it (and their operations).
   */
  seed?(db: DbState, now: Date): void
  /** Brings a slice stored at `fromVersion` (< version) up to date. Without it, such a db is reseeded. */
  migrate?(slice: StoredSlice<S>, fromVersion: number): S
  /**
   * For state that moves with time alone (a reminder due, a booking not checked in): the server
   * calls it before every request with the clock's time, so each answer (a GET included) sees the
   * present; a clock moved forward catches up on the next request. It must be cheap when nothing
   * is due, and answer true when it changed the db (a GET then saves it).
   */
  tick?(db: DbState, now: Date): boolean
}

/** The intersection of the slices of a list of domains. */
export type SlicesOf<T extends readonly unknown[]> = T extends readonly [infer D, ...infer Rest]
  ? (D extends DomainModule<infer S> ? S : unknown) & SlicesOf<Rest>
  : unknown

export interface ComposedDb {
  domains: readonly DomainModule[]
  /** every domain's routes, in list order */
  routes: RouteDef[]
  /** a new db: empty, or seeded */
  fresh(now: Date, seed: boolean): DbState
  /**
   * A stored db brought up to date: each slice migrated from the version it was stored at, a
   * slice that is missing created (and seeded when `seed`), keys no domain claims dropped, the
   * stored clock restored into `clock`. Null — the caller then starts afresh — when the JSON is
   * missing or unreadable, its layout unknown, a slice stored by a newer version or by an older
   * one the domain cannot migrate, or a slice's key holds the wrong kind of value.
   */
  restore(json: string | null, seed: boolean, clock: Clock): DbState | null
}

const CORE_KEYS: readonly string[] = [...Object.keys(emptyCore(new Date(0))), 'clock']

const versionOf = (d: DomainModule) => d.version ?? 1

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}

/** Both arrays, both plain objects, or the same primitive type. */
function sameKind(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b)
  if (a === null || b === null) return a === b
  return typeof a === typeof b
}

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null
  try {
    const v: unknown = JSON.parse(json)
    return isRecord(v) ? v : null
  } catch {
    return null
  }
}

export function composeDb(domains: readonly DomainModule[]): ComposedDb {
  const owner: Record<string, string> = {}
  for (const k of CORE_KEYS) owner[k] = 'core'
  const names: Record<string, true> = {}
  for (const d of domains) {
    if (names[d.name]) throw new Error(`mock db: two domains are named "${d.name}"`)
    names[d.name] = true
    for (const k of Object.keys(d.empty())) {
      if (owner[k]) throw new Error(`mock db: "${k}" is claimed by both ${owner[k]} and ${d.name}`)
      owner[k] = d.name
    }
  }

  const fresh = (now: Date, seed: boolean): DbState => {
    const db = emptyCore(now) as CoreState & Record<string, unknown>
    for (const d of domains) {
      Object.assign(db, d.empty())
      db.versions[d.name] = versionOf(d)
    }
    const full = db as unknown as DbState
    if (seed) for (const d of domains) if (d.seed) d.seed(full, now)
    return full
  }

  /** domain name → the version its slice was stored at; null for a layout we do not know */
  const storedVersions = (stored: Record<string, unknown>): ((name: string) => number) | null => {
    // layout 1: one flat object from before the split; every slice was at its version 1
    if (stored.version === 1) return () => 1
    if (stored.version !== DB_VERSION || !isRecord(stored.versions)) return null
    const versions = stored.versions
    return (name) => (typeof versions[name] === 'number' ? (versions[name] as number) : 1)
  }

  const restore = (json: string | null, seed: boolean, clock: Clock): DbState | null => {
    const stored = parse(json)
    if (!stored) return null
    const from = storedVersions(stored)
    if (!from) return null
    try {
      const db = emptyCore(clock.now()) as CoreState & Record<string, unknown>
      if (typeof stored.seededAt === 'string') db.seededAt = stored.seededAt
      for (const k of ['counters', 'rateLimits'] as const) if (isRecord(stored[k])) db[k] = stored[k] as never
      db.idempotency = restoreIdempotency(stored.idempotency)

      const missing: DomainModule[] = []
      for (const d of domains) {
        const empty = d.empty() as Record<string, unknown>
        const keys = Object.keys(empty)
        const version = versionOf(d)
        db.versions[d.name] = version
        if (!keys.some((k) => k in stored)) {
          Object.assign(db, empty)
          if (keys.length) missing.push(d)
          continue
        }
        const was = from(d.name)
        if (was > version) return null
        let slice: Record<string, unknown> = {}
        for (const k of keys) if (k in stored) slice[k] = stored[k]
        if (was < version) {
          if (!d.migrate) return null
          slice = d.migrate(slice, was) as Record<string, unknown>
        }
        for (const k of keys) {
          if (!(k in slice)) slice[k] = empty[k]
          else if (!sameKind(empty[k], slice[k])) return null
          db[k] = slice[k]
        }
      }

      if (isRecord(stored.clock)) clock.restore(stored.clock as unknown as ClockState)
      const full = db as unknown as DbState
      if (seed) for (const d of missing) if (d.seed) d.seed(full, clock.now())
      return full
    } catch (e) {
      // a migration or a seed that throws: keep the app working from a fresh db
      console.warn('[linli mock] could not bring the stored db up to date; starting afresh', e)
      return null
    }
  }

  const routes: RouteDef[] = []
  for (const d of domains) routes.push(...d.routes)
  return { domains, routes, fresh, restore }
}
