// Report records of the real shape with known times, for the stats tests and their hand counts.
// Built here rather than through the reports domain's operations, so a slice of a month is cheap
// to state; each step writes what the loop's operation writes (reports/machine.ts), and the stats
// tests also drive one ticket through the real routes to hold the two together.
import { URGENCY_LIMIT_HOURS, CATEGORY_INFO, type Gate, type Rating, type ReportCategory } from '../../../src/contract'
import type { EventRecord, ReportRecord } from '../reports/state'

const HOUR = 3600e3
const iso = (ms: number) => new Date(ms).toISOString()
const W = { actorId: 'demo-grid-worker', actorRole: 'grid_worker' as const, actorName: '刘志华' }
const SYS = { actorId: null, actorRole: 'system' as const, actorName: '系统' }

let seq = 0

/** A ticket filed at `at` in a grid, dispatched at once (or not, `unsure`), driven step by step. */
export class Ticket {
  r: ReportRecord
  constructor(grid: string, category: ReportCategory, at: string, opts: { unsure?: boolean; anonymous?: boolean; patrol?: boolean } = {}) {
    const community = `cm-${grid.split('-')[1]}`
    const urgency = CATEGORY_INFO[category].urgency
    this.r = {
      id: `SPT${String(++seq).padStart(6, '0')}`,
      category,
      urgency,
      status: 'dispatching',
      description: `测试工单 ${seq}`,
      photos: [],
      location: { address: `测试地址 ${seq}`, communityId: community, gridId: '' },
      anonymous: !!opts.anonymous,
      contactPhone: '13800000000',
      reporterId: 'demo-resident',
      followerIds: [],
      assigneeId: '',
      takenAt: null,
      escalatedTo: null,
      reopenCount: 0,
      rating: null,
      ratingComment: null,
      createdAt: at,
      dispatchedAt: at,
      deadline: iso(Date.parse(at) + 24 * HOUR),
      updatedAt: at,
      gateDone: {},
      events: [],
    }
    if (opts.patrol) this.r.patrol = true
    this.ev(at, 'accept', 'submit', SYS)
    this.r.gateDone.accept = { at, ...SYS }
    if (!opts.unsure) this.dispatch(grid, at)
    else this.gridLater = grid
  }
  private gridLater = ''
  private ev(at: string, gate: Gate, action: EventRecord['action'], who: Pick<EventRecord, 'actorId' | 'actorRole' | 'actorName'>, extra: Partial<EventRecord> = {}) {
    this.r.events.push({ id: `ev-t${++seq}`, at, gate, action, ...who, ...extra })
    this.r.updatedAt = at
  }
  private limit() {
    return URGENCY_LIMIT_HOURS[this.r.urgency] * HOUR
  }
  dispatch(grid: string, at: string) {
    this.r.status = 'pending'
    this.r.location.gridId = grid
    this.r.assigneeId = 'demo-grid-worker'
    this.r.dispatchedAt = at
    this.r.deadline = iso(Date.parse(at) + this.limit())
    this.ev(at, 'dispatch', 'dispatch', SYS)
    this.r.gateDone.dispatch = { at, ...SYS }
    return this
  }
  assign(at: string) {
    return this.dispatch(this.gridLater, at)
  }
  take(at: string) {
    this.r.status = 'handling'
    this.r.takenAt = at
    this.ev(at, 'handle', 'take', W)
    return this
  }
  /**
   * 办结 as the loop does it: 办理 is done at `at` and the reply waits, for the workers only, at
   * 审核 (status reviewing); passing 审核 at `passAt` (the same instant unless said) sends the
   * reply, dated then and carrying when 办理 ended. `passAt` null: still at 审核.
   */
  handle(at: string, passAt: string | null = at) {
    this.r.status = 'reviewing'
    this.r.gateDone.handle = { at, ...W }
    this.ev(at, 'reply', 'reply', W, { text: '已处理', internal: true })
    return passAt ? this.pass(passAt) : this
  }
  pass(at: string) {
    const org = { actorId: 'demo-organiser', actorRole: 'organiser' as const, actorName: '唐文斌' }
    const i = this.r.events.findIndex((e) => e.action === 'reply' && e.internal)
    const [held] = this.r.events.splice(i, 1)
    this.ev(at, 'review', 'review', org, { text: '社区审核通过' })
    this.r.gateDone.review = { at, ...org }
    this.ev(at, 'reply', 'reply', W, { text: held.text, handledAt: this.r.gateDone.handle!.at })
    this.r.gateDone.reply = { at, ...W }
    this.r.status = 'replied'
    return this
  }
  rate(at: string, rating: Rating) {
    const who = { actorId: 'demo-resident', actorRole: 'resident' as const, actorName: '王秀英' }
    this.r.rating = rating
    this.ev(at, 'visit', 'rate', who, { rating })
    if (rating !== 'unsatisfied') {
      this.r.status = 'closed'
      this.r.gateDone.visit = { at, ...who }
      return this
    }
    for (const g of ['handle', 'review', 'reply', 'visit'] as Gate[]) delete this.r.gateDone[g]
    this.r.reopenCount++
    this.r.status = 'handling'
    this.r.deadline = iso(Date.parse(at) + this.limit())
    this.ev(at, 'handle', 'reopen', SYS)
    return this
  }
  withdraw(at: string) {
    this.r.status = 'withdrawn'
    this.ev(at, 'handle', 'withdraw', { actorId: 'demo-resident', actorRole: 'resident', actorName: '王秀英' })
    return this
  }
}
