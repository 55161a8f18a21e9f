// 随手拍 routes. Order of checks on an action: auth (401) → role (403, by the router) →
// the report exists and the caller may see it (404, never 403) → the caller may act (403) →
// the body is valid (400) → the state allows it (409).
import {
  OPEN_REPORT_STATUSES,
  communityEndpoints,
  patrolSchema,
  reviewSchema,
  reportCreateSchema,
  reportEndpoints,
  reportEscalateSchema,
  reportHandleSchema,
  reportListQuerySchema,
  reportNoteSchema,
  reportAssignSchema,
  reportRateSchema,
  reportReturnSchema,
  reportCivilSchema,
  reportSupplementSchema,
  reportWithdrawSchema,
  similarQuerySchema,
  type ReportListFilter,
  type ReportStatus,
} from '../../../src/contract'
import type { z } from 'zod'
import { findReadable, hasRole, type ReadRule } from '../../server/access'
import type { DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { fail } from '../../server/errors'
import { body, query } from '../../server/input'
import { rateLimit } from '../../server/limit'
import { paginate } from '../../server/paging'
import type { RouteContext, RouteDef } from '../../server/router'
import { DAY, HOUR } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { findCommunity, findGrid } from '../geo/state'
import { PHOTO_BODY_MAX_BYTES, takePhotos } from '../photos/state'
import {
  addNote,
  assignReport,
  createReport,
  escalateReport,
  handleReport,
  isCommunityWorkerOf,
  isGridWorkerOf,
  isOpen,
  joinReport,
  leaveReport,
  rateReport,
  returnReport,
  civilReport,
  createPatrol,
  reviewReport,
  tickReports,
  supplementReport,
  takeReport,
  urgeReport,
  withdrawReport,
} from './machine'
import { seedReports } from './seed'
import { emptyReports, type ReportRecord, type ReportsSlice } from './state'
import { REPORT_READERS, canView, isOverdue, toReport, toSummary } from './view'

export * from './machine'
export * from './state'
export * from './view'

/** At most this many new reports per user per rolling hour. */
export const REPORTS_PER_HOUR = 10
const createLimit = rateLimit({ name: 'reports.create', max: REPORTS_PER_HOUR, windowMs: HOUR })
/** A grid worker on patrol files more than a resident: at most this many patrol reports per rolling hour. */
export const PATROLS_PER_HOUR = 30
const patrolLimit = rateLimit({ name: 'reports.patrol', max: PATROLS_PER_HOUR, windowMs: HOUR })
/** At most this many tickets joined (我也遇到了) per user per rolling day. */
export const JOINS_PER_DAY = 20
const joinLimit = rateLimit({ name: 'reports.join', max: JOINS_PER_DAY, windowMs: DAY })

/** Reports answer their own 404: the same whether the ticket is missing or not the caller's. */
export const REPORT_NOT_FOUND = '工单不存在或无权查看'

/** The report, if the caller may see it; otherwise 404 whether it exists or not. */
function visibleReport(ctx: RouteContext): ReportRecord {
  return findReadable(ctx.db.reports, ctx.params.id, ctx.me(), REPORT_READERS, REPORT_NOT_FOUND)
}

function full(ctx: RouteContext, r: ReportRecord) {
  return { status: 200, body: toReport(ctx.db, r, ctx.me(), ctx.now) }
}

// open/done of GET /reports?status=: for a resident, open = not closed yet; for a worker's queue,
// open = OPEN_REPORT_STATUSES (the to-do) and done = everything else.
const MINE_OPEN: ReportStatus[] = ['dispatching', 'pending', 'handling', 'reviewing', 'replied', 'community_review']
const MINE_DONE: ReportStatus[] = ['closed', 'withdrawn', 'civil']
const QUEUE_DONE: ReportStatus[] = ['reviewing', 'replied', 'closed', 'community_review', 'withdrawn', 'civil']

/** Waiting for the community: to be assigned (待分派), returned or thrice rejected (社区复核), at 审核, or chased (督办). */
function inReview(r: ReportRecord): boolean {
  return r.status === 'dispatching' || r.status === 'community_review' || r.status === 'reviewing' || (!!r.supervised && isOpen(r))
}

// the community's list: open = 待分派 and the grids' to-do
const COMMUNITY_OPEN: ReportStatus[] = ['dispatching', ...OPEN_REPORT_STATUSES]

function statusFilter(scope: 'mine' | 'queue' | 'community' | 'review', status: ReportListFilter | undefined): (r: ReportRecord) => boolean {
  if (status === undefined || status === 'all') return () => true
  if (scope === 'community') return (r) => (COMMUNITY_OPEN.indexOf(r.status) >= 0) === (status === 'open')
  if (scope === 'review') return (r) => inReview(r) === (status === 'open')
  const set = scope === 'mine' ? (status === 'open' ? MINE_OPEN : MINE_DONE) : status === 'open' ? OPEN_REPORT_STATUSES : QUEUE_DONE
  return (r) => set.indexOf(r.status) >= 0
}

/**
 * 待接单 first (a new order waits for nobody but the worker), then overdue, then by deadline
 * (soonest first); then the rest newest first, closed and withdrawn last.
 */
export function queueOrder(now: Date): (a: ReportRecord, b: ReportRecord) => number {
  const rank = (r: ReportRecord) =>
    r.status === 'pending' ? 0 : isOpen(r) ? (isOverdue(r, now) ? 1 : 2) : r.status === 'closed' || r.status === 'withdrawn' || r.status === 'civil' ? 4 : 3
  return (a, b) => {
    const ra = rank(a)
    const rb = rank(b)
    if (ra !== rb) return ra - rb
    if (ra <= 2) return Date.parse(a.deadline) - Date.parse(b.deadline)
    return Date.parse(b.updatedAt) - Date.parse(a.updatedAt)
  }
}

function listReports(ctx: RouteContext) {
  const me = ctx.me()
  const q = query(ctx, reportListQuerySchema)
  const keep = statusFilter(q.scope, q.status)
  let list: ReportRecord[]
  if (q.scope === 'mine') {
    if (!hasRole(me, 'resident')) throw fail.forbidden('只有居民可以查看“我的反映”')
    list = ctx.db.reports
      .filter((r) => (r.reporterId === me.id || r.followerIds.indexOf(me.id) >= 0) && keep(r))
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
  } else if (q.scope === 'review') {
    if (!hasRole(me, 'organiser') || !me.communityId) throw fail.forbidden('只有社区工作者可以查看复核队列')
    // 待分派 first (nobody else can move them), then the rest; the longest waiting first
    const rank = (r: ReportRecord) => (r.status === 'dispatching' ? 0 : 1)
    list = ctx.db.reports
      .filter((r) => isCommunityWorkerOf(me, r.location.communityId) && (q.status ? keep(r) : inReview(r)))
      .sort((a, b) => rank(a) - rank(b) || Date.parse(a.updatedAt) - Date.parse(b.updatedAt))
  } else if (q.scope === 'community') {
    if (!hasRole(me, 'organiser') || !me.communityId) throw fail.forbidden('只有社区工作者可以查看本社区的工单')
    const byQueue = queueOrder(ctx.now)
    list = ctx.db.reports
      .filter((r) => isCommunityWorkerOf(me, r.location.communityId) && keep(r))
      // 待分派 first, the longest waiting first: nobody else can move them
      .sort((a, b) =>
        a.status === 'dispatching' || b.status === 'dispatching'
          ? (a.status === 'dispatching' ? 0 : 1) - (b.status === 'dispatching' ? 0 : 1) || Date.parse(a.deadline) - Date.parse(b.deadline)
          : byQueue(a, b),
      )
  } else {
    if (!hasRole(me, 'grid_worker') || !me.gridId) throw fail.forbidden('只有网格员可以查看工单队列')
    list = ctx.db.reports.filter((r) => (r.location.gridId === me.gridId || r.assigneeId === me.id) && keep(r)).sort(queueOrder(ctx.now))
  }
  return { status: 200, body: paginate(list.map((r) => toSummary(ctx.db, r, me, ctx.now)), q) }
}

/**
 * The similar list is for the grid a resident is reporting in, not a way to read every grid's open
 * problems: their home grid always answers; other grids count, at most this many a day.
 */
export const SIMILAR_GRIDS_PER_DAY = 8
const similarGrids = rateLimit({ name: 'reports.similar.grids', max: SIMILAR_GRIDS_PER_DAY, windowMs: DAY })
// marks a grid already looked at today, so coming back to it costs nothing
const similarSeen = rateLimit({ name: 'reports.similar.seen', max: 1, windowMs: DAY })

function similar(ctx: RouteContext) {
  const q = query(ctx, similarQuerySchema)
  if (!findGrid(ctx.db, q.gridId)) throw fail.validation({ gridId: '请选择网格' })
  const me = ctx.me()
  if (!hasRole(me, 'resident')) throw fail.forbidden('只有居民可以查看同类问题')
  if (q.gridId !== me.gridId) {
    const seen = `${me.id}|${q.gridId}`
    if (similarSeen.remaining(ctx.db, seen, ctx.now) > 0) {
      similarGrids.take(ctx.db, me.id, ctx.now)
      similarSeen.hit(ctx.db, seen, ctx.now)
    }
  }
  const list = ctx.db.reports
    .filter((r) => r.category === q.category && r.location.gridId === q.gridId && isOpen(r))
    .sort((a, b) => b.followerIds.length - a.followerIds.length || (a.createdAt < b.createdAt ? 1 : -1))
    // summaries carry no personal data: no names, no phones, no one's photo
    .map((r) => toSummary(ctx.db, r, me, ctx.now, false))
  return { status: 200, body: paginate(list, q) }
}

function checkLocation(db: DbState, loc: { communityId: string; gridId?: string }): void {
  if (!findCommunity(db, loc.communityId)) throw fail.validation({ 'location.communityId': '所选社区不存在' })
  // 我不确定: the community's worker assigns the grid
  if (!loc.gridId) return
  const grid = findGrid(db, loc.gridId)
  if (!grid) throw fail.validation({ 'location.gridId': '所选网格不存在' })
  if (grid.communityId !== loc.communityId) throw fail.validation({ 'location.gridId': '所选网格不属于该社区' })
}

async function create(ctx: RouteContext) {
  const me = ctx.me()
  const input = body(ctx, reportCreateSchema)
  checkLocation(ctx.db, input.location)
  createLimit.check(ctx.db, me.id, ctx.now)
  // references only from here on: a data URL (an older draft) is stored now
  const photos = await takePhotos(ctx, input.photos)
  createLimit.hit(ctx.db, me.id, ctx.now)
  const r = createReport(ctx.db, { ...input, photos }, me, ctx.nowIso)
  return { status: 201, body: toReport(ctx.db, r, me, ctx.now) }
}

/** 巡查: a grid worker's own finding, in their own grid; it starts taken by them, at 办理. */
async function patrol(ctx: RouteContext) {
  const me = ctx.me()
  const input = body(ctx, patrolSchema)
  checkLocation(ctx.db, input.location)
  if (!me.gridId || input.location.gridId !== me.gridId) throw fail.validation({ 'location.gridId': '只能上报本网格巡查发现的问题' })
  patrolLimit.check(ctx.db, me.id, ctx.now)
  const photos = await takePhotos(ctx, input.photos)
  patrolLimit.hit(ctx.db, me.id, ctx.now)
  const r = createPatrol(ctx.db, { ...input, photos }, me, ctx.nowIso)
  return { status: 201, body: toReport(ctx.db, r, me, ctx.now) }
}

/** Anyone may join an open ticket they found in the similar list; a closed one stays private. */
const JOINABLE: ReadRule<ReportRecord> = { readers: (r, u) => isOpen(r) || canView(r, u) }

function join(ctx: RouteContext) {
  const me = ctx.me()
  const r = findReadable(ctx.db.reports, ctx.params.id, me, JOINABLE, REPORT_NOT_FOUND)
  // only a join that adds the caller counts (joining again, or one's own ticket, changes nothing)
  const joins = r.reporterId !== me.id && r.followerIds.indexOf(me.id) < 0
  if (joins) joinLimit.check(ctx.db, me.id, ctx.now)
  joinReport(ctx.db, r, me, ctx.nowIso)
  if (joins) joinLimit.hit(ctx.db, me.id, ctx.now)
  return full(ctx, r)
}

/** 退出关注: allowed while one follows it; again (or for an open ticket one found) changes nothing. */
function leave(ctx: RouteContext) {
  const me = ctx.me()
  const r = findReadable(ctx.db.reports, ctx.params.id, me, JOINABLE, REPORT_NOT_FOUND)
  leaveReport(r, me)
  // what anyone may see of an open ticket: no names, no phones, no photos
  return { status: 200, body: toSummary(ctx.db, r, me, ctx.now, false) }
}

/** A step only the reporter may take: 补充, 撤回. */
function reporterAction<S extends z.ZodTypeAny>(
  pattern: string,
  schema: S,
  op: (db: DbState, r: ReportRecord, actor: UserRecord, input: z.output<S>, at: string) => void,
  forbidden: string,
  withPhotos = false,
): RouteDef {
  return {
    method: 'POST',
    pattern,
    roles: ['resident'],
    ...(withPhotos ? { maxBodyBytes: PHOTO_BODY_MAX_BYTES } : {}),
    handler: async (ctx) => {
      const r = visibleReport(ctx)
      if (r.reporterId !== ctx.me().id) throw fail.forbidden(forbidden)
      const input = body(ctx, schema)
      if (input && Array.isArray(input.photos)) input.photos = await takePhotos(ctx, input.photos)
      op(ctx.db, r, ctx.me(), input, ctx.nowIso)
      return full(ctx, r)
    },
  }
}

/**
 * A step of the order that only the worker who holds it may take: 进展, 吹哨, 退单, 办结. Only
 * the steps whose body carries photos (`withPhotos`) accept a body larger than the core's 64 KB.
 */
function assigneeAction<S extends z.ZodTypeAny>(
  pattern: string,
  schema: S,
  op: (db: DbState, r: ReportRecord, actor: UserRecord, input: z.output<S>, at: string) => void,
  withPhotos = false,
): RouteDef {
  return {
    method: 'POST',
    pattern,
    roles: ['grid_worker'],
    ...(withPhotos ? { maxBodyBytes: PHOTO_BODY_MAX_BYTES } : {}),
    handler: async (ctx) => {
      const r = visibleReport(ctx)
      if (r.assigneeId !== ctx.me().id) throw fail.forbidden('该工单由其他网格员负责')
      const input = body(ctx, schema)
      // 进展 and 办结 may carry photos: references only from here on (a later failure takes them back)
      if (input && Array.isArray(input.photos)) input.photos = await takePhotos(ctx, input.photos)
      op(ctx.db, r, ctx.me(), input, ctx.nowIso)
      return full(ctx, r)
    },
  }
}

const routes: RouteDef[] = [
  { method: 'GET', pattern: reportEndpoints.list.pattern, handler: listReports },
  { method: 'POST', pattern: reportEndpoints.list.pattern, roles: ['resident'], maxBodyBytes: PHOTO_BODY_MAX_BYTES, handler: create },
  // before '/reports/:id', which would take 'similar' for an id
  { method: 'GET', pattern: reportEndpoints.similar.pattern, handler: similar },
  { method: 'GET', pattern: reportEndpoints.detail.pattern, handler: (ctx) => full(ctx, visibleReport(ctx)) },
  { method: 'POST', pattern: reportEndpoints.join.pattern, roles: ['resident'], handler: join },
  { method: 'POST', pattern: communityEndpoints.patrol.pattern, roles: ['grid_worker'], maxBodyBytes: PHOTO_BODY_MAX_BYTES, handler: patrol },
  {
    method: 'POST',
    pattern: communityEndpoints.review.pattern,
    roles: ['organiser'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (!isCommunityWorkerOf(ctx.me(), r.location.communityId)) throw fail.forbidden('只有本社区的社区工作者可以复核和审核')
      reviewReport(ctx.db, r, ctx.me(), body(ctx, reviewSchema), ctx.nowIso)
      return full(ctx, r)
    },
  },
  {
    method: 'POST',
    pattern: reportEndpoints.take.pattern,
    roles: ['grid_worker'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (!isGridWorkerOf(ctx.me(), r.location.gridId)) throw fail.forbidden('只能接本网格的工单')
      takeReport(ctx.db, r, ctx.me(), ctx.nowIso)
      return full(ctx, r)
    },
  },
  assigneeAction(reportEndpoints.note.pattern, reportNoteSchema, addNote, true),
  assigneeAction(reportEndpoints.escalate.pattern, reportEscalateSchema, escalateReport),
  assigneeAction(reportEndpoints.giveBack.pattern, reportReturnSchema, returnReport),
  assigneeAction(reportEndpoints.civil.pattern, reportCivilSchema, civilReport),
  assigneeAction(reportEndpoints.handle.pattern, reportHandleSchema, handleReport, true),
  {
    method: 'POST',
    pattern: reportEndpoints.rate.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (r.reporterId !== ctx.me().id) throw fail.forbidden('只有提交人可以评价')
      rateReport(ctx.db, r, ctx.me(), body(ctx, reportRateSchema), ctx.nowIso)
      return full(ctx, r)
    },
  },
  {
    method: 'POST',
    pattern: reportEndpoints.urge.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      urgeReport(ctx.db, r, ctx.me(), ctx.nowIso)
      return full(ctx, r)
    },
  },
  reporterAction(reportEndpoints.supplement.pattern, reportSupplementSchema, supplementReport, '只有反映人可以补充说明', true),
  reporterAction(reportEndpoints.withdraw.pattern, reportWithdrawSchema, withdrawReport, '只有反映人可以撤回'),
  { method: 'POST', pattern: reportEndpoints.leave.pattern, roles: ['resident'], handler: leave },
  {
    method: 'POST',
    pattern: reportEndpoints.assign.pattern,
    roles: ['organiser'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (!isCommunityWorkerOf(ctx.me(), r.location.communityId)) throw fail.forbidden('只有本社区的社区工作者可以分派')
      assignReport(ctx.db, r, ctx.me(), body(ctx, reportAssignSchema), ctx.nowIso)
      return full(ctx, r)
    },
  },
]

export const reportsDomain: DomainModule<ReportsSlice> = {
  name: 'reports',
  routes,
  empty: emptyReports,
  seed: seedReports,
  tick: tickReports,
}
