// The in-memory database: one plain, JSON-serialisable object made of the core's state (below)
// and one slice per domain (mock/domains/index.ts lists them; mock/server/domain.ts composes
// them). Domains read and mutate it directly; the server saves it through Persist after every
// mutating request.
import type { Iso } from '../../src/contract'
import type { DbState as ComposedDb } from '../domains'
import type { ClockState } from './clock'

/** The whole db: CoreState plus the slice of every domain that mock/domains/index.ts lists. */
export type DbState = ComposedDb

/**
 * Version of the stored db's layout. 1: one flat object with a single version (everything up
 * to the split into domain slices); 2: the same flat object, plus `versions`, the version of each
 * domain's slice. Domains version their own slices (DomainModule.version); this changes only
 * when the core's own state does.
 */
export const DB_VERSION = 2

export interface IdempotencyRecord {
  /** a digest of the request body's stable JSON (never the body), to spot a reused key with a different body */
  bodyHash: string
  status: number
  body: unknown
  at: Iso
}

/** Hits of one rate limit by one caller (see limit.ts). */
export interface RateRecord {
  windowMs: number
  /** epoch ms of each hit inside the window, oldest first */
  hits: number[]
}

/** What the server itself keeps, whatever the domains. */
export interface CoreState {
  version: number
  /** domain name → version of that domain's slice when it was stored */
  versions: Record<string, number>
  seededAt: Iso
  counters: Record<string, number>
  /**
   * caller ('user:<id>', 'device:<id>' or 'anon') → scope ('METHOD /normalised/path key') → the
   * first answer; each caller's own, bounded per caller (see idempotency.ts)
   */
  idempotency: Record<string, Record<string, IdempotencyRecord>>
  /** 'limit name|caller' → recent hits */
  rateLimits: Record<string, RateRecord>
  /** persisted so a reload keeps a moved clock */
  clock?: ClockState
}

export function emptyCore(now: Date): CoreState {
  return { version: DB_VERSION, versions: {}, seededAt: now.toISOString(), counters: {}, idempotency: {}, rateLimits: {} }
}

/** Next value of a named counter (1, 2, 3…). Ids made from counters are deterministic. */
export function nextSeq(db: CoreState, name: string): number {
  const n = (db.counters[name] || 0) + 1
  db.counters[name] = n
  return n
}

export function nextId(db: CoreState, prefix: string): string {
  return `${prefix}-${nextSeq(db, prefix)}`
}
