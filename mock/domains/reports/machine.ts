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
//
// While open, the resident may also 催办 (once overdue, once a day each), 补充 (the reporter) and,
// before it is taken, 撤回 (pending → withdrawn, final).
import {
  CATEGORY_INFO,
  CLOSE_AS_LABELS,
  DEPARTMENTS,
  DISPATCH_LIMIT_HOURS,
  MAX_REOPENS,
  OPEN_REPORT_STATUSES,
  PHOTOS_MAX,
  REVIEW_LIMIT_WORKING_DAYS,
  SUPERVISE_FACTOR,
  RATING_LABELS,
  REPORT_STATUS_LABELS,
  URGENCY_LABELS,
  URGENCY_LIMIT_HOURS,
  URGE_INTERVAL_HOURS,
  links,
  maskName,
  type CloseAs,
  type DepartmentKey,
  type Gate,
  type Iso,
  type MessageKind,
  type MessageSubject,
  type Rating,
  type ReportCategory,
  type ReportStatus,
} from '../../../src/contract'
import { hasRole } from '../../server/access'
import { nextId, nextSeq, type DbState } from '../../server/db'
import { fail, waitText } from '../../server/errors'
import { chinaDay, chinaDayCompact, chinaDayTime, chinaInstant } from '../../server/china'
import { addDays, workdaysAfter } from '../bookings/calendar'
import { addMs, HOUR } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { findCommunity, findGrid, type GridRecord } from '../geo/state'
import { notify } from '../inbox'
import type { EventRecord, GateDone, ReportRecord, UrgeRecord } from './state'

/** dispatching, pending or handling: not done yet, open to 我也遇到了. */
export function isOpen(r: ReportRecord): boolean {
  // a ticket waiting for the community to pick its grid is open too: it can be joined and urged
  return OPEN_REPORT_STATUSES.indexOf(r.status) >= 0 || r.status === 'dispatching'
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
  touch(db)
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

function toWorkers(db: DbState, r: ReportRecord, title: string, body: string, at: Iso, except?: string, kind: MessageKind = 'report_order'): void {
  const ids = gridWorkerIds(db, r.location.gridId)
  if (r.assigneeId && ids.indexOf(r.assigneeId) < 0) ids.push(r.assigneeId)
  notify(
    db,
    ids.filter((id) => id !== except),
    { kind, title, body, link: links.reportOrder(r.id), subject: reportSubject(r.id) },
    at,
  )
}

/**
 * Whoever holds an open ticket now: the community's workers while it waits to be assigned a grid
 * (待分派), else the grid's workers and its assignee.
 */
function toHolder(db: DbState, r: ReportRecord, title: string, body: string, at: Iso, kind: MessageKind, except?: string): void {
  if (r.status !== 'dispatching') {
    toWorkers(db, r, title, body, at, except, kind)
    return
  }
  const ids = communityWorkerIds(db, r.location.communityId).filter((id) => id !== except)
  notify(db, ids, { kind, title, body, link: links.reportDetail(r.id), subject: reportSubject(r.id) }, at)
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
  const day = chinaDayCompact(at)
  const seq = nextSeq(db, `SP${day}`)
  return `SP${day}${String(seq).padStart(4, '0')}`
}

// ---- operations ----------------------------------------------------------------------------

export interface CreateInput {
  category: ReportCategory
  description: string
  photos: string[]
  /** no gridId (gridUnknown): the community's worker assigns the grid */
  location: { address: string; communityId: string; gridId?: string; latitude?: number; longitude?: number }
  anonymous: boolean
  contactPhone: string
}

function limitText(hours: number): string {
  return hours < 48 ? `${hours}小时` : `${hours / 24}天`
}

/**
 * 派发: the order goes to the worker of `grid` and its deadline runs from now. By the system at
 * once when the resident named the grid; by the community worker (`by`) when they did not.
 */
function dispatchTo(db: DbState, r: ReportRecord, grid: GridRecord, by: UserRecord | null, at: Iso, note?: string): void {
  const worker = db.users[grid.workerId]
  const actor = by ? byUser(by, 'organiser') : SYSTEM
  r.status = 'pending'
  r.location.gridId = grid.id
  r.assigneeId = grid.workerId
  r.dispatchedAt = at
  r.deadline = addMs(at, limitMs(r))
  const workerName = worker ? maskName(worker.name) : '网格员'
  addEvent(db, r, {
    at,
    gate: 'dispatch',
    action: by ? 'assign' : 'dispatch',
    ...actor,
    text: `${note ? '社区已改派' : by ? '社区已分派' : '已派发'}至${grid.name}网格员 ${workerName}，时限：${URGENCY_LABELS[r.urgency]}${note ? `。${note}` : ''}`,
  })
  r.gateDone.dispatch = { at, ...actor }
  const limit = limitText(URGENCY_LIMIT_HOURS[r.urgency])
  if (note) toFollowers(db, r, '社区已改派网格', `您反映的${subject(r)}已由社区改派至${grid.name}，将在${limit}内办理。`, at)
  else if (by) toFollowers(db, r, '社区已分派网格', `您反映的${subject(r)}已由社区分派至${grid.name}，将在${limit}内办理。`, at)
  else toFollowers(db, r, '问题已受理', `您反映的${subject(r)}已受理并派发至${grid.name}，将在${limit}内办理。`, at)
  toWorkers(db, r, '新工单', `${grid.name}：${subject(r)}（${URGENCY_LABELS[r.urgency]}）`, at)
}

/** Community workers (社区工作者) of a community: they assign tickets filed without a grid. */
export function communityWorkerIds(db: DbState, communityId: string): string[] {
  return Object.keys(db.users).filter((id) => isCommunityWorkerOf(db.users[id], communityId))
}

export function isCommunityWorkerOf(user: UserRecord | null, communityId: string): boolean {
  return !!user && hasRole(user, 'organiser') && !!communityId && user.communityId === communityId
}

/**
 * 受理 by the system at once; 派发 too when the resident named the grid (the caller has checked
 * that it exists and belongs to the community). Without a grid (我不确定) the ticket waits at
 * 派发 for the community's worker, who has DISPATCH_LIMIT_HOURS to assign it.
 */
export function createReport(db: DbState, input: CreateInput, reporter: UserRecord, at: Iso): ReportRecord {
  const grid = input.location.gridId ? findGrid(db, input.location.gridId) : undefined
  if (input.location.gridId && !grid) throw fail.validation({ 'location.gridId': '网格不存在' })
  const info = CATEGORY_INFO[input.category]
  const location: ReportRecord['location'] = {
    address: input.location.address,
    communityId: input.location.communityId,
    gridId: '',
  }
  if (typeof input.location.latitude === 'number') location.latitude = input.location.latitude
  if (typeof input.location.longitude === 'number') location.longitude = input.location.longitude
  const r: ReportRecord = {
    id: newReportId(db, at),
    category: input.category,
    urgency: info.urgency,
    status: 'dispatching',
    description: input.description,
    photos: input.photos.slice(),
    location,
    anonymous: input.anonymous,
    contactPhone: input.contactPhone,
    reporterId: reporter.id,
    followerIds: [],
    assigneeId: '',
    takenAt: null,
    escalatedTo: null,
    reopenCount: 0,
    rating: null,
    ratingComment: null,
    createdAt: at,
    dispatchedAt: at,
    deadline: addMs(at, DISPATCH_LIMIT_HOURS * HOUR),
    updatedAt: at,
    gateDone: {},
    events: [],
  }
  addEvent(db, r, { at, gate: 'accept', action: 'submit', ...SYSTEM, text: `系统已受理：${info.label}` })
  r.gateDone.accept = { at, ...SYSTEM }
  db.reports.push(r)
  if (grid) {
    dispatchTo(db, r, grid, null, at)
    return r
  }
  const c = findCommunity(db, location.communityId)
  const cname = c ? c.name : '社区'
  addEvent(db, r, { at, gate: 'dispatch', action: 'dispatch', ...community(db, r), text: `居民不确定所在网格，工单先到${cname}，由社区工作者在${DISPATCH_LIMIT_HOURS}小时内分派` })
  toFollowers(db, r, '问题已受理', `您反映的${subject(r)}已受理，${cname}将在${DISPATCH_LIMIT_HOURS}小时内分派给所在网格。`, at)
  notify(
    db,
    communityWorkerIds(db, location.communityId),
    { kind: 'report_dispatch', title: '待分派工单', body: `${cname}：${subject(r)}，居民不确定所在网格，请分派`, link: links.reportDetail(r.id), subject: reportSubject(r.id) },
    at,
  )
  return r
}

/** 分派: the community worker sends a ticket filed without a grid to one of the community's grids. */
export function assignReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { gridId: string }, at: Iso): void {
  if (!isCommunityWorkerOf(actor, r.location.communityId)) throw fail.forbidden('只有本社区的社区工作者可以分派')
  if (r.status !== 'dispatching') throw fail.conflict(r.location.gridId ? '该工单已分派' : `工单当前为「${statusLabel(r.status)}」，不能分派`)
  const grid = findGrid(db, input.gridId)
  if (!grid || grid.communityId !== r.location.communityId) throw fail.validation({ gridId: '请选择本社区的网格' })
  dispatchTo(db, r, grid, actor, at)
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
 * 民间纠纷: a private matter between neighbours (a leak from the flat above, one neighbour's
 * noise) is not the grid's to fix; the ticket ends, and its reporter is offered 解忧小屋, where the
 * mediator will see this ticket's history.
 */
export function civilReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { reason: string }, at: Iso): void {
  requireAssignee(r, actor)
  if (!isOpen(r)) throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能转为民间纠纷`)
  r.status = 'civil'
  addEvent(db, r, { at, gate: 'handle', action: 'civil', ...byUser(actor, 'grid_worker'), text: input.reason })
  // the reporter is offered 解忧小屋 with the worker's reason; followers (their neighbours, perhaps
  // the very household meant) learn only that it ended this way
  const link = { link: links.reportDetail(r.id), subject: reportSubject(r.id) }
  if (r.reporterId) notify(db, [r.reporterId], { kind: 'report_status', title: '建议到解忧小屋调解', body: `网格员认为${subject(r)}是邻里之间的民间纠纷：${input.reason}。您可以在工单页点“转到解忧小屋”申请调解，调解员会看到这张工单的记录。`, ...link }, at)
  const others = followersOf(r, actor.id).filter((id) => id !== r.reporterId)
  if (others.length) notify(db, others, { kind: 'report_status', title: '工单已按民间纠纷办结', body: `${subject(r)}属于邻里之间的纠纷，已建议提交人到解忧小屋调解。`, ...link }, at)
}

/**
 * 办结: handling → reviewing. Records 办理 (the worker); the reply waits, seen by the workers
 * only, for 审核: the community worker passes it (or sends it back) within
 * REVIEW_LIMIT_WORKING_DAYS, or it passes by itself (tickReports). Only then do the reporter and
 * followers read it.
 */
export function handleReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { reply: string; photos: string[] }, at: Iso): void {
  requireAssignee(r, actor)
  requireHandling(r, '办结')
  r.status = 'reviewing'
  r.gateDone.handle = { at, ...byUser(actor, 'grid_worker') }
  r.reviewDeadline = reviewDeadlineFrom(at)
  addEvent(db, r, { at, gate: 'reply', action: 'reply', ...byUser(actor, 'grid_worker'), text: input.reply, photos: input.photos.slice(), internal: true })
  const c = findCommunity(db, r.location.communityId)
  notify(
    db,
    communityWorkerIds(db, r.location.communityId),
    {
      kind: 'report_review',
      title: '工单待审核',
      body: `${c ? c.name : '社区'}：${subject(r)}已由网格员办结，请在${chinaDayTime(r.reviewDeadline)}前审核，逾期自动通过`,
      link: links.reportDetail(r.id),
      subject: reportSubject(r.id),
    },
    at,
  )
}

/** 审核 passes by itself at the end of the REVIEW_LIMIT_WORKING_DAYS-th working day after `at` (China time). */
export function reviewDeadlineFrom(at: Iso): Iso {
  const days = workdaysAfter(chinaDay(Date.parse(at)), REVIEW_LIMIT_WORKING_DAYS)
  return new Date(chinaInstant(addDays(days[days.length - 1], 1), 0)).toISOString()
}

const REOPEN_CLEARS: Gate[] = ['handle', 'review', 'reply', 'visit']

/**
 * 回访 / 评价 by the reporter: 满意 / 基本满意 close the ticket; 不满意 reopens it with a new
 * deadline from now (reopenCount + 1), unless that would exceed MAX_REOPENS: then the
 * community reviews it.
 */
export function rateReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { rating: Rating; comment: string }, at: Iso): void {
  if (r.reporterId !== actor.id || r.patrol) throw fail.forbidden('只有提交人可以评价')
  if (r.status === 'closed' && r.closedBy) {
    rateClosedByCommunity(db, r, actor, input, at)
    return
  }
  if (r.status === 'closed') throw fail.conflict('该工单已评价')
  if (r.status === 'reviewing') throw fail.conflict('网格员已办结，社区审核通过后即可评价')
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

/**
 * A ticket the community closed with a reason: its reporter may rate it once, as 回访 of the
 * community's answer. The rating (不满意 too) is recorded and told to the community; it does not
 * reopen the ticket: the community has already decided, and 不满意 is what the published rates count.
 */
function rateClosedByCommunity(db: DbState, r: ReportRecord, actor: UserRecord, input: { rating: Rating; comment: string }, at: Iso): void {
  if (r.rating) throw fail.conflict('该工单已评价')
  r.rating = input.rating
  r.ratingComment = input.comment || null
  addEvent(db, r, { at, gate: 'visit', action: 'rate', ...byUser(actor, 'resident'), rating: input.rating, text: input.comment || RATING_LABELS[input.rating] })
  r.gateDone.visit = { at, ...byUser(actor, 'resident') }
  notify(
    db,
    communityWorkerIds(db, r.location.communityId),
    { kind: 'report_status', title: '居民评价了社区的办结', body: `${subject(r)}：${RATING_LABELS[input.rating]}${input.comment ? `：${excerpt(input.comment, 40)}` : ''}`, link: links.reportDetail(r.id), subject: reportSubject(r.id) },
    at,
  )
}

// ---- what the resident can do while the ticket is open --------------------------------------

const URGE_INTERVAL_MS = URGE_INTERVAL_HOURS * HOUR

export function urgesOf(r: ReportRecord): UrgeRecord[] {
  return r.urges ?? []
}

/** This person's last urge of the ticket, if any. */
export function lastUrgeBy(r: ReportRecord, userId: string): Iso | null {
  const list = urgesOf(r)
  for (let i = list.length - 1; i >= 0; i--) if (list[i].userId === userId) return list[i].at
  return null
}

// 'MM-DD HH:mm' in China time: the server speaks in the residents' time
const chinaTime = chinaDayTime

export function isFollowing(r: ReportRecord, userId: string): boolean {
  return r.reporterId === userId || r.followerIds.indexOf(userId) >= 0
}

/** Why this person cannot urge now (a 409's message), or null when they can. */
export function urgeRefusal(r: ReportRecord, userId: string, at: Iso): string | null {
  if (r.status === 'replied') return '网格员已办结回复，请您评价，无需催办'
  if (r.status === 'reviewing') return '网格员已办结，社区正在审核，无需催办'
  if (!isOpen(r)) return `工单当前为「${statusLabel(r.status)}」，不能催办`
  const now = Date.parse(at)
  if (now <= Date.parse(r.deadline)) return `还没到办理时限（${chinaTime(r.deadline)}），超时后才能催办`
  const last = lastUrgeBy(r, userId)
  if (last && now - Date.parse(last) < URGE_INTERVAL_MS) {
    const wait = (Date.parse(last) + URGE_INTERVAL_MS - now) / 1000
    return `您已催办过，${URGE_INTERVAL_HOURS}小时内只能催办一次，请 ${waitText(wait)}后再试`
  }
  return null
}

/**
 * 催办: the reporter or a follower presses an overdue ticket, at most once a day each. The one
 * holding it is told: an untaken order's grid workers, or the worker who took it.
 */
export function urgeReport(db: DbState, r: ReportRecord, actor: UserRecord, at: Iso): void {
  if (!hasRole(actor, 'resident') || !isFollowing(r, actor.id)) throw fail.forbidden('只有反映人和关注这件事的居民可以催办')
  const refusal = urgeRefusal(r, actor.id, at)
  if (refusal) throw fail.conflict(refusal)
  const urges = urgesOf(r).concat({ userId: actor.id, at })
  r.urges = urges
  const overdueHours = Math.max(1, Math.floor((Date.parse(at) - Date.parse(r.deadline)) / HOUR))
  addEvent(db, r, { at, gate: r.status === 'dispatching' ? 'dispatch' : 'handle', action: 'urge', ...byUser(actor, 'resident'), text: `已超时 ${overdueHours} 小时，居民催办（第${urges.length}次）` })
  const title = '居民催办'
  const body = `${subject(r)}已超过办理时限，居民第${urges.length}次催办，请尽快处理。`
  if (r.status === 'pending' || r.status === 'dispatching') toHolder(db, r, title, body, at, 'report_urge')
  else notify(db, [r.assigneeId], { kind: 'report_urge', title, body, link: links.reportOrder(r.id), subject: reportSubject(r.id) }, at)
}

/** Photos a ticket may still take (its own and the ones added later, PHOTOS_MAX in all). */
export function photoRoom(r: ReportRecord): number {
  return Math.max(0, PHOTOS_MAX - r.photos.length)
}

/** 补充说明 / 补充照片: the reporter adds to an open ticket; its workers are told. */
export function supplementReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { text: string; photos: string[] }, at: Iso): void {
  if (r.reporterId !== actor.id) throw fail.forbidden('只有反映人可以补充说明')
  if (!isOpen(r)) throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能再补充`)
  const room = photoRoom(r)
  if (input.photos.length > room) {
    throw fail.validation({ photos: room ? `每张工单最多${PHOTOS_MAX}张照片，还能补充${room}张` : `这张工单已有${PHOTOS_MAX}张照片，不能再添加` })
  }
  r.photos = r.photos.concat(input.photos)
  const ev: Omit<EventRecord, 'id'> = { at, gate: r.status === 'dispatching' ? 'dispatch' : 'handle', action: 'supplement', ...byUser(actor, 'resident') }
  if (input.text) ev.text = input.text
  if (input.photos.length) ev.photos = input.photos.slice()
  addEvent(db, r, ev)
  const what = [input.text ? excerpt(input.text, 40) : '', input.photos.length ? `补充照片 ${input.photos.length} 张` : ''].filter(Boolean).join('；')
  toHolder(db, r, '居民补充了情况', `${subject(r)}：${what}`, at, 'report_supplement', actor.id)
}

/** 撤回: the reporter takes back a ticket nobody has taken yet; it leaves the workers' to-do. */
export function withdrawReport(db: DbState, r: ReportRecord, actor: UserRecord, input: { reason: string }, at: Iso): void {
  if (r.reporterId !== actor.id) throw fail.forbidden('只有反映人可以撤回')
  if (r.status === 'withdrawn') throw fail.conflict('该工单已撤回')
  if (r.status === 'handling') throw fail.conflict('网格员已接单，不能撤回了；如已不需要处理，请联系网格说明')
  if (r.status !== 'pending' && r.status !== 'dispatching') throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不能撤回`)
  const was = r.status
  r.status = 'withdrawn'
  addEvent(db, r, { at, gate: was === 'dispatching' ? 'dispatch' : 'handle', action: 'withdraw', ...byUser(actor, 'resident'), text: input.reason ? `居民撤回：${input.reason}` : '居民撤回了这次反映' })
  const body = `${subject(r)}已由居民撤回，无需再办理。${input.reason ? `原因：${excerpt(input.reason, 40)}` : ''}`
  if (was === 'dispatching') {
    const ids = communityWorkerIds(db, r.location.communityId)
    notify(db, ids, { kind: 'report_withdraw', title: '工单已撤回', body, link: links.reportDetail(r.id), subject: reportSubject(r.id) }, at)
  } else toWorkers(db, r, '工单已撤回', body, at, actor.id, 'report_withdraw')
  toFollowers(db, r, '问题已撤回', `${subject(r)}已由反映人撤回，不再办理。`, at, actor.id)
}

/** 退出关注: a follower stops following; leaving a ticket one does not follow changes nothing. */
export function leaveReport(r: ReportRecord, actor: UserRecord): void {
  if (!hasRole(actor, 'resident')) throw fail.forbidden()
  if (r.reporterId === actor.id) throw fail.conflict('这是您自己反映的问题，不能退出关注')
  const i = r.followerIds.indexOf(actor.id)
  if (i >= 0) r.followerIds.splice(i, 1)
}

// ---- the community's review (社区工作者) ------------------------------------------------------

/** Why the ticket is at community_review: returned by its worker, or rejected too often by the resident. */
function reviewCause(r: ReportRecord): 'returned' | 'rejected' {
  for (let i = r.events.length - 1; i >= 0; i--) {
    const a = r.events[i].action
    if (a === 'return') return 'returned'
    if (a === 'to_community') return 'rejected'
  }
  return 'returned'
}

function communityName(db: DbState, r: ReportRecord): string {
  const c = findCommunity(db, r.location.communityId)
  return c ? c.name : '社区'
}

const REVIEW_ACTION_LABELS = { close: '办结', reassign: '改派', escalate: '吹哨部门', send_back: '退回网格员', pass: '审核通过' } as const

/**
 * 审核 passed: by the community worker (`by`), or by itself once REVIEW_LIMIT_WORKING_DAYS ran out
 * (`by` null). The reply the worker wrote at 办结 goes out now (回复), re-dated to this instant, and
 * the resident is asked to rate it (回访). A patrol ticket has no resident to ask: it closes here.
 */
export function passReview(db: DbState, r: ReportRecord, by: UserRecord | null, at: Iso, text?: string): void {
  if (r.status !== 'reviewing') throw fail.conflict(r.gateDone.review && (r.status === 'replied' || r.status === 'closed') ? '该工单已审核通过' : `工单当前为「${statusLabel(r.status)}」，不能审核通过`)
  const reviewer = by ? byUser(by, 'organiser') : community(db, r)
  delete r.reviewDeadline
  addEvent(db, r, { at, gate: 'review', action: 'review', ...reviewer, text: text ?? (by ? '社区审核通过' : `社区${REVIEW_LIMIT_WORKING_DAYS}个工作日内未审核，超时自动通过`) })
  r.gateDone.review = { at, ...reviewer }
  // the pending reply: the last internal reply since 办结
  let reply: EventRecord | undefined
  for (let i = r.events.length - 1; i >= 0; i--) {
    const e = r.events[i]
    if (e.action === 'reply' && e.internal) {
      reply = e
      r.events.splice(i, 1)
      break
    }
  }
  const worker = reply && reply.actorId ? db.users[reply.actorId] : db.users[r.assigneeId]
  const replier = worker ? byUser(worker, 'grid_worker') : SYSTEM
  const replyText = reply && reply.text ? reply.text : '已办结'
  const ev: Omit<EventRecord, 'id'> = { at, gate: 'reply', action: 'reply', ...replier, text: replyText }
  if (reply && reply.photos && reply.photos.length) ev.photos = reply.photos.slice()
  // the gate 办理 is cleared if the resident reopens the ticket: the rates still need its instant
  if (r.gateDone.handle) ev.handledAt = r.gateDone.handle.at
  addEvent(db, r, ev)
  r.gateDone.reply = { at, ...replier }
  if (r.patrol) {
    r.status = 'closed'
    const c = community(db, r)
    addEvent(db, r, { at, gate: 'visit', action: 'close', ...c, text: '网格员巡查发现的问题，审核通过后办结，无需居民回访' })
    r.gateDone.visit = { at, ...c }
    toFollowers(db, r, '问题已办结', `${subject(r)}：${excerpt(replyText, 40)}`, at, replier.actorId ?? undefined)
    return
  }
  r.status = 'replied'
  toFollowers(db, r, '问题已办结，请评价', `${subject(r)}：${excerpt(replyText, 40)}`, at, replier.actorId ?? undefined)
}

export interface ReviewOp {
  action: 'close' | 'reassign' | 'escalate' | 'send_back' | 'pass'
  closeAs?: CloseAs
  gridId?: string
  /** one of DEPARTMENTS' keys (the schema checked it) */
  department?: string
  reason: string
}

const REVIEW_FITS: Record<'community_review' | 'reviewing', ReviewOp['action'][]> = {
  community_review: ['close', 'reassign', 'escalate', 'send_back'],
  reviewing: ['pass', 'send_back'],
}

/** Back to the same grid worker at 办理, with a fresh time limit and the community's note. */
function sendBack(db: DbState, r: ReportRecord, actor: UserRecord, reason: string, at: Iso): void {
  const from = r.status
  r.status = 'handling'
  if (!r.takenAt) r.takenAt = at
  r.deadline = addMs(at, limitMs(r))
  delete r.reviewDeadline
  for (const g of REOPEN_CLEARS) delete r.gateDone[g]
  const text = from === 'reviewing' ? `社区审核未通过，退回网格员重新办理：${reason}` : `社区复核后退回网格员继续办理：${reason}`
  addEvent(db, r, { at, gate: from === 'reviewing' ? 'review' : 'handle', action: 'review', ...byUser(actor, 'organiser'), text })
  toWorkers(db, r, from === 'reviewing' ? '审核未通过，请重新办理' : '社区退回工单，请继续办理', `${subject(r)}：${excerpt(reason, 60)}`, at, actor.id)
  toFollowers(db, r, '工单继续办理', `${subject(r)}经社区${from === 'reviewing' ? '审核' : '复核'}，由网格员继续办理。`, at)
}

/**
 * The community worker's decision on a ticket of their community (the route has checked that
 * they may see it). On community_review: close / reassign / escalate / send_back; on reviewing:
 * pass / send_back. Anything else is a 409 naming the status; a bad target a 400 at its field.
 */
export function reviewReport(db: DbState, r: ReportRecord, actor: UserRecord, input: ReviewOp, at: Iso): void {
  if (!isCommunityWorkerOf(actor, r.location.communityId)) throw fail.forbidden('只有本社区的社区工作者可以复核和审核')
  const label = REVIEW_ACTION_LABELS[input.action]
  if (r.status !== 'community_review' && r.status !== 'reviewing') {
    if (input.action === 'pass' && r.gateDone.review && (r.status === 'replied' || r.status === 'closed')) throw fail.conflict('该工单已审核通过')
    if (r.status === 'closed' && r.closedBy) throw fail.conflict('该工单已由社区办结')
    throw fail.conflict(`工单当前为「${statusLabel(r.status)}」，不在社区复核或审核中，不能${label}`)
  }
  if (REVIEW_FITS[r.status].indexOf(input.action) < 0) {
    throw fail.conflict(
      r.status === 'reviewing'
        ? `工单正在审核，只能审核通过或退回网格员，不能${label}`
        : `工单在社区复核中，可以办结、改派、吹哨部门或退回网格员，不能${label}`,
    )
  }
  const reason = input.reason.trim()
  switch (input.action) {
    case 'pass':
      passReview(db, r, actor, at)
      return
    case 'send_back':
      sendBack(db, r, actor, reason, at)
      return
    case 'close': {
      const as = input.closeAs as CloseAs
      const cause = reviewCause(r)
      if (as === 'explained' && cause !== 'rejected') throw fail.validation({ closeAs: '“社区书面说明后办结”只用于居民多次不满意的工单' })
      r.status = 'closed'
      r.closedBy = { as, reason }
      addEvent(db, r, { at, gate: 'review', action: 'close', ...byUser(actor, 'organiser'), text: `${CLOSE_AS_LABELS[as]}：${reason}` })
      r.gateDone.review = { at, ...byUser(actor, 'organiser') }
      r.gateDone.reply = { at, ...byUser(actor, 'organiser') }
      toFollowers(db, r, `社区已办结：${CLOSE_AS_LABELS[as]}`, `${subject(r)}：${excerpt(reason, 80)}`, at)
      toWorkers(db, r, '社区已办结工单', `${subject(r)}：${CLOSE_AS_LABELS[as]}`, at)
      return
    }
    case 'reassign': {
      const grid = input.gridId ? findGrid(db, input.gridId) : undefined
      if (!grid || grid.communityId !== r.location.communityId) throw fail.validation({ gridId: '请选择本社区的网格' })
      if (grid.id === r.location.gridId) throw fail.validation({ gridId: '工单已在这个网格，请选择其他网格，或退回网格员' })
      toWorkers(db, r, '工单已改派', `${subject(r)}已由社区改派至${grid.name}`, at, actor.id)
      r.takenAt = null
      r.escalatedTo = null
      delete r.communitySponsor
      for (const g of REOPEN_CLEARS) delete r.gateDone[g]
      dispatchTo(db, r, grid, actor, at, `社区复核后改派：${reason}`)
      return
    }
    case 'escalate': {
      const dept = input.department as DepartmentKey
      const dlabel = departmentLabel(dept)
      r.status = 'handling'
      r.escalatedTo = dept
      r.communitySponsor = true
      if (!r.takenAt) r.takenAt = at
      r.deadline = addMs(at, limitMs(r))
      for (const g of REOPEN_CLEARS) delete r.gateDone[g]
      addEvent(db, r, { at, gate: 'handle', action: 'escalate', ...byUser(actor, 'organiser'), department: dept, text: `${communityName(db, r)}主办，吹哨${dlabel}协同：${reason}` })
      toFollowers(db, r, `社区已联系${dlabel}`, `${subject(r)}由${communityName(db, r)}牵头，${dlabel}协同处理。`, at)
      toWorkers(db, r, '社区吹哨部门', `${subject(r)}：${communityName(db, r)}主办，${dlabel}协同，请继续跟进`, at, actor.id)
      return
    }
  }
}

// ---- 巡查 (未诉先办) ------------------------------------------------------------------------

export interface PatrolOp {
  category: ReportCategory
  description: string
  photos: string[]
  location: { address: string; communityId: string; gridId?: string; latitude?: number; longitude?: number }
}

/**
 * A grid worker's own finding on patrol: 受理 and 派发 to themself at once, taken (status
 * handling), with no contact phone. It then goes 办结 → 审核 → closed: nobody rates it (no resident
 * reported it), though residents may follow it while it is open.
 */
export function createPatrol(db: DbState, input: PatrolOp, worker: UserRecord, at: Iso): ReportRecord {
  if (!worker.gridId || input.location.gridId !== worker.gridId) throw fail.validation({ 'location.gridId': '只能上报本网格巡查发现的问题' })
  const grid = findGrid(db, worker.gridId)
  if (!grid || grid.communityId !== input.location.communityId) throw fail.validation({ 'location.gridId': '只能上报本网格巡查发现的问题' })
  const info = CATEGORY_INFO[input.category]
  const location: ReportRecord['location'] = { address: input.location.address, communityId: grid.communityId, gridId: grid.id }
  if (typeof input.location.latitude === 'number') location.latitude = input.location.latitude
  if (typeof input.location.longitude === 'number') location.longitude = input.location.longitude
  const r: ReportRecord = {
    id: newReportId(db, at),
    category: input.category,
    urgency: info.urgency,
    status: 'handling',
    description: input.description,
    photos: input.photos.slice(),
    location,
    anonymous: false,
    contactPhone: '',
    reporterId: worker.id,
    followerIds: [],
    assigneeId: worker.id,
    takenAt: at,
    escalatedTo: null,
    reopenCount: 0,
    rating: null,
    ratingComment: null,
    createdAt: at,
    dispatchedAt: at,
    deadline: addMs(at, limitMs({ urgency: info.urgency } as ReportRecord)),
    updatedAt: at,
    patrol: true,
    gateDone: {},
    events: [],
  }
  const me = byUser(worker, 'grid_worker')
  addEvent(db, r, { at, gate: 'accept', action: 'patrol', ...me, text: `网格员巡查发现：${info.label}` })
  r.gateDone.accept = { at, ...me }
  addEvent(db, r, { at, gate: 'dispatch', action: 'take', ...me, text: `网格员巡查发现，自行接单办理，时限：${URGENCY_LABELS[r.urgency]}` })
  r.gateDone.dispatch = { at, ...me }
  db.reports.push(r)
  return r
}

// ---- the clock: 审核 passes by itself, overdue gates are chased (督办) ----------------------------

const nextDue = new WeakMap<ReportRecord[], number>()

/** Some deadline may now fall earlier than the last tick knew: look again next time. */
function touch(db: DbState): void {
  nextDue.delete(db.reports)
}

/** The kind the holder already gets for this ticket: the community's 待分派, or the grid's order. */
function holderKind(r: ReportRecord): MessageKind {
  return r.status === 'dispatching' ? 'report_dispatch' : 'report_order'
}

function gateLimitMs(r: ReportRecord): number {
  return r.status === 'dispatching' ? DISPATCH_LIMIT_HOURS * HOUR : limitMs(r)
}

/**
 * Applies what fell due up to `now`, each at its own instant: a 审核 nobody acted on passes by
 * itself; an open gate past its deadline tells its holder once (per deadline); at SUPERVISE_FACTOR
 * times its limit the ticket is 督办 (supervised) and the community's workers are told.
 */
export function tickReports(db: DbState, now: Date): boolean {
  const t = now.getTime()
  const known = nextDue.get(db.reports)
  if (known !== undefined && t < known) return false
  let next = Infinity
  const due: [number, ReportRecord, 'pass' | 'chase' | 'supervise'][] = []
  const at = (ms: number, r: ReportRecord, kind: 'pass' | 'chase' | 'supervise') => {
    if (ms <= t) due.push([ms, r, kind])
    else if (ms < next) next = ms
  }
  for (const r of db.reports) {
    if (r.status === 'reviewing' && r.reviewDeadline) at(Date.parse(r.reviewDeadline), r, 'pass')
    if (!isOpen(r)) continue
    const d = Date.parse(r.deadline)
    if (r.chasedFor !== r.deadline) at(d + 1, r, 'chase')
    if (!r.supervised) at(d + (SUPERVISE_FACTOR - 1) * gateLimitMs(r), r, 'supervise')
  }
  due.sort((a, b) => a[0] - b[0])
  for (const [ms, r, kind] of due) {
    const iso = new Date(ms).toISOString()
    if (kind === 'pass' && r.status === 'reviewing') passReview(db, r, null, iso)
    else if (kind === 'chase' && isOpen(r) && r.chasedFor !== r.deadline) {
      r.chasedFor = r.deadline
      const gate = r.status === 'dispatching' ? '派发' : '办理'
      toHolder(db, r, `工单已超时（${gate}）`, `${subject(r)}已超过${gate}时限（${chinaDayTime(r.deadline)}），请尽快处理；超过时限${SUPERVISE_FACTOR}倍将由社区督办。`, iso, holderKind(r))
    } else if (kind === 'supervise' && isOpen(r) && !r.supervised) {
      r.supervised = true
      const gate = r.status === 'dispatching' ? '派发' : '办理'
      const c = community(db, r)
      addEvent(db, r, { at: iso, gate: r.status === 'dispatching' ? 'dispatch' : 'handle', action: 'supervise', ...c, text: `${gate}已超过时限${SUPERVISE_FACTOR}倍，${c.actorName}督办` })
      notify(
        db,
        communityWorkerIds(db, r.location.communityId),
        { kind: 'report_supervise', title: '工单督办', body: `${subject(r)}${gate}已超过时限${SUPERVISE_FACTOR}倍，请督促办理`, link: links.reportDetail(r.id), subject: reportSubject(r.id) },
        iso,
      )
      toHolder(db, r, '工单已被督办', `${subject(r)}${gate}已超过时限${SUPERVISE_FACTOR}倍，社区已督办，请尽快处理。`, iso, holderKind(r))
    }
  }
  // what fired may have moved deadlines (nothing here does yet); look again from scratch next time
  if (due.length) nextDue.delete(db.reports)
  else nextDue.set(db.reports, next)
  return due.length > 0
}
