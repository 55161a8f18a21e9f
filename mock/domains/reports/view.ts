// What a viewer sees of a report: computed on every read (overdue, current gate, gates, holder,
// permissions, relation) and masked for privacy.
import {
  GATES,
  maskName,
  maskPhone,
  type Gate,
  type GateState,
  type Report,
  type ReportEvent,
  type ReportPermission,
  type ReportRelation,
  type ReportSummary,
} from '../../../src/contract'
import { canRead, hasRole, type ReadRule } from '../../server/access'
import type { DbState } from '../../server/db'
import type { UserRecord } from '../auth/state'
import { findCommunity, findGrid } from '../geo/state'
import { departmentLabel, excerpt, isCommunityWorkerOf, isGridWorkerOf, isOpen, lastUrgeBy, urgeRefusal, urgesOf } from './machine'
import type { ActorRole, ReportRecord } from './state'

/**
 * Who may see a report: its reporter; a joined follower, a grid worker of its grid, its assignee,
 * or a community worker (社区工作者) of its community, who assigns and reviews its tickets.
 */
export const REPORT_READERS: ReadRule<ReportRecord> = {
  owner: (r) => r.reporterId,
  readers: (r, u) =>
    r.followerIds.indexOf(u.id) >= 0 ||
    isGridWorkerOf(u, r.location.gridId) ||
    (r.assigneeId === u.id && hasRole(u, 'grid_worker')) ||
    isCommunityWorkerOf(u, r.location.communityId),
}

export function canView(r: ReportRecord, viewer: UserRecord | null): boolean {
  return canRead(r, viewer, REPORT_READERS)
}

export function relationOf(r: ReportRecord, viewer: UserRecord | null): ReportRelation | undefined {
  if (!viewer) return undefined
  // a patrol ticket's reporter is its worker: they act on it as its assignee, not as a resident
  if (r.reporterId === viewer.id && !r.patrol) return 'owner'
  if (r.assigneeId === viewer.id || isGridWorkerOf(viewer, r.location.gridId)) return 'assignee'
  if (isCommunityWorkerOf(viewer, r.location.communityId)) return 'community'
  if (r.followerIds.indexOf(viewer.id) >= 0) return 'joined'
  return undefined
}

export function isOverdue(r: ReportRecord, now: Date): boolean {
  return isOpen(r) && now.getTime() > Date.parse(r.deadline)
}

export function currentGate(r: ReportRecord): Gate | null {
  switch (r.status) {
    case 'dispatching':
      return 'dispatch'
    case 'pending':
    case 'handling':
      return 'handle'
    case 'replied':
      return 'visit'
    case 'community_review':
    case 'reviewing':
      return 'review'
    default:
      return null
  }
}

/** The ticket's workers: its assignee, the grid workers of its grid and its community's workers. */
export function isWorkerView(r: ReportRecord, viewer: UserRecord | null): boolean {
  return !!viewer && (r.assigneeId === viewer.id || isGridWorkerOf(viewer, r.location.gridId) || isCommunityWorkerOf(viewer, r.location.communityId))
}

/**
 * An actor's name as this viewer may see it. Residents see one another as 居民 (the report
 * form's privacy note promises a follower sees no name); the workers see names masked.
 */
function actorName(r: ReportRecord, viewer: UserRecord | null, actorId: string | null, role: ActorRole, name: string): string {
  if (role === 'system' || role === 'community' || actorId === null) return name
  if (viewer && viewer.id === actorId) return name
  if (actorId === r.reporterId && r.anonymous) return '匿名'
  if (role === 'resident' && !isWorkerView(r, viewer)) return '居民'
  return maskName(name)
}

function personName(db: DbState, viewer: UserRecord | null, userId: string): string {
  const u = db.users[userId]
  if (!u) return ''
  return viewer && viewer.id === userId ? u.name : maskName(u.name)
}

export function holderOf(db: DbState, r: ReportRecord, viewer: UserRecord | null): string {
  const worker = `网格员 ${personName(db, viewer, r.assigneeId)}`
  switch (r.status) {
    case 'dispatching': {
      const c = findCommunity(db, r.location.communityId)
      return `${c ? c.name : '社区'}（待分派网格）`
    }
    case 'pending':
      return worker
    case 'handling': {
      if (!r.escalatedTo) return worker
      if (!r.communitySponsor) return `${departmentLabel(r.escalatedTo)}（${worker} 跟进）`
      const c = findCommunity(db, r.location.communityId)
      return `${departmentLabel(r.escalatedTo)}（${c ? c.name : '社区'}主办，${worker} 跟进）`
    }
    case 'reviewing': {
      const c = findCommunity(db, r.location.communityId)
      return `${c ? c.name : '社区'}（审核中）`
    }
    case 'replied':
      return '居民（待评价）'
    case 'community_review': {
      const c = findCommunity(db, r.location.communityId)
      return `${c ? c.name : '社区'}（社区复核）`
    }
    case 'withdrawn':
      return '已撤回'
    case 'civil':
      return '已转解忧小屋（民间纠纷）'
    default:
      return '已办结'
  }
}

export function permissionsOf(r: ReportRecord, viewer: UserRecord | null, now: Date): ReportPermission[] {
  if (!viewer) return []
  const can: ReportPermission[] = []
  const isAssignee = r.assigneeId === viewer.id && hasRole(viewer, 'grid_worker')
  const resident = hasRole(viewer, 'resident')
  const isReporter = r.reporterId === viewer.id
  const isFollower = r.followerIds.indexOf(viewer.id) >= 0
  if (resident && !isReporter && !isFollower && isOpen(r)) can.push('join')
  if (resident && isFollower) can.push('leave')
  if (resident && (isReporter || isFollower) && !urgeRefusal(r, viewer.id, now.toISOString())) can.push('urge')
  if (isReporter && resident && isOpen(r)) can.push('supplement')
  if (isReporter && (r.status === 'pending' || r.status === 'dispatching')) can.push('withdraw')
  if (r.status === 'dispatching' && isCommunityWorkerOf(viewer, r.location.communityId)) can.push('assign')
  if (r.status === 'pending' && isGridWorkerOf(viewer, r.location.gridId)) can.push('take')
  if (r.status === 'handling' && isAssignee) can.push('note', 'escalate')
  if (isOpen(r) && isAssignee) can.push('return', 'civil')
  if (r.status === 'handling' && isAssignee) can.push('handle')
  if (isReporter && resident && !r.patrol && (r.status === 'replied' || (r.status === 'closed' && !!r.closedBy && !r.rating))) can.push('rate')
  if ((r.status === 'community_review' || r.status === 'reviewing') && isCommunityWorkerOf(viewer, r.location.communityId)) can.push('review')
  return can
}

/** `withThumb: false` for lists other residents see (the similar list): no one's photo there. */
export function toSummary(db: DbState, r: ReportRecord, viewer: UserRecord | null, now: Date, withThumb = true): ReportSummary {
  const grid = findGrid(db, r.location.gridId)
  const s: ReportSummary = {
    id: r.id,
    category: r.category,
    urgency: r.urgency,
    status: r.status,
    excerpt: excerpt(r.description),
    address: r.location.address,
    gridId: r.location.gridId,
    gridName: grid ? grid.name : '',
    createdAt: r.createdAt,
    deadline: isOpen(r) ? r.deadline : r.status === 'reviewing' && r.reviewDeadline ? r.reviewDeadline : null,
    overdue: isOverdue(r, now),
    followers: r.followerIds.length,
    urgeCount: urgesOf(r).length,
    patrol: !!r.patrol,
    supervised: !!r.supervised,
  }
  if (withThumb && r.photos.length) s.thumb = r.photos[0]
  const rel = relationOf(r, viewer)
  if (rel) s.relation = rel
  return s
}

export function toReport(db: DbState, r: ReportRecord, viewer: UserRecord | null, now: Date): Report {
  const grid = findGrid(db, r.location.gridId)
  const comm = findCommunity(db, r.location.communityId)
  const reporter = db.users[r.reporterId]
  const isReporter = !!viewer && viewer.id === r.reporterId
  const current = currentGate(r)

  const gates: GateState[] = GATES.map((gate) => {
    const done = r.gateDone[gate]
    if (done) return { gate, state: 'done', at: done.at, actorName: actorName(r, viewer, done.actorId, done.actorRole, done.actorName) }
    const g: GateState = { gate, state: gate === current ? 'current' : 'waiting' }
    // the open gate's limit: 派发 while the community assigns it, 办理 after
    if (gate === current && (gate === 'handle' || gate === 'dispatch') && isOpen(r)) g.deadline = r.deadline
    // 审核's own limit: then it passes by itself
    if (gate === current && gate === 'review' && r.status === 'reviewing' && r.reviewDeadline) g.deadline = r.reviewDeadline
    return g
  })

  // internal notes are for the grid's workers (the assignee, or the grid's worker), never residents
  const workerView = isWorkerView(r, viewer)
  const events: ReportEvent[] = r.events.filter((e) => !e.internal || workerView).map((e) => {
    const ev: ReportEvent = {
      id: e.id,
      at: e.at,
      gate: e.gate,
      action: e.action,
      actorName: actorName(r, viewer, e.actorId, e.actorRole, e.actorName),
      actorRole: e.actorRole,
    }
    if (e.text !== undefined) ev.text = e.text
    if (e.photos && e.photos.length) ev.photos = e.photos.slice()
    if (e.department) ev.department = e.department
    if (e.rating) ev.rating = e.rating
    if (e.internal) ev.internal = true
    return ev
  })

  const location: Report['location'] = {
    address: r.location.address,
    communityId: r.location.communityId,
    gridId: r.location.gridId,
    communityName: comm ? comm.name : '',
    gridName: grid ? grid.name : '',
  }
  if (typeof r.location.latitude === 'number') location.latitude = r.location.latitude
  if (typeof r.location.longitude === 'number') location.longitude = r.location.longitude

  return {
    ...toSummary(db, r, viewer, now),
    description: r.description,
    photos: r.photos.slice(),
    location,
    anonymous: r.anonymous,
    // residents following the ticket see the reporter as 居民, never a name
    reporterName: r.patrol ? (isReporter ? (reporter ? reporter.name : '') : `网格员 ${maskName(reporter ? reporter.name : '')}`) : r.anonymous ? '匿名' : isReporter ? (reporter ? reporter.name : '') : workerView ? maskName(reporter ? reporter.name : '') : '居民',
    // a patrol ticket has no contact phone
    contactPhone: r.patrol ? '' : isReporter || isGridWorkerOf(viewer, r.location.gridId) ? r.contactPhone : maskPhone(r.contactPhone),
    assigneeName: personName(db, viewer, r.assigneeId),
    holder: holderOf(db, r, viewer),
    currentGate: current,
    gates,
    escalatedTo: r.escalatedTo,
    reopenCount: r.reopenCount,
    rating: r.rating,
    ratingComment: r.ratingComment,
    events,
    servicePhone: grid ? grid.servicePhone : '',
    myLastUrgeAt: viewer ? lastUrgeBy(r, viewer.id) : null,
    closedBy: r.closedBy ? { as: r.closedBy.as, reason: r.closedBy.reason } : null,
    // a dispute is confidential: only the reporter, who filed it, learns it exists
    disputeId: isReporter && r.disputeId ? r.disputeId : null,
    can: permissionsOf(r, viewer, now),
  }
}
