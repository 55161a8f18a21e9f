// 随手拍 routes. Order of checks on an action: auth (401) → role (403, by the router) →
// the report exists and the caller may see it (404, never 403) → the caller may act (403) →
// the body is valid (400) → the state allows it (409).
import {
  REPORT_CATEGORIES,
  paths,
  reportCreateSchema,
  reportEscalateSchema,
  reportHandleSchema,
  reportNoteSchema,
  reportRateSchema,
  reportReturnSchema,
  routes,
  validate,
  type ReportCategory,
  type ReportStatus,
} from '../../../src/contract'
import { findCommunity, findGrid, findReport, type DbState, type ReportRecord, type UserRecord } from '../../server/db'
import { fail } from '../../server/errors'
import { paginate } from '../../server/paging'
import type { RouteContext, RouteDef } from '../../server/router'
import { HOUR } from '../../server/util'
import type { z } from 'zod'
import {
  addNote,
  createReport,
  escalateReport,
  handleReport,
  isGridWorkerOf,
  isOpen,
  joinReport,
  rateReport,
  returnReport,
  takeReport,
} from './machine'
import { canView, isOverdue, toReport, toSummary } from './view'

export * from './machine'
export * from './view'

/** At most this many new reports per user per rolling hour. */
export const REPORTS_PER_HOUR = 10

function body<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const v = validate(schema, input ?? {})
  if (!v.ok) throw fail.validation(v.fields)
  return v.data
}

/** The report, if the caller may see it; otherwise 404 whether it exists or not. */
function visibleReport(ctx: RouteContext): ReportRecord {
  const r = findReport(ctx.db, ctx.params.id)
  if (!r || !canView(r, ctx.me())) throw fail.notFound()
  return r
}

function full(ctx: RouteContext, r: ReportRecord) {
  return { status: 200, body: toReport(ctx.db, r, ctx.me(), ctx.now) }
}

function hasRole(u: UserRecord, role: UserRecord['roles'][number]): boolean {
  return u.roles.indexOf(role) >= 0
}

const MINE_OPEN: ReportStatus[] = ['pending', 'handling', 'replied', 'community_review']
const MINE_DONE: ReportStatus[] = ['closed']
const QUEUE_OPEN: ReportStatus[] = ['pending', 'handling']
const QUEUE_DONE: ReportStatus[] = ['replied', 'closed', 'community_review']

function statusFilter(scope: 'mine' | 'queue', status: string | undefined): (r: ReportRecord) => boolean {
  if (status === undefined || status === '' || status === 'all') return () => true
  if (status !== 'open' && status !== 'done') throw fail.validation({ status: '状态筛选应为 open、done 或 all' })
  const set = scope === 'mine' ? (status === 'open' ? MINE_OPEN : MINE_DONE) : status === 'open' ? QUEUE_OPEN : QUEUE_DONE
  return (r) => set.indexOf(r.status) >= 0
}

/** Overdue first, then by deadline (soonest first), then the rest newest first, closed last. */
export function queueOrder(now: Date): (a: ReportRecord, b: ReportRecord) => number {
  const rank = (r: ReportRecord) => (isOpen(r) ? (isOverdue(r, now) ? 0 : 1) : r.status === 'closed' ? 3 : 2)
  return (a, b) => {
    const ra = rank(a)
    const rb = rank(b)
    if (ra !== rb) return ra - rb
    if (ra <= 1) return Date.parse(a.deadline) - Date.parse(b.deadline)
    return Date.parse(b.updatedAt) - Date.parse(a.updatedAt)
  }
}

function listReports(ctx: RouteContext) {
  const me = ctx.me()
  const scope = ctx.req.query.scope
  if (scope !== 'mine' && scope !== 'queue') throw fail.validation({ scope: '请指定列表范围（mine 或 queue）' })
  const keep = statusFilter(scope, ctx.req.query.status)
  let list: ReportRecord[]
  if (scope === 'mine') {
    if (!hasRole(me, 'resident')) throw fail.forbidden('只有居民可以查看“我的反映”')
    list = ctx.db.reports
      .filter((r) => (r.reporterId === me.id || r.followerIds.indexOf(me.id) >= 0) && keep(r))
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
  } else {
    if (!hasRole(me, 'grid_worker') || !me.gridId) throw fail.forbidden('只有网格员可以查看工单队列')
    list = ctx.db.reports.filter((r) => (r.location.gridId === me.gridId || r.assigneeId === me.id) && keep(r)).sort(queueOrder(ctx.now))
  }
  return { status: 200, body: paginate(list.map((r) => toSummary(ctx.db, r, me, ctx.now)), ctx.req.query) }
}

function similar(ctx: RouteContext) {
  const { category, gridId } = ctx.req.query
  const fields: Record<string, string> = {}
  if (!category || (REPORT_CATEGORIES as readonly string[]).indexOf(category) < 0) fields.category = '请选择问题类别'
  if (!gridId || !findGrid(ctx.db, gridId)) fields.gridId = '请选择网格'
  if (Object.keys(fields).length) throw fail.validation(fields)
  const me = ctx.me()
  const list = ctx.db.reports
    .filter((r) => r.category === (category as ReportCategory) && r.location.gridId === gridId && isOpen(r))
    .sort((a, b) => b.followerIds.length - a.followerIds.length || (a.createdAt < b.createdAt ? 1 : -1))
    // summaries carry no personal data (no names, no phones)
    .map((r) => toSummary(ctx.db, r, me, ctx.now))
  return { status: 200, body: paginate(list, ctx.req.query) }
}

function checkLocation(db: DbState, loc: { communityId: string; gridId: string }): void {
  if (!findCommunity(db, loc.communityId)) throw fail.validation({ 'location.communityId': '所选社区不存在' })
  const grid = findGrid(db, loc.gridId)
  if (!grid) throw fail.validation({ 'location.gridId': '所选网格不存在' })
  if (grid.communityId !== loc.communityId) throw fail.validation({ 'location.gridId': '所选网格不属于该社区' })
}

function create(ctx: RouteContext) {
  const me = ctx.me()
  const input = body(reportCreateSchema, ctx.req.body)
  checkLocation(ctx.db, input.location)
  const since = ctx.now.getTime() - HOUR
  const recent = ctx.db.reports.filter((r) => r.reporterId === me.id && Date.parse(r.createdAt) > since).length
  if (recent >= REPORTS_PER_HOUR) throw fail.rateLimited()
  const r = createReport(ctx.db, input, me, ctx.nowIso)
  return { status: 201, body: toReport(ctx.db, r, me, ctx.now) }
}

function join(ctx: RouteContext) {
  const me = ctx.me()
  const r = findReport(ctx.db, ctx.params.id)
  // Anyone may join an open ticket they found in the similar list; a closed one stays private.
  if (!r || (!isOpen(r) && !canView(r, me))) throw fail.notFound()
  joinReport(ctx.db, r, me, ctx.nowIso)
  return full(ctx, r)
}

/** A step of the order that only the worker who holds it may take: 进展, 吹哨, 退单, 办结. */
function assigneeAction<S extends z.ZodTypeAny>(
  pattern: string,
  schema: S,
  op: (db: DbState, r: ReportRecord, actor: UserRecord, input: z.output<S>, at: string) => void,
): RouteDef {
  return {
    method: 'POST',
    pattern,
    roles: ['grid_worker'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (r.assigneeId !== ctx.me().id) throw fail.forbidden('该工单由其他网格员负责')
      op(ctx.db, r, ctx.me(), body(schema, ctx.req.body), ctx.nowIso)
      return full(ctx, r)
    },
  }
}

export const reportRoutes: RouteDef[] = [
  { method: 'GET', pattern: paths.reports, handler: listReports },
  { method: 'POST', pattern: paths.reports, roles: ['resident'], handler: create },
  { method: 'GET', pattern: paths.similarReports, handler: similar },
  { method: 'GET', pattern: routes.report, handler: (ctx) => full(ctx, visibleReport(ctx)) },
  { method: 'POST', pattern: routes.reportJoin, roles: ['resident'], handler: join },
  {
    method: 'POST',
    pattern: routes.reportTake,
    roles: ['grid_worker'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (!isGridWorkerOf(ctx.me(), r.location.gridId)) throw fail.forbidden('只能接本网格的工单')
      takeReport(ctx.db, r, ctx.me(), ctx.nowIso)
      return full(ctx, r)
    },
  },
  assigneeAction(routes.reportNote, reportNoteSchema, addNote),
  assigneeAction(routes.reportEscalate, reportEscalateSchema, escalateReport),
  assigneeAction(routes.reportReturn, reportReturnSchema, returnReport),
  assigneeAction(routes.reportHandle, reportHandleSchema, handleReport),
  {
    method: 'POST',
    pattern: routes.reportRate,
    roles: ['resident'],
    handler: (ctx) => {
      const r = visibleReport(ctx)
      if (r.reporterId !== ctx.me().id) throw fail.forbidden('只有提交人可以评价')
      rateReport(ctx.db, r, ctx.me(), body(reportRateSchema, ctx.req.body), ctx.nowIso)
      return full(ctx, r)
    },
  },
]
