// 志愿积分: the stored shape of activities, the ledger, merchants, offers and redemptions.
import type { DbState } from '../../server/db'
import type { ActivityType, Iso, LedgerKind, MerchantKind, ParticipantStatus, RedemptionStatus } from '../../../src/contract'

export interface ParticipantRecord {
  userId: string
  seq: number
  status: ParticipantStatus
  checkInAt: Iso | null
  checkOutAt: Iso | null
  hours: number | null
  reason: string
  confirmedAt: Iso | null
  correction: { reason: string; at: Iso; answer: string | null } | null
}

export interface ActivityRecord {
  id: string
  title: string
  type: ActivityType
  communityId: string
  organiserId: string
  place: string
  start: Iso
  end: Iso
  capacity: number
  pointsPerHour: number
  bring: string
  /** a photo reference (the organiser's own upload, or a built-in picture of the seed), or null */
  cover: string | null
  cancelled: boolean
  cancelReason: string
  participants: ParticipantRecord[]
}

/** Append-only: entries are pushed, never changed or removed. */
export interface EntryRecord {
  id: string
  userId: string
  kind: LedgerKind
  at: Iso
  points: number
  hold: number
  reason: string
  /** China year the points were earned in (earned, positive adjusted): sets their expiry */
  year?: number
  activityId?: string
  hours?: number
  redemptionId?: string
  byId?: string
}

export interface OfferRecord {
  id: string
  merchantId: string
  title: string
  points: number
  stock: number
  monthlyLimit: number
  validFrom: string
  validTo: string
  paused: boolean
  /** a photo reference (the merchant's own upload, or a built-in picture of the seed), or null */
  photo: string | null
}

export interface MerchantRecord {
  id: string
  name: string
  kind: MerchantKind
  address: string
  hours: string
  /** the accounts that work the counter */
  userIds: string[]
}

export interface RedemptionRecord {
  id: string
  userId: string
  offerId: string
  merchantId: string
  points: number
  code: string
  status: RedemptionStatus
  createdAt: Iso
  expiresAt: Iso
  redeemedAt: Iso | null
  /** China month 'YYYY-MM', for the monthly limit */
  month: string
  /** when a merchant last found it by its code: confirming needs the code shown first */
  verifiedAt?: Iso
}

export interface CertificateRecord {
  no: string
  userId: string
  issuedAt: Iso
}

export interface PointsSlice {
  activities: ActivityRecord[]
  ledger: EntryRecord[]
  merchants: MerchantRecord[]
  offers: OfferRecord[]
  redemptions: RedemptionRecord[]
  certificates: CertificateRecord[]
  /** the signing key of check-in and redemption tokens (hex) */
  pointsSecret: string
  /** the last earning year whose points have been expired */
  pointsExpiredYear: number
}

export function emptyPoints(): PointsSlice {
  return { activities: [], ledger: [], merchants: [], offers: [], redemptions: [], certificates: [], pointsSecret: '', pointsExpiredYear: 0 }
}

/** The db as this domain sees it (its slice is typed before DOMAINS lists it). */
export type PointsDb = DbState & PointsSlice
