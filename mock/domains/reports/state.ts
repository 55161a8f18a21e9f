// 随手拍: the stored shape of a report and its history.
import type { CloseAs, DepartmentKey, Gate, Iso, Rating, ReportAction, ReportCategory, ReportStatus, Role, Urgency } from '../../../src/contract'

export type ActorRole = Role | 'system' | 'community'

export interface EventRecord {
  id: string
  at: Iso
  gate: Gate
  action: ReportAction
  /** null for the system and the community */
  actorId: string | null
  actorRole: ActorRole
  /** full name (or '系统' / the community's name); masked when projected */
  actorName: string
  text?: string
  photos?: string[]
  department?: DepartmentKey
  rating?: Rating
  /** an internal note: shown to the grid's workers only */
  internal?: boolean
  /**
   * on a reply that waited for 审核: when the worker finished 办理 (the reply is dated at the pass).
   * Kept on the record for the rates, never projected.
   */
  handledAt?: Iso
}

export interface GateDone {
  at: Iso
  actorId: string | null
  actorRole: ActorRole
  actorName: string
}

export interface ReportRecord {
  id: string
  category: ReportCategory
  urgency: Urgency
  status: ReportStatus
  description: string
  photos: string[]
  location: { address: string; communityId: string; gridId: string; latitude?: number; longitude?: number }
  anonymous: boolean
  contactPhone: string
  reporterId: string
  followerIds: string[]
  /** the grid worker the order is routed to (and who took it) */
  assigneeId: string
  takenAt: Iso | null
  escalatedTo: DepartmentKey | null
  reopenCount: number
  rating: Rating | null
  ratingComment: string | null
  createdAt: Iso
  dispatchedAt: Iso
  /** deadline of the handle gate; counted from dispatch, or from the last reopen */
  deadline: Iso
  updatedAt: Iso
  /** found by its grid worker on patrol (未诉先办) */
  patrol?: boolean
  /** 督办: a gate ran to twice its limit; the community chases it */
  supervised?: boolean
  /** closed by the community worker, with the reason the resident reads */
  closedBy?: { as: CloseAs; reason: string }
  /** while reviewing (审核): when it passes by itself (the end of the next working day, China time) */
  reviewDeadline?: Iso
  /** the gate deadline whose overdue notice its holder was sent: once per deadline */
  chasedFor?: Iso
  /** a department took it over with the community as sponsor (主办), by the community's review */
  communitySponsor?: boolean
  /** the 解忧小屋 case its reporter filed from it (status civil) */
  disputeId?: string
  /** completed gates; cleared again from 'handle' on when a ticket is reopened */
  gateDone: Partial<Record<Gate, GateDone>>
  events: EventRecord[]
  /**
   * 催办, oldest first. Optional: a db stored before urging existed has none, and reading it as
   * empty needs no migration.
   */
  urges?: UrgeRecord[]
}

export interface UrgeRecord {
  userId: string
  at: Iso
}

export interface ReportsSlice {
  reports: ReportRecord[]
}

export function emptyReports(): ReportsSlice {
  return { reports: [] }
}
