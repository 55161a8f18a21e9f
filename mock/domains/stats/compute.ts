// The published rates, counted from the report records in one pass (formulas: src/contract/community).
//
// Instants are compared as ISO strings: every instant the reports domain stores comes from
// toISOString (UTC, fixed width), so string order is time order and 10 000 tickets need no
// Date.parse except where a duration is measured.
//
// The records are read defensively: the reports domain is still growing (审核 as its own status,
// patrol reports, 督办), so a missing optional field reads as "not that", and a completed gate is
// looked for both in gateDone and in the events.
import { GATES, URGENCY_LIMIT_HOURS, type Gate, type Period, type Rates } from '../../../src/contract'
import { CHINA_OFFSET_MS, chinaYearStart } from '../../server/china'
import { DAY, HOUR } from '../../server/util'
import type { ReportRecord } from '../reports/state'

export type Counts = Rates['counts']
export type Scope = Rates['scope']

/** A ticket that ended before anyone handled it: counted as reported, nothing else. */
const ASIDE: Record<string, true> = { withdrawn: true, civil: true }
/**
 * Open now: work the grid or the community still owes (replied waits for the resident, not for
 * them). A snapshot at the time of asking, whatever the period.
 */
export const OPEN_NOW: Record<string, true> = { dispatching: true, pending: true, handling: true, community_review: true, reviewing: true }
/** Statuses whose record deadline is running: the community's 24 h to assign, or the 办理 limit. */
const DEADLINE_RUNS: Record<string, true> = { dispatching: true, pending: true, handling: true }

// ---- China-time calendar ----------------------------------------------------------------------

/** 00:00 China time on the first of the month holding `t`, moved by `months`. */
export function chinaMonthStart(t: number, months = 0): number {
  const d = new Date(t + CHINA_OFFSET_MS)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) - CHINA_OFFSET_MS
}

/** 00:00 China time on the Monday of the week holding `t`. */
export function chinaWeekStart(t: number): number {
  const d = new Date(t + CHINA_OFFSET_MS)
  const back = (d.getUTCDay() + 6) % 7
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back) - CHINA_OFFSET_MS
}

/**
 * The span of a period as [from, to): a period still running ends now — a deadline later this
 * month is not yet due, and nothing after now has happened.
 */
export function periodRange(period: Period, nowMs: number): { from: number; to: number } {
  if (period === 'last_month') return { from: chinaMonthStart(nowMs, -1), to: chinaMonthStart(nowMs) }
  if (period === 'this_year') return { from: chinaYearStart(new Date(nowMs + CHINA_OFFSET_MS).getUTCFullYear()), to: nowMs }
  return { from: chinaMonthStart(nowMs), to: nowMs }
}

// ---- one ticket's facts ----------------------------------------------------------------------

/** A scope's running totals; `add` puts one ticket's facts in. */
export interface Tally {
  counts: Counts
  gateSum: Record<Gate, number>
  gateN: Record<Gate, number>
}

export function newTally(): Tally {
  const zero = () => ({ accept: 0, dispatch: 0, handle: 0, review: 0, reply: 0, visit: 0 })
  return {
    counts: { reported: 0, patrol: 0, open: 0, overdue: 0, dispatched: 0, respondedIn24h: 0, due: 0, solved: 0, rated: 0, satisfied: 0, handled: 0, handledOnTime: 0 },
    gateSum: zero(),
    gateN: zero(),
  }
}

/** What one ticket adds to every scope it belongs to (flags and counts; gate hours, -1: not passed in the period). */
export interface Facts {
  reported: boolean
  aside: boolean
  patrol: boolean
  open: boolean
  overdue: boolean
  dispatched: boolean
  respondedIn24h: boolean
  due: boolean
  solved: boolean
  rated: number
  satisfied: number
  handled: boolean
  handledOnTime: boolean
  gateHours: number[]
}

const d2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48

/**
 * Milliseconds of an ISO instant. The stored form (YYYY-MM-DDTHH:mm:ss.sssZ) is read digit by
 * digit: Date.parse was most of the time of a year's rates; anything else goes to Date.parse.
 */
export function ms(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */) return Date.parse(s)
  // days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse)
  const m = d2(s, 5)
  const y = d2(s, 0) * 100 + d2(s, 2) - (m <= 2 ? 1 : 0)
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d2(s, 8) - 1
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
  return ((days * 24 + d2(s, 11)) * 60 + d2(s, 14)) * 60000 + d2(s, 17) * 1000 + (s.charCodeAt(20) - 48) * 100 + d2(s, 21)
}

const atOf = (d: { at?: unknown } | undefined): string => (d && typeof d.at === 'string' ? d.at : '')

/**
 * When each gate was completed, in GATES order ('' for not yet). Read with the gates' names
 * written out: a lookup by a computed key on records of varying shape was a fifth of the time
 * of a year's rates.
 */
function gateTimes(r: ReportRecord): string[] {
  const d = r.gateDone
  if (!d) return NO_TIMES
  return [atOf(d.accept), atOf(d.dispatch), atOf(d.handle), atOf(d.review), atOf(d.reply), atOf(d.visit)]
}
const NO_TIMES = ['', '', '', '', '', '']
const DISPATCH = GATES.indexOf('dispatch')
const HANDLE = GATES.indexOf('handle')
const VISIT = GATES.indexOf('visit')

/** Closed as solved: rated 满意 or 基本满意, or closed after 回访 without a rating (not the community closing it). */
function isSolved(r: ReportRecord, visitAt: string): boolean {
  if (r.status !== 'closed') return false
  if (r.rating === 'satisfied' || r.rating === 'basically') return true
  return r.rating == null && !r.closedBy && !!visitAt
}

/** When a closed ticket was closed: its 回访 gate, else the community's close, else its last change. */
function closedAt(r: ReportRecord, visitAt: string, lastClose: string): string {
  if (r.status !== 'closed') return ''
  return visitAt || lastClose || r.updatedAt || ''
}

/**
 * What a ticket's record says whatever the period: worked out once per version of the record
 * (its last change, event count, status and deadline — every change the loop makes moves one of
 * them) and kept beside it, so a dashboard read again and again parses only what changed.
 */
interface Summary {
  // the version of the record this was read from
  v: [string, number, string, string]
  createdAt: string
  aside: boolean
  patrol: boolean
  open: boolean
  /** the deadline runs (overdue when it passes): '' if not */
  runningDeadline: string
  deadline: string
  dispatchAt: string
  /** taken (接单) within 24 h of the dispatch */
  responded: boolean
  handledAt: string
  handledOnTime: boolean
  closed: string
  solved: boolean
  rateAt: string[]
  rateSatisfied: boolean[]
  gateAt: string[]
  gateHours: number[]
}

const summaries = new WeakMap<ReportRecord, Summary>()

function summaryOf(r: ReportRecord): Summary {
  const events = r.events || []
  const known = summaries.get(r)
  if (known && known.v[0] === r.updatedAt && known.v[1] === events.length && known.v[2] === r.status && known.v[3] === r.deadline) return known
  const times = gateTimes(r)
  const dispatchAt = times[DISPATCH] || (r.status !== 'dispatching' && r.location && r.location.gridId ? r.dispatchedAt : '')
  const sum: Summary = {
    v: [r.updatedAt, events.length, r.status, r.deadline],
    createdAt: r.createdAt,
    aside: !!ASIDE[r.status],
    patrol: !!r.patrol,
    open: !!OPEN_NOW[r.status],
    runningDeadline: DEADLINE_RUNS[r.status] && r.deadline ? r.deadline : '',
    deadline: r.deadline || '',
    dispatchAt,
    responded: false,
    handledAt: '',
    handledOnTime: false,
    closed: '',
    solved: false,
    rateAt: [],
    rateSatisfied: [],
    gateAt: times,
    gateHours: NO_GATES,
  }
  summaries.set(r, sum)
  if (sum.aside) return sum

  const limit = (URGENCY_LIMIT_HOURS[r.urgency] || 0) * HOUR
  let roundStart = dispatchAt
  let lastReply = ''
  let lastReplyRound = ''
  let firstTakeAfterDispatch = ''
  let lastClose = ''
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    const a = e.action
    if (a === 'rate') {
      sum.rateAt.push(e.at)
      sum.rateSatisfied.push(e.rating === 'satisfied' || e.rating === 'basically')
    } else if (a === 'take') {
      if (dispatchAt && e.at >= dispatchAt && !firstTakeAfterDispatch) firstTakeAfterDispatch = e.at
    } else if (a === 'reopen') {
      roundStart = e.at
    } else if (a === 'reply') {
      // a reply that waited for 审核 is dated at the pass; 办理 ended at handledAt
      lastReply = e.handledAt || e.at
      lastReplyRound = roundStart
    } else if (a === 'close') {
      lastClose = e.at
    }
  }

  if (dispatchAt) {
    const taken = firstTakeAfterDispatch || (r.takenAt && r.takenAt >= dispatchAt ? r.takenAt : '')
    sum.responded = !!taken && ms(taken) - ms(dispatchAt) <= DAY
  }

  const handleDone = times[HANDLE]
  const handledAt = handleDone || lastReply
  sum.handledAt = handledAt
  if (handledAt) {
    // a ticket reopened since: the deadline of the round that reply closed, not of the round now
    if (handleDone || !lastReplyRound || !limit) sum.handledOnTime = !!r.deadline && handledAt <= r.deadline
    else sum.handledOnTime = ms(handledAt) <= ms(lastReplyRound) + limit
  }

  sum.closed = closedAt(r, times[VISIT], lastClose)
  sum.solved = isSolved(r, times[VISIT]) && !!sum.closed

  let hours: number[] | null = null
  let prev = r.createdAt
  let prevMs = -1
  for (let g = 0; g < GATES.length; g++) {
    const at = times[g]
    if (!at) continue
    // gates often close at the same instant as the one before: no parsing then
    const atMs = at === prev ? -1 : ms(at)
    let h = 0
    if (g === HANDLE && roundStart) h = Math.max(0, (atMs < 0 ? ms(at) : atMs) - ms(roundStart)) / HOUR
    else if (at !== prev && prev) h = Math.max(0, atMs - (prevMs >= 0 ? prevMs : ms(prev))) / HOUR
    if (!hours) hours = [-1, -1, -1, -1, -1, -1]
    hours[g] = h
    if (at !== prev) {
      prev = at
      prevMs = atMs
    }
  }
  if (hours) sum.gateHours = hours
  return sum
}

/** When a ticket was closed as solved (its 回访, else the community's close, else its last change), or ''. */
export function solvedAtOf(r: ReportRecord): string {
  const s = summaryOf(r)
  return s.solved ? s.closed : ''
}

/**
 * The facts of one ticket for the period [from, to) and the present `now` (ISO strings).
 *
 * - dispatched: dispatched to a grid in the period (the 派发 gate; a patrol report is its own
 *   worker's from the start and is left out, or it would flatter the response rate);
 *   respondedIn24h: of those, taken (接单) within 24 h of that dispatch.
 * - handled: the latest completion of 办理 (gateDone.handle, else, for a ticket reopened since, the
 *   latest reply: when its worker finished, which 审核 kept on it) in the period; on time when
 *   at or before the deadline of that round.
 * - due: the record's deadline (of a ticket dispatched to a grid) or its closing in the period;
 *   solved: due, closed as solved, and closed before the period ends.
 * - rated / satisfied: every rating (回访) given in the period, a reopened ticket's earlier
 *   不满意 too: each is one resident's verdict.
 * - gate hours: each gate completed in the period, from the completion of the gate before it (办理:
 *   from dispatch or from the reopen that started its round).
 */
export function factsOf(r: ReportRecord, from: string, to: string, now: string): Facts {
  const inP = (iso: string) => !!iso && iso >= from && iso < to
  const s = summaryOf(r)
  const f: Facts = {
    reported: inP(s.createdAt),
    aside: s.aside,
    patrol: false,
    open: false,
    overdue: false,
    dispatched: false,
    respondedIn24h: false,
    due: false,
    solved: false,
    rated: 0,
    satisfied: 0,
    handled: false,
    handledOnTime: false,
    gateHours: NO_GATES,
  }
  if (s.aside) return f
  f.patrol = s.patrol && f.reported
  f.open = s.open
  f.overdue = !!s.runningDeadline && s.runningDeadline < now
  if (!s.patrol && inP(s.dispatchAt)) {
    f.dispatched = true
    f.respondedIn24h = s.responded
  }
  if (inP(s.handledAt)) {
    f.handled = true
    f.handledOnTime = s.handledOnTime
  }
  for (let i = 0; i < s.rateAt.length; i++) {
    if (inP(s.rateAt[i])) {
      f.rated++
      if (s.rateSatisfied[i]) f.satisfied++
    }
  }
  f.due = (!!s.dispatchAt && inP(s.deadline)) || inP(s.closed)
  f.solved = f.due && s.solved && s.closed < to
  if (s.gateHours !== NO_GATES) {
    let hours: number[] | null = null
    for (let g = 0; g < GATES.length; g++) {
      if (s.gateHours[g] >= 0 && inP(s.gateAt[g])) {
        if (!hours) hours = [-1, -1, -1, -1, -1, -1]
        hours[g] = s.gateHours[g]
      }
    }
    if (hours) f.gateHours = hours
  }
  return f
}

const NO_GATES: number[] = [-1, -1, -1, -1, -1, -1]

export function add(t: Tally, f: Facts): void {
  const c = t.counts
  if (f.reported) c.reported++
  if (f.aside) return
  if (f.patrol) c.patrol++
  if (f.open) c.open++
  if (f.overdue) c.overdue++
  if (f.dispatched) c.dispatched++
  if (f.respondedIn24h) c.respondedIn24h++
  if (f.due) c.due++
  if (f.solved) c.solved++
  c.rated += f.rated
  c.satisfied += f.satisfied
  if (f.handled) c.handled++
  if (f.handledOnTime) c.handledOnTime++
  if (f.gateHours !== NO_GATES) {
    for (let g = 0; g < GATES.length; g++) {
      const h = f.gateHours[g]
      if (h >= 0) {
        t.gateSum[GATES[g]] += h
        t.gateN[GATES[g]]++
      }
    }
  }
}

/** A share to four places (the client formats it as a percentage); null when nothing was counted. */
const rate = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 10000) / 10000 : null)

export function toRates(t: Tally, scope: Scope, id: string, name: string, period: Period, from: number, to: number): Rates {
  const c = t.counts
  const gateHours = {} as Rates['gateHours']
  for (const g of GATES) gateHours[g] = t.gateN[g] ? Math.round((t.gateSum[g] / t.gateN[g]) * 100) / 100 : null
  return {
    scope,
    id,
    name,
    period,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    responseRate: rate(c.respondedIn24h, c.dispatched),
    resolutionRate: rate(c.solved, c.due),
    satisfactionRate: rate(c.satisfied, c.rated),
    onTimeRate: rate(c.handledOnTime, c.handled),
    counts: { ...c },
    gateHours,
  }
}

export interface ScopeRef {
  scope: Scope
  id: string
  name: string
}

/**
 * The rates of several scopes in one pass over the reports: each ticket's facts are worked out
 * once and added to the district, its community and its grid when those are asked for.
 */
export function ratesOf(reports: readonly ReportRecord[], scopes: readonly ScopeRef[], period: Period, nowMs: number): Rates[] {
  const { from, to } = periodRange(period, nowMs)
  const fromIso = new Date(from).toISOString()
  const toIso = new Date(to).toISOString()
  const nowIso = new Date(nowMs).toISOString()
  const tallies = scopes.map(() => newTally())
  let district: Tally | null = null
  const byCommunity: Record<string, Tally> = Object.create(null)
  const byGrid: Record<string, Tally> = Object.create(null)
  scopes.forEach((s, i) => {
    if (s.scope === 'district') district = tallies[i]
    else if (s.scope === 'community') byCommunity[s.id] = tallies[i]
    else byGrid[s.id] = tallies[i]
  })
  const d = district as Tally | null
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]
    const loc = r.location || ({} as ReportRecord['location'])
    const c = loc.communityId ? byCommunity[loc.communityId] : undefined
    const g = loc.gridId ? byGrid[loc.gridId] : undefined
    if (!d && !c && !g) continue
    const f = factsOf(r, fromIso, toIso, nowIso)
    if (d) add(d, f)
    if (c) add(c, f)
    if (g) add(g, f)
  }
  return scopes.map((s, i) => toRates(tallies[i], s.scope, s.id, s.name, period, from, to))
}
