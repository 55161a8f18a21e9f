// The injectable clock. Domain time (deadlines, token expiry, timestamps) comes only from here,
// so tests and browser journeys can move it.

export type ClockState = { mode: 'real'; offsetMs: number } | { mode: 'fixed'; at: number }

export interface Clock {
  now(): Date
  /** jump to this instant (a real clock keeps ticking from there) */
  set(date: Date | string | number): void
  /** move forward (or back, with a negative value) */
  advance(ms: number): void
  /** what to persist so a reload keeps a moved clock */
  state(): ClockState
  restore(state: ClockState): void
}

/**
 * `createClock()` follows real time (plus an offset that set/advance change);
 * `createClock(start)` is frozen at `start` and moves only through set/advance (tests).
 */
export function createClock(start?: Date | string | number): Clock {
  const fixed = start !== undefined
  let at = fixed ? new Date(start as Date | string | number).getTime() : 0
  let offset = 0
  if (fixed && Number.isNaN(at)) throw new Error(`createClock: invalid start ${String(start)}`)
  const current = () => (fixed ? at : Date.now() + offset)
  return {
    now: () => new Date(current()),
    set(date) {
      const t = new Date(date as Date | string | number).getTime()
      if (Number.isNaN(t)) throw new Error(`clock.set: invalid date ${String(date)}`)
      if (fixed) at = t
      else offset = t - Date.now()
    },
    advance(ms) {
      if (fixed) at += ms
      else offset += ms
    },
    state: () => (fixed ? { mode: 'fixed', at } : { mode: 'real', offsetMs: offset }),
    restore(s) {
      if (s.mode === 'fixed' && fixed) at = s.at
      if (s.mode === 'real' && !fixed) offset = s.offsetMs
    },
  }
}
