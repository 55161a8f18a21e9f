// 志愿积分: organisers publish activities, volunteers sign up and check in and out by the
// organiser's rotating code, confirmed hours become points on an append-only ledger, and
// partner merchants (合伙商企) verify one-time codes for their offers. The server enforces every
// rule below; the client shows them.
import { endpoint, type Iso } from '../common'

/**
 * Errors as elsewhere: 400 VALIDATION_FAILED with `fields` (Chinese, at the field), 401, 403
 * (role), 404 (missing, or not the caller's to see — never 403 for that), 409 (the state or a
 * limit forbids it; the message says why).
 */
export const pointsEndpoints = {
  /** GET ActivityListQuery → Page<ActivitySummary> (any user; scope 'organised' for an organiser); POST ActivityInput → 201 Activity (organiser) */
  activities: endpoint('/points/activities'),
  /** GET → Activity (any signed-in user; `participants` only for its organiser) */
  activity: endpoint('/points/activities/:id'),
  /** POST ActivityInput → Activity (its organiser, before it starts) */
  edit: endpoint('/points/activities/:id/edit'),
  /** POST ActivityCancelInput → Activity (its organiser, before it ends; every signed-up volunteer gets a 消息) */
  cancel: endpoint('/points/activities/:id/cancel'),
  /** POST SignupInput → Activity (volunteer); `waitlist: true` joins the waitlist of a full one */
  signup: endpoint('/points/activities/:id/signup'),
  /** POST {} → Activity (volunteer, before the start; the first waitlisted is promoted) */
  leave: endpoint('/points/activities/:id/leave'),
  /** GET → ActivityCode: the current rotating QR token and short code (its organiser, in the window) */
  code: endpoint('/points/activities/:id/code'),
  /** POST CheckInput → Activity (volunteer): by the scanned token, or activityId + shortCode */
  check: endpoint('/points/check'),
  /** POST ConfirmInput → Activity (its organiser, after check-out or the end) */
  confirm: endpoint('/points/activities/:id/confirm'),
  /** POST AbsentInput → Activity (its organiser, after the start) */
  absent: endpoint('/points/activities/:id/absent'),
  /** POST CorrectionInput → Activity (the volunteer, within CORRECTION_DAYS of the confirmation) */
  correction: endpoint('/points/activities/:id/correction'),
  /** POST CorrectionAnswerInput → Activity (its organiser) */
  answer: endpoint('/points/activities/:id/correction/answer'),
  /** GET → PointsSummary (volunteer: their own) */
  summary: endpoint('/points/me'),
  /** GET PageQuery → Page<LedgerEntry> (volunteer: their own, newest first) */
  ledger: endpoint('/points/ledger'),
  /** POST {} → Certificate (volunteer: issues or returns their 志愿服务记录证明) */
  certificates: endpoint('/points/certificates'),
  /** GET → Certificate with a masked name (public: anyone holding the number) */
  certificate: endpoint('/points/certificates/:no'),
  /** GET → Merchant[] with their offers (public) */
  merchants: endpoint('/points/merchants'),
  /** GET PageQuery → Page<Redemption> (a volunteer's own; a merchant's own, names masked); POST RedeemInput → 201 Redemption with code and token (volunteer) */
  redemptions: endpoint('/points/redemptions'),
  /** GET → Redemption (its volunteer, with the live code; its merchant, name masked) */
  redemption: endpoint('/points/redemptions/:id'),
  /** POST VerifyInput → Redemption (merchant: finds a pending code of their own shop) */
  verify: endpoint('/points/redemptions/verify'),
  /** POST {} → Redemption (merchant of its shop): redeemed, points deducted, stock decremented */
  redeemConfirm: endpoint('/points/redemptions/:id/confirm'),
  /** GET → Workbench (merchant) */
  workbench: endpoint('/points/workbench'),
  /** POST OfferEditInput → Offer (merchant of its shop) */
  offer: endpoint('/points/offers/:id'),
}

// ---- rules ----------------------------------------------------------------------------------

export const DEFAULT_POINTS_PER_HOUR = 10
/** The check-in code changes this often; the previous one is still accepted (scan delay). */
export const CODE_ROTATE_SECONDS = 30
/** Check-in and check-out open this long before the start and close at the end. */
export const CHECKIN_EARLY_MINUTES = 15
export const CORRECTION_DAYS = 7
/** A redemption code is valid this long; then its hold is released. */
export const REDEEM_CODE_MINUTES = 10
/** Points earned in year Y expire at the end of 31 December of Y + 1, China time, oldest first. */
export const EXPIRY_YEARS_AFTER = 1

export const ACTIVITY_TYPES = ['elder', 'clean', 'sorting', 'civility', 'reading', 'other'] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  elder: '敬老助老',
  clean: '环境整治',
  sorting: '垃圾分类值守',
  civility: '文明劝导',
  reading: '读书会',
  other: '其他',
}

export type ActivityStatus = 'open' | 'ongoing' | 'ended' | 'cancelled'
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { open: '报名中', ongoing: '进行中', ended: '已结束', cancelled: '已取消' }

export type ParticipantStatus = 'signed' | 'waitlisted' | 'checked_in' | 'checked_out' | 'absent' | 'confirmed' | 'left'
export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  signed: '已报名',
  waitlisted: '候补中',
  checked_in: '已签到',
  checked_out: '已签退',
  absent: '缺席',
  confirmed: '时长已确认',
  left: '已退出',
}

/** What the caller may do now; `checkin`/`checkout`: a volunteer in the window, by the organiser's code. */
export type ActivityAction = 'edit' | 'cancel' | 'signup' | 'waitlist' | 'leave' | 'code' | 'attendance' | 'correction' | 'checkin' | 'checkout'

export interface ActivitySummary {
  id: string
  title: string
  type: ActivityType
  communityId: string
  communityName: string
  place: string
  start: Iso
  end: Iso
  capacity: number
  signed: number
  waitlisted: number
  pointsPerHour: number
  status: ActivityStatus
  /** the cover photo (a `ph_…` reference; any signed-in user may load it), or null */
  cover: string | null
  /** the caller's own place, if any */
  mine: ParticipantStatus | null
  /** the caller's community: listed first */
  local: boolean
}

export interface Participant {
  userId: string
  name: string
  /** masked (138****1234) */
  phone: string
  status: ParticipantStatus
  checkInAt: Iso | null
  checkOutAt: Iso | null
  /** default: check-out − check-in capped at the activity's length, in half hours */
  suggestedHours: number
  hours: number | null
  reason: string
  correction: { reason: string; at: Iso; answer: string | null } | null
}

export interface Activity extends ActivitySummary {
  bring: string
  organiserName: string
  cancelReason: string
  /** the caller's own record (volunteer) */
  me: Participant | null
  /** its organiser only; phones masked */
  participants: Participant[] | null
  can: ActivityAction[]
}

export interface ActivityCode {
  activityId: string
  /** QR text: `LV.<activity id>.<window>.<signature>` */
  token: string
  /** typed with the activity id: 6 digits, same window */
  shortCode: string
  expiresAt: Iso
}

export type LedgerKind = 'earned' | 'held' | 'redeemed' | 'released' | 'expired' | 'adjusted'
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = { earned: '获得', held: '冻结', redeemed: '兑换', released: '解冻', expired: '过期', adjusted: '调整' }

/** Never edited or deleted. balance = Σ points; held = Σ hold; available = balance − held. */
export interface LedgerEntry {
  id: string
  kind: LedgerKind
  at: Iso
  /** change of the balance */
  points: number
  /** change of the points on hold */
  hold: number
  reason: string
  activityId?: string
  hours?: number
  redemptionId?: string
  byName?: string
}

export interface PointsSummary {
  hoursTotal: number
  hoursThisYear: number
  balance: number
  held: number
  available: number
  /** what expires when, soonest first */
  expiring: { at: Iso; points: number }[]
}

export interface Certificate {
  no: string
  /** masked for anyone but its owner */
  name: string
  issuedAt: Iso
  hoursTotal: number
  years: { year: number; hours: number; activities: number }[]
  activities: { title: string; date: string; hours: number }[]
}

export const MERCHANT_KINDS = ['barber', 'breakfast', 'pharmacy', 'market', 'laundry', 'repair', 'books', 'photo'] as const
export type MerchantKind = (typeof MERCHANT_KINDS)[number]
export const MERCHANT_KIND_LABELS: Record<MerchantKind, string> = {
  barber: '理发',
  breakfast: '早餐',
  pharmacy: '药店',
  market: '超市',
  laundry: '洗衣',
  repair: '家电维修',
  books: '书店',
  photo: '照相',
}

export interface Offer {
  id: string
  merchantId: string
  title: string
  points: number
  /** items volunteers can still get: the shop's count less those a code not yet used reserves */
  stock: number
  /** codes given out and not yet used or expired: each holds an item of the shop's count */
  reserved: number
  monthlyLimit: number
  validFrom: string
  validTo: string
  paused: boolean
  /** a photo of it (a `ph_…` reference anyone may load), or null */
  photo: string | null
}

export interface Merchant {
  id: string
  name: string
  kind: MerchantKind
  address: string
  hours: string
  offers: Offer[]
}

export type RedemptionStatus = 'pending' | 'redeemed' | 'expired'
export const REDEMPTION_STATUS_LABELS: Record<RedemptionStatus, string> = { pending: '待核销', redeemed: '已兑换', expired: '已过期' }

export interface Redemption {
  id: string
  offerId: string
  offerTitle: string
  merchantId: string
  merchantName: string
  points: number
  status: RedemptionStatus
  createdAt: Iso
  expiresAt: Iso
  redeemedAt: Iso | null
  /** masked for the merchant */
  volunteerName: string
  /** the volunteer's own pending one only */
  code: string | null
  token: string | null
}

export interface Workbench {
  merchant: Merchant
  today: { count: number; points: number; items: Redemption[] }
  months: { month: string; count: number; points: number }[]
}
