// The in-memory database: one plain, JSON-serialisable object. Domains read and mutate it
// directly; the server saves it through Persist after every mutating request.
import type {
  DepartmentKey,
  Gate,
  Iso,
  MessageKind,
  Rating,
  ReportAction,
  ReportCategory,
  ReportStatus,
  Role,
  Urgency,
} from '../../src/contract'
import type { ClockState } from './clock'

/** Bump when the seed or the shape of DbState changes: an older stored db is then reseeded. */
export const SEED_VERSION = 1

export interface StreetRecord { id: string; name: string }
export interface CommunityRecord { id: string; name: string; streetId: string }
export interface GridRecord {
  id: string
  name: string
  communityId: string
  servicePhone: string
  /** the one grid worker (网格员/网格长) of this grid */
  workerId: string
}

export interface UserRecord {
  id: string
  name: string
  /** full 11-digit phone; never sent unmasked */
  phone: string
  roles: Role[]
  communityId: string | null
  gridId: string | null
  /** set for the seeded demo accounts: what to try with them */
  demoNote?: string
}

export interface SessionRecord {
  token: string
  userId: string
  issuedAt: Iso
  expiresAt: Iso
}

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
  /** completed gates; cleared again from 'handle' on when a ticket is reopened */
  gateDone: Partial<Record<Gate, GateDone>>
  events: EventRecord[]
}

export interface MessageRecord {
  id: string
  userId: string
  kind: MessageKind
  title: string
  body: string
  at: Iso
  read: boolean
  link?: string
  reportId?: string
}

export interface IdempotencyRecord {
  /** stable JSON of the request body, to spot a reused key with a different body */
  bodyHash: string
  status: number
  body: unknown
  at: Iso
}

export interface DbState {
  version: number
  seededAt: Iso
  counters: Record<string, number>
  district: { id: string; name: string }
  streets: StreetRecord[]
  communities: CommunityRecord[]
  grids: GridRecord[]
  users: Record<string, UserRecord>
  /** ids of the demo accounts, in the order the login page lists them */
  demoAccountIds: string[]
  sessions: Record<string, SessionRecord>
  /** WeChat login code → user id, so the same code is always the same person */
  wxUsers: Record<string, string>
  reports: ReportRecord[]
  messages: MessageRecord[]
  /** scope ('user|METHOD|path|key') → the first answer */
  idempotency: Record<string, IdempotencyRecord>
  /** persisted so a reload keeps a moved clock */
  clock?: ClockState
}

/** Next value of a named counter (1, 2, 3…). Ids made from counters are deterministic. */
export function nextSeq(db: DbState, name: string): number {
  const n = (db.counters[name] || 0) + 1
  db.counters[name] = n
  return n
}

export function nextId(db: DbState, prefix: string): string {
  return `${prefix}-${nextSeq(db, prefix)}`
}

export function findGrid(db: DbState, id: string | null | undefined): GridRecord | undefined {
  return id ? db.grids.find((g) => g.id === id) : undefined
}

export function findCommunity(db: DbState, id: string | null | undefined): CommunityRecord | undefined {
  return id ? db.communities.find((c) => c.id === id) : undefined
}

export function findReport(db: DbState, id: string): ReportRecord | undefined {
  return db.reports.find((r) => r.id === id)
}

/** Parses a stored db; null when it is missing, unreadable or from another seed version. */
export function parseDb(json: string | null): DbState | null {
  if (!json) return null
  try {
    const db = JSON.parse(json) as DbState
    if (!db || typeof db !== 'object' || db.version !== SEED_VERSION || !Array.isArray(db.reports)) return null
    return db
  } catch {
    return null
  }
}
