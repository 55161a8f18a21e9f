// The 随手拍 closed loop as pure operations on the db (statuses, gates and limits: src/contract/reports.ts).
// Each operation checks the actor's permission (403) and the state (409), records events and
// completed gates, and notifies the people concerned. Access (404) is checked by the routes
// before. The seed drives the same operations, so seeded history is consistent by construction.
//
//   create ─► pending ──take──► handling ──handle──► replied ──rate ok──► closed
//               │                 │  ▲ note/escalate     │
//               └──return──┐      │  └──rate 不满意 (reopen, at most MAX_REOPENS times)
//                          ▼      ▼                       │
//                       community_review ◄──rate 不满意 once too often
import {
  CATEGORY_INFO,
  DEPARTMENTS,
  MAX_REOPENS,
  OPEN_REPORT_STATUSES,
  RATING_LABELS,
  REPORT_STATUS_LABELS,
  URGENCY_LABELS,
  URGENCY_LIMIT_HOURS,
  links,
  maskName,
  type DepartmentKey,
  type Gate,
  type Iso,
  type MessageSubject,
  type Rating,
  type ReportCategory,
  type ReportStatus,
} from '../../../src/contract'
import { hasRole } from '../../server/access'
import { nextId, nextSeq, type DbState } from '../../server/db'
import { fail } from '../../server/errors'
import { addMs, chinaDate, HOUR } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { findCommunity, findGrid } from '../geo/state'
import { notify } from '../inbox'
import type { EventRecord, GateDone, ReportRecord } from './state'

/** pending or handling: the grid worker's to-do, open to 我也遇到了. */
export function isOpen(r: ReportRecord): boolean {
  return OPEN_REPORT_STATUSES.indexOf(r.status) >= 0
}

/** What a report's messages are about (InboxMessage.subject). */
export const reportSubject = (id: string): MessageSubject => ({ type: 'report', id })

export function departmentLabel(key: DepartmentKey): string {
  const d = DEPARTMENTS.find((x) => x.key === key)
  return d ? d.label : key
}

export function categoryLabel(c: ReportCategory): string {
  return CATEGORY_INFO[c].label
}

export function excerpt(text: string, n = 60): string {
  const chars = Array.from(text)
  return chars.length <= n ? text : `${chars.slice(0, n).join('')}…`
}

export function isGridWorkerOf(user: UserRecord | null, gridId: string): boolean {
  return !!user && hasRole(user, 'grid_worker') && user.gridId === gridId
}

/** Grid workers of a grid: the one named on the grid, plus anyone else working there. */
export function gridWorkerIds(db: DbState, gridId: string): string[] {
  const ids: string[] = []
  const grid = findGrid(db, gridId)
  if (grid) ids.push(grid.workerId)
  for (const id of Object.keys(db.users)) {
    if (isGridWorkerOf(db.users[id], gridId) && ids.indexOf(id) < 0) ids.push(id)
  }
  return ids
}

// ---- helpers -------------------------------------------------------------------------------

function addEvent(db: DbState, r: ReportRecord, e: Omit<EventRecord, 'id'>): void {
  const ev: EventRecord = { id: nextId(db, 'ev'), ...e }
  r.events.push(ev)
  r.updatedAt = e.at
}

function byUser(u: UserRecord, role: GateDone['actorRole']): Pick<GateDone, 'actorId' | 'actorRole' | 'actorName'> {
  return { actorId: u.id, actorRole: role, actorName: u.name }
}

const SYSTEM = { actorId: null, actorRole: 'system' as const, actorName: '系统' }

function community(db: DbState, r: ReportRecord) {
  const c = findCommunity(db, r.location.communityId)
  return { actorId: null, actorRole: 'community' as const, actorName: c ? c.name : '社区' }
}

function limitMs(r: ReportRecord): number {
  return URGENCY_LIMIT_HOURS[r.urgency] * HOUR
}

function statusLabel(s: ReportStatus): string {
  return REPORT_STATUS_LABELS[s]
}

/** The reporter and everyone who joined, minus whoever caused the change. */
function followersOf(r: ReportRecord, except?: string): string[] {
  return [r.reporterId].concat(r.followerIds).filter((id) => id !== except)
}

function toFollowers(db: DbState, r: ReportRecord, title: string, body: string, at: Iso, except?: string): void {
  notify(db, followersOf(r, except), { kind: 'report_status', title, body, link: links.reportDetail(r.id), subject: reportSubject(r.id) }, at)
}

function toWorkers(db: DbState, r: ReportRecord, title: string, body: string, at: Iso, except?: string): void {
  const ids = gridWorkerIds(db, r.location.gridId)
  if (ids.indexOf(r.assigneeId) < 0) ids.push(r.assigneeId)
  notify(
    db,
    ids.filter((id) => id !== except),
    { kind: 'report_order', title, body, link: links.reportOrder(r.id), subject: reportSubject(r.id) },
    at,
  )
}

function subject(r: ReportRecord): string {
  return `「${categoryLabel(r.category)}」${excerpt(r.description, 20)}`
}

function requireAssignee(r: ReportRecord, actor: UserRecord): void {
  if (!hasRole(actor, 'grid_worker')) throw fail.forbidden()
  if (r.assigneeId !== actor.id) throw fail.forbidden('该工单由其他网格员负责')
}

function requireHandling(r: ReportRecord, verb: string): void {
  if (r.status === 'handling') return
  if (r.status === 'pending') throw fail.conflict(`请先接单，再${verb}`)
  throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能${verb}`)
}

/** Ticket number: SP + yyyymmdd (China time) + a 4-digit sequence of that day. */
export function newReportId(db: DbState, at: Iso): string {
  const day = chinaDate(at)
  const seq = nextSeq(db, `SP${day}`)
  return `SP${day}${String(seq).padStart(4, '0')}`
}

// ---- operations ----------------------------------------------------------------------------

export interface CreateInput {
  category: ReportCategory
  description: string
  photos: string[]
  location: { address: string; communityId: string; gridId: string; latitude?: number; longitude?: number }
  anonymous: boolean
  contactPhone: string
}

/**
 * 受理 + 派发 happen at once, by the system: the order is routed to the grid worker of the
 * chosen grid and its deadline runs from dispatch. The caller has checked that the grid exists
 * and belongs to the community.
 */
export function createReport(db: DbState, input: CreateInput, reporter: UserRecord, at: Iso): ReportRecord {
  const grid = findGrid(db, input.location.gridId)
  if (!grid) throw fail.validation({ 'location.gridId': '网格不存在' })
  const worker = db.users[grid.workerId]
  const info = CATEGORY_INFO[input.category]
  const location: ReportRecord['location'] = {
    address: input.location.address,
    communityId: input.location.communityId,
    gridId: input.location.gridId,
  }
  if (typeof input.location.latitude === 'number') location.latitude = input.location.latitude
  if (typeof input.location.longitude === 'number') location.longitude = input.location.longitude
  const r: ReportRecord = {
    id: newReportId(db, at),
    category: input.category,
    urgency: info.urgency,
    status: 'pending',
    description: input.description,
    photos: input.photos.slice(),
    location,
    anonymous: input.anonymous,
    contactPhone: input.contactPhone,
    reporterId: reporter.id,
    followerIds: [],
    assigneeId: grid.workerId,
    takenAt: null,
    escalatedTo: null,
    reopenCount: 0,
    rating: null,
    ratingComment: null,
    createdAt: at,
    dispatchedAt: at,
    deadline: addMs(at, URGENCY_LIMIT_HOURS[info.urgency] * HOUR),
    updatedAt: at,
    gateDone: {},
    events: [],
  }
  addEvent(db, r, { at, gate: 'accept', action: 'submit', ...SYSTEM, text: `系统已受理：${info.label}` })
  r.gateDone.accept = { at, ...SYSTEM }
  const workerName = worker ? maskName(worker.name) : '网格员'
  addEvent(db, r, {
    at,
    gate: 'dispatch',
    action: 'dispatch',
    ...SYSTEM,
    text: `已派发至${grid.name}网格员 ${workerName}，时限：${URGENCY_LABELS[info.urgency]}`,
  })
  r.gateDone.dispatch = { at, ...SYSTEM }
  db.reports.push(r)

  const hours = URGENCY_LIMIT_HOURS[info.urgency]
  const limitText = hours < 48 ? `${hours}小时` : `${hours / 24}天`
  toFollowers(db, r, '问题已受理', `您反映的${subject(r)}已受理并派发至${grid.name}，将在${limitText}内办理。`, at)
  toWorkers(db, r, '新工单', `${grid.name}：${subject(r)}（${URGENCY_LABELS[info.urgency]}）`, at)
  return r
}

/** 我也遇到了: a resident other than the reporter follows an open ticket. Twice is harmless. */
export function joinReport(db: DbState, r: ReportRecord, actor: UserRecord, at: Iso): void {
  if (!hasRole(actor, 'resident')) throw fail.forbidden()
  if (r.reporterId === actor.id) throw fail.conflict('这是您自己反映的问题，无需加入')
  if (r.followerIds.indexOf(actor.id) >= 0) return
  if (!isOpen(r)) throw fail.conflict(`该问题当前为「${statusLabel(r.status)}」，不能再加入`)
  r.followerIds.push(actor.id)
  addEvent(db, r, { at, gate: 'handle', action: 'join', ...byUser(actor, 'resident'), text: '我也遇到了这个问题' })
  toWorkers(db, r, '又有居民遇到同一问题', `${subject(r)}：关注人数 ${r.followerIds.length + 1}`, at)
}

/** 接单: pending → handling; the worker who takes it becomes the assignee. */
export function takeReport(db: DbState, r: ReportRecord, actor: UserRecord, at: Iso): void {
  if (!isGridWorkerOf(actor, r.location.gridId)) throw fail.forbidden()
  if (r.status === 'handling') throw fail.conflict('该工单已被接单')
  if (r.status !== 'pending') throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能接单`)
  r.status = 'handling'
  r.assigneeId = actor.id
  r.takenAt = at
  addEvent(db, r, { at, gate: 'handle', action: 'take', ...byUser(actor, 'grid_worker'), text: '网格员已接单，正在处理' })
  toFollowers(db, r, '网格员已接单', `${subject(r)}已由网格员 ${maskName(actor.name)} 接单办理。`, at, actor.id)
}

/** 办理进展: a note (and photos) while handling. */
export function addNote(db: DbState, r: ReportRecord, actor: UserRecord, input: { text: string; photos: string[]; visibility?: 'resident' | 'internal' }, at: Iso): void {
  requireAssignee(r, actor)
  requireHandling(r, '记录进展')
  const internal = input.visibility === 'internal'
  addEvent(db, r, { at, gate: 'handle', action: 'note', ...byUser(actor, 'grid_worker'), text: input.text, photos: input.photos.slice(), ...(internal ? { internal: true } : {}) })
  // an internal note (a phone call with the property manager, a name) is for the workers only
  if (!internal) toFollowers(db, r, '办理进展更新', `${subject(r)}：${excerpt(input.text, 40)}`, at, actor.id)
}

/** 网格吹哨、部门报到: a department takes over; the worker keeps following the ticket. */
export function escalateReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { department: DepartmentKey; note: string }, at: Iso): void {
  requireAssignee(r, actor)
  requireHandling(r, '吹哨部门')
  r.escalatedTo = input.department
  const label = departmentLabel(input.department)
  addEvent(db, r, { at, gate: 'handle', action: 'escalate', ...byUser(actor, 'grid_worker'), department: input.department, text: input.note })
  toFollowers(db, r, `已联系${label}协同处理`, `${subject(r)}已吹哨${label}，网格员继续跟进。`, at, actor.id)
}

/** 退单: the worker returns the order with a reason; the community reviews it. */
export function returnReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { reason: string }, at: Iso): void {
  requireAssignee(r, actor)
  if (!isOpen(r)) throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能退单`)
  r.status = 'community_review'
  addEvent(db, r, { at, gate: 'handle', action: 'return', ...byUser(actor, 'grid_worker'), text: input.reason })
  toFollowers(db, r, '工单转社区复核', `${subject(r)}已由网格员退回，社区将复核后答复您。`, at, actor.id)
}

/**
 * 办结: handling → replied. Records 办理 (the worker), 审核 (the community) and 回复 (the
 * worker's reply). The community review is automatic for now: there is no community reviewer
 * role in the app yet, so it passes at once ('社区审核通过').
 */
export function handleReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { reply: string; photos: string[] }, at: Iso): void {
  requireAssignee(r, actor)
  requireHandling(r, '办结')
  r.status = 'replied'
  r.gateDone.handle = { at, ...byUser(actor, 'grid_worker') }
  const reviewer = community(db, r)
  addEvent(db, r, { at, gate: 'review', action: 'review', ...reviewer, text: '社区审核通过' })
  r.gateDone.review = { at, ...reviewer }
  addEvent(db, r, { at, gate: 'reply', action: 'reply', ...byUser(actor, 'grid_worker'), text: input.reply, photos: input.photos.slice() })
  r.gateDone.reply = { at, ...byUser(actor, 'grid_worker') }
  toFollowers(db, r, '问题已办结，请评价', `${subject(r)}：${excerpt(input.reply, 40)}`, at, actor.id)
}

const REOPEN_CLEARS: Gate[] = ['handle', 'review', 'reply', 'visit']

/**
 * 回访 / 评价 by the reporter: 满意 / 基本满意 close the ticket; 不满意 reopens it with a new
 * deadline from now (reopenCount + 1), unless that would exceed MAX_REOPENS: then the
 * community reviews it.
 */
export function rateReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { rating: Rating; comment: string }, at: Iso): void {
  if (r.reporterId !== actor.id) throw fail.forbidden('只有提交人可以评价')
  if (r.status === 'closed') throw fail.conflict('该工单已评价')
  if (r.status !== 'replied') throw fail.conflict('工单尚未办结，暂不能评价')
  r.rating = input.rating
  r.ratingComment = input.comment || null
  addEvent(db, r, {
    at,
    gate: 'visit',
    action: 'rate',
    ...byUser(actor, 'resident'),
    rating: input.rating,
    text: input.comment || RATING_LABELS[input.rating],
  })
  const ratingText = `${RATING_LABELS[input.rating]}${input.comment ? `：${input.comment}` : ''}`

  if (input.rating !== 'unsatisfied') {
    r.status = 'closed'
    r.gateDone.visit = { at, ...byUser(actor, 'resident') }
    toFollowers(db, r, '工单已办结', `${subject(r)}已办结，居民评价：${RATING_LABELS[input.rating]}。`, at, actor.id)
    toWorkers(db, r, '居民已评价', `${subject(r)}：${ratingText}`, at)
    return
  }

  for (const g of REOPEN_CLEARS) delete r.gateDone[g]
  if (r.reopenCount + 1 > MAX_REOPENS) {
    r.status = 'community_review'
    const reviewer = community(db, r)
    addEvent(db, r, { at, gate: 'review', action: 'to_community', ...reviewer, text: `居民多次不满意（已重办${r.reopenCount}次），转社区复核` })
    toFollowers(db, r, '工单转社区复核', `${subject(r)}多次办理仍不满意，已转${reviewer.actorName}复核。`, at)
    toWorkers(db, r, '工单转社区复核', `${subject(r)}：${ratingText}`, at)
    return
  }
  r.reopenCount += 1
  r.status = 'handling'
  r.deadline = addMs(at, limitMs(r))
  addEvent(db, r, { at, gate: 'handle', action: 'reopen', ...SYSTEM, text: `居民不满意，工单重新办理（第${r.reopenCount}次）` })
  toFollowers(db, r, '工单已重新办理', `${subject(r)}已重新打开，网格员将再次处理。`, at)
  toWorkers(db, r, '工单被重新打开', `${subject(r)}：${ratingText}`, at)
}
