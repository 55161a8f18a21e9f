// The community's side of the report loop (社区工作者, the organiser role): reviewing returned
// and thrice-rejected tickets, the 审核 gate, patrol reports (未诉先办), overdue chasing (督办),
// the published rates, and the public 民情地图 that identifies nobody.
import { endpoint, type Iso } from '../common'
import type { DepartmentKey, Gate, ReportCategory, ReportStatus } from '../reports/model'

/**
 * Errors as elsewhere: 400 VALIDATION_FAILED with `fields`, 401, 403 (role), 404 (missing or not
 * the caller's to see), 409 (the state forbids it; the message says why).
 */
export const communityEndpoints = {
  /** POST ReviewInput → Report (a community worker of the ticket's community) */
  review: endpoint('/reports/:id/review'),
  /** POST PatrolInput → 201 Report (a grid worker, in their own grid): starts at 办理, patrol */
  patrol: endpoint('/reports/patrol'),
  /** GET RatesQuery → Rates (signed in: a grid worker their grids, a community worker their community and its grids, anyone the district) */
  rates: endpoint('/stats/rates'),
  /** GET DashboardQuery → Dashboard (a community worker: their community) */
  dashboard: endpoint('/stats/dashboard'),
  /** GET PublicMapQuery → PublicMap (public, no login) */
  publicMap: endpoint('/public/map'),
  /** GET → GridFigures (public): a grid's open items, this month's rates, its service phone */
  gridFigures: endpoint('/public/grids/:id'),
}

/** The community has this many working days to pass or send back a handled ticket (审核); then it passes by itself. */
export const REVIEW_LIMIT_WORKING_DAYS = 1
/** 督办: a gate open this many times its limit puts the ticket in the community's queue. */
export const SUPERVISE_FACTOR = 2
/** Hot topic: a category's reports in a community rise by this share against the four weeks before… */
export const HOT_TOPIC_RISE = 0.5
/** …with at least this many reports in the week. */
export const HOT_TOPIC_MIN = 5
/** 民情地图 lists at most this many items, newest first (the counts cover all). */
export const PUBLIC_MAP_MAX = 300

/**
 * What a community worker does with a ticket in their review queue.
 * On a returned order (退单) or a thrice-rejected ticket (status community_review):
 *   close: the ticket ends with a reason the resident reads (and may rate): `closeAs`
 *     'out_of_scope' 不属于受理范围 | 'elsewhere' 已转他处 | 'explained' (thrice-rejected: 书面说明);
 *   reassign: to another grid of the community (`gridId`), its worker takes it from 待接单;
 *   escalate: to a department (`department`) with the community as sponsor (主办);
 *   send_back: to the same grid worker with a note (the order reopens at 办理).
 * On a handled ticket waiting at 审核 (status reviewing): pass | send_back (with a reason).
 */
export const REVIEW_ACTIONS = ['close', 'reassign', 'escalate', 'send_back', 'pass'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]
export const CLOSE_AS = ['out_of_scope', 'elsewhere', 'explained'] as const
export type CloseAs = (typeof CLOSE_AS)[number]
export const CLOSE_AS_LABELS: Record<CloseAs, string> = {
  out_of_scope: '不属于受理范围',
  elsewhere: '已转他处办理',
  explained: '社区书面说明后办结',
}

/** The periods rates are counted over, China time. */
export const PERIODS = ['this_month', 'last_month', 'this_year'] as const
export type Period = (typeof PERIODS)[number]
export const PERIOD_LABELS: Record<Period, string> = { this_month: '本月', last_month: '上月', this_year: '今年' }

/**
 * The four published rates, each null when its denominator is 0. Counted over the tickets of the
 * scope whose event falls in the period (China time):
 * - 响应率 responseRate = taken within 24 h of dispatch / dispatched in the period;
 * - 解决率 resolutionRate = closed as solved (rated 满意 or 基本满意, or closed without a rating
 *   after 回访) / due in the period (deadline in the period, or closed in it);
 * - 满意率 satisfactionRate = (满意 + 基本满意) / rated in the period;
 * - 按时办结率 onTimeRate = handled before their deadline / handled in the period.
 * Tickets withdrawn (撤回) or gone to 解忧小屋 (civil) count in `reported` only.
 */
export interface Rates {
  scope: 'grid' | 'community' | 'district'
  id: string
  name: string
  period: Period
  from: Iso
  to: Iso
  responseRate: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
  onTimeRate: number | null
  counts: {
    reported: number
    patrol: number
    open: number
    overdue: number
    dispatched: number
    respondedIn24h: number
    due: number
    solved: number
    rated: number
    satisfied: number
    handled: number
    handledOnTime: number
  }
  /** average hours per gate for tickets that passed it in the period (null: none) */
  gateHours: Record<Gate, number | null>
}

export interface Dashboard {
  period: Period
  community: Rates
  grids: Rates[]
  district: Rates
  /** the last 8 weeks, oldest first: reports filed and tickets solved per week (Monday, China time) */
  trend: { week: string; reported: number; solved: number }[]
  /** this period's categories, most reported first */
  topCategories: { category: ReportCategory; count: number }[]
  /** categories whose reports this week rose by HOT_TOPIC_RISE or more against the average of the four weeks before (at least HOT_TOPIC_MIN) */
  hotTopics: { category: ReportCategory; count: number; baseline: number }[]
}

/** One item of 民情地图: never a name, phone, exact address or photo. */
export interface PublicItem {
  /** an opaque handle, not the ticket number */
  ref: string
  category: ReportCategory
  status: ReportStatus
  /** the gate it is at (null: ended) */
  gate: Gate | null
  daysOpen: number
  communityId: string
  gridId: string
  gridName: string
  /** 'YYYY-MM' filed */
  month: string
  /** found on patrol (未诉先办) */
  patrol: boolean
}

export interface PublicMap {
  communities: {
    id: string
    name: string
    grids: { id: string; name: string; open: number; closed: number; patrol: number }[]
  }[]
  items: PublicItem[]
  /** anonymous and private reports appear only as counts */
  counted: { anonymous: number }
}

export interface GridFigures {
  gridId: string
  gridName: string
  communityName: string
  open: number
  rates: Rates
  servicePhone: string
}

export type DepartmentSponsor = DepartmentKey
