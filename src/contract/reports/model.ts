// 随手拍: the closed loop of a report through six gates, for residents and grid workers.
import { endpoint, type Iso, type Role, type Tone } from '../common'
import type { CloseAs } from '../community/model'

export const reportEndpoints = {
  list: endpoint('/reports'),
  similar: endpoint('/reports/similar'),
  detail: endpoint('/reports/:id'),
  join: endpoint('/reports/:id/join'),
  take: endpoint('/reports/:id/take'),
  note: endpoint('/reports/:id/notes'),
  escalate: endpoint('/reports/:id/escalate'),
  giveBack: endpoint('/reports/:id/return'),
  handle: endpoint('/reports/:id/handle'),
  rate: endpoint('/reports/:id/rate'),
  /** 分派: the community worker sends a ticket whose grid the resident did not know to a grid */
  assign: endpoint('/reports/:id/assign'),
  /** 催办: a resident following the ticket, once its current gate is overdue */
  urge: endpoint('/reports/:id/urge'),
  /** 补充说明 / 补充照片 by the reporter while the ticket is open */
  supplement: endpoint('/reports/:id/supplement'),
  /** 撤回 by the reporter before it is taken */
  withdraw: endpoint('/reports/:id/withdraw'),
  /** 退出关注: a follower leaves (the opposite of join); leaving twice is harmless */
  leave: endpoint('/reports/:id/leave'),
  /** 民间纠纷: the assigned worker finds it a private matter between neighbours; the ticket ends and its reporter may take it to 解忧小屋 */
  civil: endpoint('/reports/:id/civil'),
}

/** A resident may urge a ticket once per this many hours (and only once it is overdue). */
export const URGE_INTERVAL_HOURS = 24

/** Time limits by urgency, counted from dispatch. */
export const URGENCIES = ['emergency', 'utilities', 'ordinary', 'complex'] as const
export type Urgency = (typeof URGENCIES)[number]
export const URGENCY_LIMIT_HOURS: Record<Urgency, number> = {
  emergency: 2,
  utilities: 24,
  ordinary: 24 * 7,
  complex: 24 * 15,
}
export const URGENCY_LABELS: Record<Urgency, string> = {
  emergency: '紧急 · 2小时内',
  utilities: '水电气 · 24小时内',
  ordinary: '一般 · 7天内',
  complex: '复杂 · 15天内',
}

export const REPORT_CATEGORIES = [
  'environment',
  'facilities',
  'safety',
  'water_leak',
  'parking',
  'noise',
  'greenery',
  'elderly_care',
  'other',
] as const
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]

export interface CategoryInfo {
  key: ReportCategory
  label: string
  urgency: Urgency
  hint: string
}

export const CATEGORY_INFO: Record<ReportCategory, CategoryInfo> = {
  environment: { key: 'environment', label: '垃圾堆积', urgency: 'ordinary', hint: '垃圾未清运、乱倒建筑垃圾等' },
  facilities: { key: 'facilities', label: '设施损坏', urgency: 'complex', hint: '路灯、井盖、健身器材、楼道设施损坏' },
  safety: { key: 'safety', label: '安全隐患', urgency: 'emergency', hint: '飞线充电、消防通道堵塞、高空坠物风险' },
  water_leak: { key: 'water_leak', label: '漏水', urgency: 'utilities', hint: '水管爆裂、楼上渗水、停水' },
  parking: { key: 'parking', label: '乱停车', urgency: 'ordinary', hint: '占用消防通道、人行道停车' },
  noise: { key: 'noise', label: '噪音', urgency: 'ordinary', hint: '夜间施工、广场舞、商铺噪音' },
  greenery: { key: 'greenery', label: '绿化', urgency: 'ordinary', hint: '树木倒伏、毁绿种菜、草坪破坏' },
  elderly_care: { key: 'elderly_care', label: '关爱帮扶', urgency: 'ordinary', hint: '独居老人、困难家庭需要帮助' },
  other: { key: 'other', label: '其他', urgency: 'ordinary', hint: '以上都不是的问题' },
}

/** The six gates of the closed loop, in order. */
export const GATES = ['accept', 'dispatch', 'handle', 'review', 'reply', 'visit'] as const
export type Gate = (typeof GATES)[number]
export const GATE_LABELS: Record<Gate, string> = {
  accept: '受理',
  dispatch: '派发',
  handle: '办理',
  review: '审核',
  reply: '回复',
  visit: '回访',
}

/**
 * dispatching: accepted, but the resident did not know the grid (我不确定): the community's
 *   worker (社区工作者) assigns it to one of its grids within DISPATCH_LIMIT_HOURS.
 * pending: accepted and dispatched to the grid worker, not yet taken (接单).
 * handling: taken; the worker (or a department it was escalated to) is on it.
 * replied: handled, reviewed and replied; waiting for the resident's rating (回访).
 * closed: rated 满意/基本满意.
 * community_review: returned by the worker (退单) or reopened too often; the community decides.
 * withdrawn: the reporter took it back before it was taken (撤回); final, like closed, but never
 *   counted as handled or rated.
 * reviewing: handled; waiting at 审核 for the community worker to pass it or send it back within
 *   REVIEW_LIMIT_WORKING_DAYS (then it passes by itself, and the timeline says so).
 * civil: the grid worker found it a private matter between neighbours (民间纠纷: a leak from the
 *   flat above, one neighbour's noise); final. Its reporter may file it to 解忧小屋, where the
 *   mediator sees this ticket's history.
 */
export const REPORT_STATUSES = ['dispatching', 'pending', 'handling', 'replied', 'closed', 'community_review', 'withdrawn', 'civil', 'reviewing'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  dispatching: '待分派',
  pending: '待接单',
  handling: '办理中',
  replied: '待评价',
  closed: '已办结',
  community_review: '社区复核',
  withdrawn: '已撤回',
  civil: '转解忧小屋',
  reviewing: '待审核',
}
/** The community has this long to assign a ticket filed without a grid (我不确定). */
export const DISPATCH_LIMIT_HOURS = 24
/** The grid worker's to-do: not yet taken, or being handled. */
export const OPEN_REPORT_STATUSES: readonly ReportStatus[] = ['pending', 'handling']
export const REPORT_STATUS_TONES: Record<ReportStatus, Tone> = {
  dispatching: 'orange',
  pending: 'orange',
  handling: 'blue',
  replied: 'purple',
  closed: 'green',
  community_review: 'grey',
  withdrawn: 'grey',
  civil: 'grey',
  reviewing: 'blue',
}

export const RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABELS: Record<Rating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  unsatisfied: '不满意',
}
/** 不满意 reopens the ticket at most this many times; the next one goes to the community. */
export const MAX_REOPENS = 2

export const DEPARTMENTS = [
  { key: 'chengguan', label: '城管' },
  { key: 'zhujian', label: '住建' },
  { key: 'huanwei', label: '环卫' },
  { key: 'wuye', label: '物业' },
  { key: 'gongshui', label: '供水' },
  { key: 'gongdian', label: '供电' },
  { key: 'ranqi', label: '燃气' },
  { key: 'yuanlin', label: '园林绿化' },
  { key: 'jiaojing', label: '交警' },
  { key: 'paichusuo', label: '派出所' },
] as const
export type DepartmentKey = (typeof DEPARTMENTS)[number]['key']

export const REPORT_ACTIONS = [
  'submit',
  'dispatch',
  'join',
  'take',
  'note',
  'escalate',
  'return',
  'review',
  'reply',
  'rate',
  'reopen',
  'to_community',
  'assign',
  'urge',
  'supplement',
  'withdraw',
  'civil',
  /** a grid worker's own finding (未诉先办) */
  'patrol',
  /** 督办: the community is told a gate is twice over its limit */
  'supervise',
  /** the community worker closes it with a reason the resident reads */
  'close',
] as const
export type ReportAction = (typeof REPORT_ACTIONS)[number]

// ---- reports (随手拍) -------------------------------------------------------

export interface ReportLocation {
  address: string
  communityId: string
  /** '' while the community has not assigned it to a grid (status dispatching) */
  gridId: string
  communityName: string
  gridName: string
  latitude?: number
  longitude?: number
}

/** Who sees a grid worker's progress note. */
export const NOTE_VISIBILITIES = ['resident', 'internal'] as const
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number]
export const NOTE_VISIBILITY_LABELS: Record<NoteVisibility, string> = {
  resident: '告知居民',
  internal: '内部记录（居民看不到）',
}

export interface ReportEvent {
  id: string
  at: Iso
  gate: Gate
  action: ReportAction
  /** who acted, as the viewer may see it (masked for others) */
  actorName: string
  actorRole: Role | 'system' | 'community'
  text?: string
  photos?: string[]
  department?: DepartmentKey
  rating?: Rating
  /** a worker's internal note: only the grid's workers are sent it */
  internal?: boolean
}

export interface GateState {
  gate: Gate
  state: 'done' | 'current' | 'waiting'
  at?: Iso
  actorName?: string
  /** the gate's time limit while it is open (the 办理 gate: counted from dispatch or the last reopen) */
  deadline?: Iso
}

/** How the viewer is related to a report; decides what they may see and do. */
export type ReportRelation = 'owner' | 'joined' | 'assignee' | 'community'

export interface ReportSummary {
  id: string
  category: ReportCategory
  urgency: Urgency
  status: ReportStatus
  /** first 60 characters */
  excerpt: string
  address: string
  gridId: string
  gridName: string
  createdAt: Iso
  /** deadline of the current gate, if it has one */
  deadline: Iso | null
  overdue: boolean
  followers: number
  /** how many times residents urged it (催办) */
  urgeCount: number
  thumb?: string
  relation?: ReportRelation
  /** found by the grid worker on patrol (未诉先办) */
  patrol: boolean
  /** 已督办: a gate was twice over its limit, and the community chases it */
  supervised: boolean
}

export interface Report extends ReportSummary {
  description: string
  photos: string[]
  location: ReportLocation
  anonymous: boolean
  /** '匿名' when anonymous; masked (张*明) unless the viewer is the reporter */
  reporterName: string
  /** masked unless the viewer is the reporter or the assigned grid worker */
  contactPhone: string
  assigneeName: string
  /** who holds the ticket now, e.g. '网格员 李*华' or '城管（网格员 李*华 跟进）' */
  holder: string
  currentGate: Gate | null
  gates: GateState[]
  escalatedTo: DepartmentKey | null
  reopenCount: number
  rating: Rating | null
  ratingComment: string | null
  events: ReportEvent[]
  /** the grid's public service phone ('' when there is none) */
  servicePhone: string
  /** the last urge (催办) of the viewer, if any: another is possible URGE_INTERVAL_HOURS after it */
  myLastUrgeAt: Iso | null
  /** how the community closed it, with the reason the resident reads (null: not closed by the community) */
  closedBy: { as: CloseAs; reason: string } | null
  /** the 解忧小屋 case filed from this ticket (status civil): its reporter only, null for everyone else */
  disputeId: string | null
  /** actions the viewer may take now; the server checks them again */
  can: ReportPermission[]
}

export type ReportPermission =
  | 'join'
  | 'leave'
  | 'take'
  | 'note'
  | 'escalate'
  | 'return'
  | 'handle'
  | 'rate'
  | 'urge'
  | 'supplement'
  | 'withdraw'
  | 'assign'
  | 'civil'
  /** the community worker's review (community_review or reviewing) */
  | 'review'
