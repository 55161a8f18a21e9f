// 解忧小屋: residents read a guide, file a dispute to a community station; a mediator (with the
// weekend's on-duty police officer and lawyer) invites the other party, holds sessions, drafts an
// agreement both parties confirm in the app (then sealed), or refers the case elsewhere, and
// follows up on each obligation. Confidential: only the parties and the assigned mediator see a
// case; the police officer and lawyer only the sessions they join; everyone else gets 404.
import { endpoint, type Iso, type Tone } from '../common'
import type { Rating } from '../reports/model'

/**
 * Errors as elsewhere: 400 VALIDATION_FAILED with `fields` (Chinese, at the field), 401, 403
 * (role), 404 (missing, or not the caller's to see — never 403 for that), 409 (the state forbids
 * it; the message says why).
 */
export const disputeEndpoints = {
  /** GET → DisputeGuide[] (public) */
  guides: endpoint('/disputes/guides'),
  /** GET → Station[] with opening hours and the weekend duty roster (public; names only) */
  stations: endpoint('/disputes/stations'),
  /** GET DisputeListQuery → Page<DisputeSummary>; POST DisputeCreateInput → 201 Dispute (resident) */
  list: endpoint('/disputes'),
  /** GET → DisputeDraftFromReport: a report closed as 民间纠纷, for its reporter (prefills the form) */
  fromReport: endpoint('/disputes/from-report/:reportId'),
  /** GET → Dispute (its parties, its mediator; others 404) */
  detail: endpoint('/disputes/:id'),
  /** POST {} → Dispute (a mediator of its station, while filed) */
  accept: endpoint('/disputes/:id/accept'),
  /** POST TransferInput → Dispute (a mediator of its station, while filed: to another station) */
  transfer: endpoint('/disputes/:id/transfer'),
  /** POST {} → Dispute with `invitation` (its applicant or mediator, once accepted; a new one replaces an unused one) */
  invite: endpoint('/disputes/:id/invite'),
  /** GET → InvitationView (any signed-in resident holding the code; not the applicant's contact) */
  invitation: endpoint('/disputes/invitations/:code'),
  /** POST InvitationAnswerInput → Dispute (a resident other than the applicant; once) */
  answer: endpoint('/disputes/invitations/:code/answer'),
  /** POST SessionInput → Dispute (its mediator, once the other party agreed) */
  sessions: endpoint('/disputes/:id/sessions'),
  /** POST SessionRecordInput → Dispute (its mediator, after the session's start) */
  record: endpoint('/disputes/:id/sessions/:sessionId/record'),
  /** POST AgreementInput → Dispute (its mediator: a new draft or a revision; never once sealed) */
  agreement: endpoint('/disputes/:id/agreement'),
  /** POST {} → Dispute (a party: confirms the current draft; both → sealed) */
  confirm: endpoint('/disputes/:id/agreement/confirm'),
  /** POST ChangeRequestInput → Dispute (a party asks for a change of the current draft) */
  change: endpoint('/disputes/:id/agreement/change'),
  /** POST ReferralInput → Dispute (its mediator: no agreement; the case ends with a referral) */
  refer: endpoint('/disputes/:id/refer'),
  /** POST FulfilInput → Dispute (its mediator records, or a party reports, an obligation's outcome) */
  fulfil: endpoint('/disputes/:id/obligations/:index/fulfil'),
  /** POST CloseInput → Dispute (its mediator: all carried out, or after the final visit) */
  close: endpoint('/disputes/:id/close'),
  /** POST DisputeRateInput → Dispute (the applicant, once closed) */
  rate: endpoint('/disputes/:id/rate'),
  /** GET → DutySession[]: the sessions the caller sits in on as the on-duty police officer or lawyer */
  duty: endpoint('/disputes/duty'),
}

// ---- rules ----------------------------------------------------------------------------------

export const DISPUTE_DESCRIPTION_MIN = 10
export const DISPUTE_DESCRIPTION_MAX = 1000
/** A case not accepted within this many working days is flagged on the mediator's queue. */
export const ACCEPT_WORKING_DAYS = 2
/** People's mediation usually ends within this many days of filing; the page counts them. */
export const CASE_TARGET_DAYS = 30
/** A sealed agreement may be taken to court for judicial confirmation within this many days. */
export const JUDICIAL_CONFIRM_DAYS = 30
/** The parties get a 消息 this many days before that deadline. */
export const JUDICIAL_REMINDER_DAYS = 7
/** An invitation code works this long (and once). */
export const INVITATION_DAYS = 7

export const DISPUTE_TYPES = ['leak', 'noise', 'parking', 'property', 'family', 'wages', 'consumer', 'other'] as const
export type DisputeType = (typeof DISPUTE_TYPES)[number]
export const DISPUTE_TYPE_LABELS: Record<DisputeType, string> = {
  leak: '邻里漏水',
  noise: '噪音扰民',
  parking: '停车纠纷',
  property: '物业服务',
  family: '家庭与继承',
  wages: '劳务工资',
  consumer: '消费纠纷',
  other: '其他',
}

/** Plain guidance before filing: what settles it, what to bring, the self-help step, where it does not belong, the rule. */
export interface DisputeGuide {
  type: DisputeType
  label: string
  /** what usually settles it */
  settles: string
  /** what to prepare */
  prepare: string[]
  /** the step to try first */
  selfHelp: string
  /** where it does not belong, if anywhere (wages → labour arbitration; a crime → the police) */
  elsewhere: string
  /** the relevant rule, in one sentence */
  rule: string
}

/**
 * filed: waiting for a mediator of the station (受理).
 * accepted: a mediator took it; the other party is to be invited.
 * inviting: an invitation is out; waiting for the other party.
 * mediating: the other party agreed; sessions, then an agreement or a referral.
 * fulfilling: the agreement is sealed; each obligation is followed up (履行回访).
 * referred: no agreement (or the other party declined): referred elsewhere; the applicant may rate.
 * closed: 结案 (all carried out, or after the final visit); the applicant may rate.
 */
export const DISPUTE_STATUSES = ['filed', 'accepted', 'inviting', 'mediating', 'fulfilling', 'referred', 'closed'] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]
export const DISPUTE_STATUS_LABELS: Record<DisputeStatus, string> = {
  filed: '待受理',
  accepted: '已受理',
  inviting: '邀请对方中',
  mediating: '调解中',
  fulfilling: '履行回访',
  referred: '已转介',
  closed: '已结案',
}
export const DISPUTE_STATUS_TONES: Record<DisputeStatus, Tone> = {
  filed: 'orange',
  accepted: 'blue',
  inviting: 'blue',
  mediating: 'blue',
  fulfilling: 'purple',
  referred: 'grey',
  closed: 'green',
}

/** The case's gates, in order; 协议/转介 is one gate either way. */
export const DISPUTE_GATES = ['filed', 'accepted', 'invited', 'mediating', 'outcome', 'followup', 'closed'] as const
export type DisputeGate = (typeof DISPUTE_GATES)[number]
export const DISPUTE_GATE_LABELS: Record<DisputeGate, string> = {
  filed: '申请',
  accepted: '受理',
  invited: '邀请对方',
  mediating: '调解',
  outcome: '协议/转介',
  followup: '履行回访',
  closed: '结案',
}

export const REFERRALS = ['legal_aid', 'court', 'labour', 'hotline'] as const
export type Referral = (typeof REFERRALS)[number]
export const REFERRAL_LABELS: Record<Referral, string> = {
  legal_aid: '法律援助中心',
  court: '人民法院诉讼服务中心',
  labour: '劳动人事争议仲裁委员会',
  hotline: '12345 政务服务便民热线',
}

export type DisputeAction =
  | 'accept'
  | 'transfer'
  | 'invite'
  | 'schedule'
  | 'record'
  | 'draft'
  | 'confirm'
  | 'change'
  | 'refer'
  | 'fulfil'
  | 'close'
  | 'rate'

/** Who the caller is to this case. */
export type DisputeRelation = 'applicant' | 'respondent' | 'mediator'

export interface DutyPerson {
  /** 民警 or 律师 */
  kind: 'police' | 'lawyer'
  name: string
  /** e.g. '西牌楼派出所' / '湖南某律师事务所' */
  org: string
}

export interface DutyDay {
  /** 'YYYY-MM-DD', a Saturday or Sunday, China time */
  date: string
  police: DutyPerson | null
  lawyer: DutyPerson | null
}

export interface Station {
  id: string
  name: string
  communityId: string
  communityName: string
  address: string
  /** dialled as written */
  phone: string
  /** '周一至周五 9:00–17:30；周六、周日 9:00–12:00（民警、律师坐堂）' */
  hours: string
  /** the mediators' names (masked to anyone but themselves) */
  mediators: string[]
  /** the coming weekends, soonest first */
  roster: DutyDay[]
}

export interface OtherParty {
  /** masked for everyone but the mediator ('' when not given) */
  name: string
  /** masked for everyone but the mediator ('' when not given) */
  phone: string
  /** e.g. 楼上 1202 */
  whereabouts: string
}

export interface Invitation {
  /** 8 characters, typed or in the link */
  code: string
  /** QR text: the page link with the code */
  link: string
  expiresAt: Iso
  usedAt: Iso | null
}

export interface MediationSession {
  id: string
  at: Iso
  /** minutes */
  durationMinutes: number
  room: string
  /** the on-duty people who join (weekend sessions only) */
  police: DutyPerson | null
  lawyer: DutyPerson | null
  /** shared with both parties */
  minutes: string
  /** the mediator's only; never in a party's answer */
  privateNote?: string
  recordedAt: Iso | null
}

export interface Obligation {
  /** 'applicant' | 'respondent': who owes it */
  party: 'applicant' | 'respondent'
  what: string
  /** yuan, if money */
  amount: number | null
  /** 'YYYY-MM-DD' */
  dueDate: string
  how: string
  /** follow-up: null until someone records it */
  done: boolean | null
  /** what the mediator recorded or a party reported, latest last */
  reports: { by: DisputeRelation; done: boolean; note: string; at: Iso }[]
}

export interface Agreement {
  /** the 协议 number once sealed */
  no: string | null
  version: number
  facts: string
  obligations: Obligation[]
  draftedAt: Iso
  /** per party: when they confirmed this version */
  confirmedAt: { applicant: Iso | null; respondent: Iso | null }
  /** change requests, latest last */
  changes: { by: 'applicant' | 'respondent'; reason: string; at: Iso; version: number }[]
  sealedAt: Iso | null
  /** sealedAt + JUDICIAL_CONFIRM_DAYS */
  judicialDeadline: Iso | null
}

export interface GateStep {
  gate: DisputeGate
  at: Iso | null
  /** who passed it (a masked name for anyone but the mediator), '' while not passed */
  by: string
}

export interface DisputeEvent {
  at: Iso
  text: string
  by: string
}

export interface DisputeSummary {
  id: string
  type: DisputeType
  status: DisputeStatus
  stationId: string
  stationName: string
  createdAt: Iso
  /** a line of what happened (first characters) */
  summary: string
  /** the caller's relation */
  relation: DisputeRelation
  /** not accepted within ACCEPT_WORKING_DAYS */
  overdue: boolean
  /** days since filing */
  days: number
}

export interface Dispute extends DisputeSummary {
  description: string
  wants: string
  /** the applicant: their own name and phone for themselves and the mediator; masked for the other party */
  applicant: { name: string; phone: string }
  other: OtherParty
  /** whether the other party agreed to mediate (null: not answered) */
  respondentAgreed: boolean | null
  respondentReason: string
  photos: string[]
  preferredTimes: string
  mediatorName: string
  invitation: Invitation | null
  sessions: MediationSession[]
  agreement: Agreement | null
  referral: { to: Referral; note: string; at: Iso } | null
  /** the report this came from, and its history (for the mediator and the applicant) */
  fromReport: { id: string; events: { at: Iso; text: string }[] } | null
  gates: GateStep[]
  events: DisputeEvent[]
  rating: { rating: Rating; comment: string; at: Iso } | null
  can: DisputeAction[]
}

export interface InvitationView {
  code: string
  disputeId: string
  type: DisputeType
  stationName: string
  /** what the applicant says happened (no contact details) */
  description: string
  wants: string
  /** the applicant, masked */
  applicantName: string
  expiresAt: Iso
  /** whether it can still be answered */
  open: boolean
  /** the caller is the applicant: they hand it over, they do not answer it */
  mine: boolean
  /** the caller answered it (the case is theirs to open if they agreed) */
  answeredByMe: boolean
}

export interface DutySession {
  disputeId: string
  type: DisputeType
  stationName: string
  session: Omit<MediationSession, 'privateNote'>
  /** 'police' | 'lawyer': why the caller sees it */
  as: DutyPerson['kind']
}

export interface DisputeDraftFromReport {
  reportId: string
  type: DisputeType
  description: string
  photos: string[]
  place: string
  stationId: string
}
