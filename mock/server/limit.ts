// Rate limits: at most `max` hits per caller in a rolling window. The hits live in the db (core
// state), so a reload or a second tab does not reset them, and a demo reset does. A refusal is
// 429 RATE_LIMITED saying when to come back: `retryAfterSeconds` in the body, the Retry-After
// header, and '操作太频繁，请 N 分钟后再试' (秒 under a minute, 小时 over an hour).
//
// Who is counted is the caller of check/hit: a user id, or for a login a device id. The keys are
// `name|who`, never a bare request value, so they cannot collide with Object.prototype.
import type { CoreState } from './db'
import { fail } from './errors'
import { getOwn, setOwn } from './util'

export interface RateLimitOptions {
  /** unique among the limits, e.g. 'reports.create' */
  name: string
  max: number
  windowMs: number
  /** the 429's message (default: '操作太频繁，请 N 分钟后再试') */
  message?: string
}

export interface RateLimiter {
  readonly name: string
  /** hits the caller has left in the window now */
  remaining(db: CoreState, who: string, now: Date): number
  /** ms until the caller may act again (0: now) */
  retryAfterMs(db: CoreState, who: string, now: Date): number
  /** 429 RATE_LIMITED when the caller has none left; records nothing */
  check(db: CoreState, who: string, now: Date): void
  /** records one hit */
  hit(db: CoreState, who: string, now: Date): void
  /** check, then hit: for an action that cannot fail after it */
  take(db: CoreState, who: string, now: Date): void
}

export function rateLimit(options: RateLimitOptions): RateLimiter {
  const { name, max, windowMs } = options
  const keyOf = (who: string) => `${name}|${who}`
  const recent = (db: CoreState, who: string, now: Date): number[] => {
    const rec = getOwn(db.rateLimits, keyOf(who))
    const since = now.getTime() - windowMs
    return rec ? rec.hits.filter((t) => t > since) : []
  }
  const retryAfterMs = (db: CoreState, who: string, now: Date): number => {
    const hits = recent(db, who, now)
    if (hits.length < max) return 0
    // the caller may act again once the hit that makes `max` leaves the window
    return Math.max(1, hits[hits.length - max] + windowMs - now.getTime())
  }
  const limiter: RateLimiter = {
    name,
    remaining: (db, who, now) => Math.max(0, max - recent(db, who, now).length),
    retryAfterMs,
    check(db, who, now) {
      const wait = retryAfterMs(db, who, now)
      if (wait > 0) throw fail.rateLimited(wait / 1000, options.message)
    },
    hit(db, who, now) {
      const t = now.getTime()
      // forget whatever has left its window, for every limit and caller
      for (const k of Object.keys(db.rateLimits)) {
        const rec = db.rateLimits[k]
        rec.hits = rec.hits.filter((h) => h > t - rec.windowMs)
        if (!rec.hits.length) delete db.rateLimits[k]
      }
      const key = keyOf(who)
      let rec = getOwn(db.rateLimits, key)
      if (!rec) {
        rec = { windowMs, hits: [] }
        setOwn(db.rateLimits, key, rec)
      }
      rec.hits.push(t)
    },
    take(db, who, now) {
      limiter.check(db, who, now)
      limiter.hit(db, who, now)
    },
  }
  return limiter
}

const MINUTE = 60 * 1000

/** Every POST counts against its caller (a user; anonymous: a device, or 'anon'): 60 a minute. */
export const WRITES_PER_MINUTE = 60
export const writeLimit = rateLimit({ name: 'core.writes', max: WRITES_PER_MINUTE, windowMs: MINUTE })

