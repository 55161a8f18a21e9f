// 解忧小屋: the stored shape of stations (with their weekend duty roster) and cases.
import type { Agreement, DisputeGate, DisputeStatus, DisputeType, DutyPerson, Iso, Rating, Referral } from '../../../src/contract'
import type { DbState } from '../../server/db'

/** A duty person as stored: with the account that signs in as them, when they have one. */
export interface DutyRecord extends DutyPerson {
  userId: string | null
}

export interface DutyDayRecord {
  /** 'YYYY-MM-DD', a Saturday or Sunday, China time */
  date: string
  police: DutyRecord | null
  lawyer: DutyRecord | null
}

export interface StationRecord {
  id: string
  name: string
  communityId: string
  address: string
  phone: string
  hours: string
  mediatorIds: string[]
  roster: DutyDayRecord[]
}

export interface SessionRecord {
  id: string
  at: Iso
  durationMinutes: number
  room: string
  police: DutyRecord | null
  lawyer: DutyRecord | null
  minutes: string
  privateNote: string
  recordedAt: Iso | null
  /** the day-before reminder went out */
  reminded: boolean
}

export interface InvitationRecord {
  code: string
  expiresAt: Iso
  usedAt: Iso | null
  usedBy: string | null
}

export interface GateRecord {
  at: Iso
  actorId: string | null
  /** the full name; masked when projected to anyone but the mediator */
  actorName: string
}

export interface CaseEventRecord {
  at: Iso
  text: string
  actorId: string | null
  actorName: string
}

export interface DisputeRecord {
  id: string
  type: DisputeType
  status: DisputeStatus
  stationId: string
  applicantId: string
  description: string
  wants: string
  other: { name: string; phone: string; whereabouts: string }
  photos: string[]
  preferredTimes: string
  createdAt: Iso
  updatedAt: Iso
  /** the mediator who accepted it */
  mediatorId: string | null
  /** the account that accepted the invitation */
  respondentId: string | null
  respondentAgreed: boolean | null
  respondentReason: string
  invitation: InvitationRecord | null
  sessions: SessionRecord[]
  /** as the wire has it: nothing in it is private */
  agreement: Agreement | null
  referral: { to: Referral; note: string; at: Iso } | null
  fromReportId: string | null
  gates: Partial<Record<DisputeGate, GateRecord>>
  events: CaseEventRecord[]
  rating: { rating: Rating; comment: string; at: Iso } | null
  /** the 7-days-before-the-judicial-deadline reminder went out */
  judicialReminded: boolean
  /** the mediator's last visit note: a case may close after one */
  visitNote: string
}

export interface DisputesSlice {
  disputeStations: StationRecord[]
  disputes: DisputeRecord[]
}

export function emptyDisputes(): DisputesSlice {
  return { disputeStations: [], disputes: [] }
}

/** The db as this domain sees it (its slice is typed before DOMAINS lists it). */
export type DisputesDb = DbState & DisputesSlice
