// Data shapes on the wire. Both the client and the mock type themselves from here.
import type {
  DepartmentKey,
  ErrorCode,
  Gate,
  MessageKind,
  Rating,
  ReportAction,
  ReportCategory,
  ReportStatus,
  Role,
  Urgency,
} from './enums'

/** ISO-8601 timestamp string. */
export type Iso = string

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** field name → Chinese message, for 400 VALIDATION_FAILED */
  fields?: Record<string, string>
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
  total: number
}

// ---- geography -------------------------------------------------------------

export interface Street { id: string; name: string }
export interface Community { id: string; name: string; streetId: string }
export interface Grid {
  id: string
  name: string
  communityId: string
  /** the grid's service phone, public */
  servicePhone: string
  /** masked name of the grid worker, public */
  workerName: string
}
export interface Geo {
  district: { id: string; name: string }
  streets: Street[]
  communities: Community[]
  grids: Grid[]
}

// ---- people ----------------------------------------------------------------

export interface User {
  id: string
  name: string
  /** always masked on the wire: 138****1234 */
  phoneMasked: string
  roles: Role[]
  /** the grid the person lives in (resident) or works (grid worker); null for a new WeChat user */
  communityId: string | null
  gridId: string | null
}

export interface Session {
  token: string
  expiresAt: Iso
  user: User
}

/** Only ever sent to its owner (POST /me/phone). */
export interface MyPhone {
  phone: string
}

export interface DemoAccount {
  id: string
  name: string
  phoneMasked: string
  roles: Role[]
  communityName: string
  gridName: string
  /** one line saying what to try with this account */
  note: string
}

// ---- reports (随手拍) -------------------------------------------------------

export interface ReportLocation {
  address: string
  communityId: string
  gridId: string
  communityName: string
  gridName: string
  latitude?: number
  longitude?: number
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
export type ReportRelation = 'owner' | 'joined' | 'assignee'

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
  thumb?: string
  relation?: ReportRelation
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
  /** actions the viewer may take now; the server checks them again */
  can: ReportPermission[]
}

export type ReportPermission = 'join' | 'take' | 'note' | 'escalate' | 'return' | 'handle' | 'rate'

// ---- inbox -------------------------------------------------------------------

export interface InboxMessage {
  id: string
  kind: MessageKind
  title: string
  body: string
  at: Iso
  read: boolean
  /** in-app path to open, e.g. /packages/report/detail/index?id=… */
  link?: string
  reportId?: string
}

export interface UnreadCount { unread: number }
