// Report records of the real shape with known times, for the stats tests and their hand counts.
// Built here rather than through the reports domain's operations: the counting must hold for the
// shape of a record, whatever path produced it (and the loop's operations are still changing).
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
  /** 办结 as the loop does it today: 办理, 审核 (passed at once) and 回复 at the same instant */
  handle(at: string) {
    this.r.status = 'replied'
    this.r.gateDone.handle = { at, ...W }
    this.ev(at, 'review', 'review', SYS)
    this.r.gateDone.review = { at, ...SYS }
    this.ev(at, 'reply', 'reply', W, { text: '已处理' })
    this.r.gateDone.reply = { at, ...W }
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
