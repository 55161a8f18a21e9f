// Rate limits: at most `max` hits per user in a rolling window. The hits live in the db (core
// state), so a reload or a second tab does not reset them, and a demo reset does.
import type { CoreState } from './db'
import { fail, MSG } from './errors'

export interface RateLimitOptions {
  /** unique among the limits, e.g. 'reports.create' */
  name: string
  max: number
  windowMs: number
  /** the 429's message (default: MSG.rateLimited) */
  message?: string
}

export interface RateLimiter {
  readonly name: string
  /** hits the user has left in the window now */
  remaining(db: CoreState, userId: string, now: Date): number
  /** 429 RATE_LIMITED when the user has none left; records nothing */
  check(db: CoreState, userId: string, now: Date): void
  /** records one hit */
  hit(db: CoreState, userId: string, now: Date): void
  /** check, then hit: for an action that cannot fail after it */
  take(db: CoreState, userId: string, now: Date): void
}

export function rateLimit(options: RateLimitOptions): RateLimiter {
  const { name, max, windowMs } = options
  const message = options.message || MSG.rateLimited
  const keyOf = (userId: string) => `${name}|${userId}`
  const recent = (db: CoreState, userId: string, now: Date): number[] => {
    const rec = db.rateLimits[keyOf(userId)]
    const since = now.getTime() - windowMs
    return rec ? rec.hits.filter((t) => t > since) : []
  }
  const limiter: RateLimiter = {
    name,
    remaining: (db, userId, now) => Math.max(0, max - recent(db, userId, now).length),
    check(db, userId, now) {
      if (recent(db, userId, now).length >= max) throw fail.rateLimited(message)
    },
    hit(db, userId, now) {
      const t = now.getTime()
      // forget whatever has left its window, for every limit and user
      for (const k of Object.keys(db.rateLimits)) {
        const rec = db.rateLimits[k]
        rec.hits = rec.hits.filter((h) => h > t - rec.windowMs)
        if (!rec.hits.length) delete db.rateLimits[k]
      }
      const key = keyOf(userId)
      const rec = db.rateLimits[key] || (db.rateLimits[key] = { windowMs, hits: [] })
      rec.hits.push(t)
    },
    take(db, userId, now) {
      limiter.check(db, userId, now)
      limiter.hit(db, userId, now)
    },
  }
  return limiter
}
