// 帮代办: residents book help (帮办), proxy (代办) or home (上门) service for themselves or a
// family member at a place and a one-hour slot; helpers (帮代办专员) check them in by voucher
// and serve them. The server enforces every rule below; the client shows them.
import { endpoint, type Iso, type Page, type Tone } from '../common'
import type { Rating } from '../reports/model'

/**
 * Every answer is JSON; every POST needs an Idempotency-Key. Errors: 400 VALIDATION_FAILED with
 * `fields` (Chinese, at the field), 401, 403 (role, or the booker is paused: the message names
 * the end of the pause and how to appeal), 404 (missing, or not the caller's to see), 409 (the
 * state or a limit forbids it; the message says why and what to do).
 */
export const bookingEndpoints = {
  /** GET ?q=&kind=&cursor=&limit= → Page<ServiceSummary> (public) */
  services: endpoint('/booking/services'),
  /** GET → Service: checklist, modes, places (public) */
  service: endpoint('/booking/services/:id'),
  /** GET → Place: hours, seats, services, helpers (public) */
  place: endpoint('/booking/places/:id'),
  /** GET ?serviceId=&placeId=&mode= → SlotsAnswer: the bookable days and their slots (public) */
  slots: endpoint('/booking/slots'),
  /** GET → Standing: the resident's no-shows, pause and appeal */
  standing: endpoint('/booking/standing'),
  /** GET → Desk: a helper's places and the ratings of their bookings */
  desk: endpoint('/booking/desk'),
  /** POST BookingAppealInput → BookingAppeal (paused resident); GET → Page<BookingAppeal> (own, or a helper's to decide) */
  appeals: endpoint('/booking/appeals'),
  /** POST BookingDecideInput → BookingAppeal (a helper of a place where the no-shows were) */
  decide: endpoint('/booking/appeals/:id/decide'),
  /** GET BookingListQuery → Page<BookingSummary>; POST BookingCreateInput → 201 Booking (resident) */
  list: endpoint('/bookings'),
  /** POST BookingCheckinInput → Booking (a helper of its place) */
  checkin: endpoint('/bookings/checkin'),
  /** GET → Booking (its booker, the person served if they have an account, the helpers of its place) */
  detail: endpoint('/bookings/:id'),
  /** POST BookingCancelInput → Booking (the booker; a waitlisted one leaves the queue) */
  cancel: endpoint('/bookings/:id/cancel'),
  /** POST BookingDoneInput → Booking (帮办 and 上门, after check-in) */
  done: endpoint('/bookings/:id/done'),
  /** POST BookingStepInput → Booking (代办, in PROXY_STEPS order) */
  step: endpoint('/bookings/:id/steps'),
  /** POST {} → Booking (a helper, once the slot has ended) */
  noShow: endpoint('/bookings/:id/no-show'),
  /** POST BookingRateInput → Booking (the booker, once done) */
  rate: endpoint('/bookings/:id/rate'),
}

// ---- rules ----------------------------------------------------------------------------------

/** Booked and waitlisted bookings a resident may hold at once. */
export const MAX_UPCOMING_BOOKINGS = 3
/** Book at least this many working days ahead (1: from the next working day)… */
export const BOOKING_LEAD_WORKDAYS = 1
/** …and at most this many. */
export const BOOKING_HORIZON_WORKDAYS = 5
/** Online cancel until this long before the slot; later, call the place. */
export const CANCEL_BEFORE_HOURS = 2
/** Not checked in this long after the slot ends: a no-show (a helper may mark it at the end). */
export const NO_SHOW_AFTER_MINUTES = 30
/** No-shows counted over this many days: NO_SHOW_WARN brings a warning, NO_SHOW_PAUSE a pause. */
export const NO_SHOW_WINDOW_DAYS = 30
export const NO_SHOW_WARN = 2
export const NO_SHOW_PAUSE = 3
export const PAUSE_DAYS = 30
/** 上门 is for a person served aged 70+ or with a disability. */
export const HOME_MIN_AGE = 70
/** Reminders in 消息: this many hours before the slot (the day before, and one hour before). */
export const REMIND_BEFORE_HOURS = [24, 1] as const

/**
 * The 409 of a full slot (also at `fields.hour`): offer the waitlist, i.e. send the same body
 * again with `waitlist: true` (and a new Idempotency-Key).
 */
export const SLOT_FULL_MESSAGE = '该时段已约满，可以排队候补：有人取消时按顺序自动递补，并发消息通知您'

// ---- catalogue ------------------------------------------------------------------------------

export const BOOKING_MODES = ['assist', 'proxy', 'home'] as const
export type BookingMode = (typeof BOOKING_MODES)[number]
export const MODE_LABELS: Record<BookingMode, string> = { assist: '帮办', proxy: '代办', home: '上门' }
export const MODE_HINTS: Record<BookingMode, string> = {
  assist: '专员在窗口全程陪同、指导您办理',
  proxy: '专员收取材料代您办理，每一步都有消息',
  home: '专员上门服务，限70岁以上或残疾的服务对象',
}

export const SERVICE_KINDS = ['personal', 'business'] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = { personal: '个人事项', business: '企业事项' }

export const MATERIAL_FORMS = ['original', 'copy', 'both'] as const
export type MaterialForm = (typeof MATERIAL_FORMS)[number]
export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = { original: '原件', copy: '复印件', both: '原件及复印件' }

/** One line of a service's checklist ("what to bring"); the resident's ticks stay on the device. */
export interface MaterialItem {
  name: string
  form: MaterialForm
  count: number
  note?: string
}

export interface ServiceSummary {
  id: string
  name: string
  kind: ServiceKind
  desc: string
  modes: BookingMode[]
  /** typical duration at the counter */
  minutes: number
}

export interface Service extends ServiceSummary {
  materials: MaterialItem[]
  places: PlaceSummary[]
}

export const PLACE_KINDS = ['hall', 'street', 'community'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = { hall: '区政务服务中心', street: '街道便民服务站', community: '社区24小时服务站' }

/** Opening hours of one weekday: [from, to) in whole hours, e.g. [[9, 12], [14, 17]]; [] closed. */
export type DayHours = Array<[number, number]>

export interface PlaceSummary {
  id: string
  name: string
  kind: PlaceKind
  address: string
  /** the place's public phone: call it to cancel late or to ask */
  phone: string
  /** set for a community station: the community it serves (and visits at home) */
  communityId?: string
  /** whether its helpers make 上门 visits */
  homeVisits: boolean
}

export interface Place extends PlaceSummary {
  /** index 0 = Sunday … 6 = Saturday. A 调休 working weekend day keeps Monday's hours. */
  hours: DayHours[]
  /** counter seats per one-hour slot */
  seats: number
  /** 上门 visits per one-hour slot (0: none) */
  homeSeats: number
  services: Array<Pick<ServiceSummary, 'id' | 'name' | 'kind'>>
  /** masked names of its helpers */
  helpers: string[]
}

/** '09:00–12:00、14:00–17:00', or '休息'. */
export function hoursText(day: DayHours): string {
  const hh = (h: number) => `${h < 10 ? '0' : ''}${h}:00`
  return day.length ? day.map(([a, b]) => `${hh(a)}–${hh(b)}`).join('、') : '休息'
}

// ---- slots ----------------------------------------------------------------------------------

export interface Slot {
  /** start hour, China time */
  hour: number
  start: Iso
  end: Iso
  seats: number
  /** seats left (余 N); 0: full, the waitlist is open */
  left: number
  /** people a freed seat would go to (a booker paused for no-shows keeps a place but is passed over) */
  waiting: number
}

export interface SlotDay {
  /** 'YYYY-MM-DD', China time */
  date: string
  /** 0 = Sunday … 6 = Saturday (a 调休 working Saturday is 6) */
  weekday: number
  /** only slots inside opening hours that have not started */
  slots: Slot[]
}

/** GET /booking/slots: the bookable working days, from the next working day to the 5th ahead. */
export interface SlotsAnswer {
  serviceId: string
  placeId: string
  mode: BookingMode
  days: SlotDay[]
  /** days inside that span that are not bookable, with why ('周末', '法定节假日') */
  closed: Array<{ date: string; reason: string }>
}

// ---- bookings -------------------------------------------------------------------------------

/**
 * waitlisted ─promote (a seat frees)─► booked ─checkin─► checked_in ─done─► done
 *     │                                  │                  └─steps (代办)─► in_progress ─returned─► done
 *     ├─slot starts─► expired            ├─cancel (≥ 2 h before)─► cancelled
 *     └─cancel─► cancelled               └─no-show (30 min after the end, or a helper after the end)─► no_show
 */
export const BOOKING_STATUSES = ['waitlisted', 'booked', 'checked_in', 'in_progress', 'done', 'cancelled', 'no_show', 'expired'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  waitlisted: '候补中',
  booked: '已预约',
  checked_in: '已签到',
  in_progress: '代办中',
  done: '已办结',
  cancelled: '已取消',
  no_show: '爽约',
  expired: '候补未约上',
}
export const BOOKING_STATUS_TONES: Record<BookingStatus, Tone> = {
  waitlisted: 'orange',
  booked: 'blue',
  checked_in: 'purple',
  in_progress: 'purple',
  done: 'green',
  cancelled: 'grey',
  no_show: 'red',
  expired: 'grey',
}
/** Not over yet: the resident's 待办 and the helper's to-do. */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['waitlisted', 'booked', 'checked_in', 'in_progress']

/** 代办's steps, in order; the last one finishes the booking. */
export const PROXY_STEPS = ['received', 'submitted', 'finished', 'returned'] as const
export type ProxyStep = (typeof PROXY_STEPS)[number]
export const PROXY_STEP_LABELS: Record<ProxyStep, string> = {
  received: '材料已收取',
  submitted: '已提交部门',
  finished: '已办结',
  returned: '已取件/已寄回',
}

export const AGE_GROUPS = ['under60', '60to69', '70plus'] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = { under60: '60岁以下', '60to69': '60–69岁', '70plus': '70岁及以上' }

/** The person served, as the viewer may see them. */
export interface BookingPerson {
  self: boolean
  /** masked for helpers other than the assigned one */
  name: string
  /** '本人', or what the booker typed (父亲…) */
  relation: string
  /** masked except for the booker, the person themself and the assigned helper */
  phone: string
  ageGroup: AgeGroup | null
  disabled: boolean
  /** what the helper should know (行动不便、需要轮椅…) */
  needs: string
}

export interface BookingStepRecord {
  step: ProxyStep
  at: Iso
  /** the helper, masked for the resident */
  actorName: string
  department?: string
  note?: string
  photos?: string[]
}

export type BookingAction =
  | 'book'
  | 'waitlist'
  | 'promote'
  | 'cancel'
  | 'expire'
  | 'remind'
  | 'checkin'
  | 'step'
  | 'done'
  | 'no_show'
  | 'rate'

export interface BookingEvent {
  at: Iso
  action: BookingAction
  text: string
}

/** How the viewer is related to a booking. */
export type BookingRelation = 'booker' | 'served' | 'helper'

export type BookingPermission = 'cancel' | 'checkin' | 'done' | 'step' | 'no_show' | 'rate'

export interface BookingSummary {
  /** the booking number, BK + yyyymmdd + 4 digits */
  id: string
  serviceId: string
  serviceName: string
  mode: BookingMode
  status: BookingStatus
  /** 'YYYY-MM-DD' and start hour, China time */
  date: string
  hour: number
  start: Iso
  end: Iso
  placeId: string
  placeName: string
  /** the person served, masked as in BookingPerson */
  personName: string
  forFamily: boolean
  /** 上门: where; '' otherwise */
  address: string
  /** waitlisted: place in the queue (1 = next) */
  queue?: number
  /** 代办: the last step done */
  lastStep: ProxyStep | null
  rating: Rating | null
  relation?: BookingRelation
}

/** What the QR carries and what to type: only the booker and the person served see it, while booked. */
export interface BookingVoucher {
  /** a server-signed token (the QR's content); an altered or forged one is refused */
  token: string
  /** 6 digits the helper may type instead */
  shortCode: string
}

export interface Booking extends BookingSummary {
  place: PlaceSummary
  /** what to bring (the service's checklist) */
  materials: MaterialItem[]
  person: BookingPerson
  /** a family member's agreement, recorded by the server when the booking was made */
  consent: { at: Iso; authorization: string | null } | null
  /** masked for helpers */
  bookerName: string
  /** masked except for the booker and the assigned helper */
  bookerPhone: string
  note: string
  voucher: BookingVoucher | null
  /** online cancel until then */
  cancelBefore: Iso
  /** check in until then; after it the booking is a no-show */
  checkInUntil: Iso
  checkedInAt: Iso | null
  doneAt: Iso | null
  /** 帮办/上门: the helper's short record */
  record: string
  steps: BookingStepRecord[]
  /** 代办: the next step a helper may record */
  nextStep: ProxyStep | null
  /** the assigned helper, masked for the resident ('' before anyone is assigned) */
  helperName: string
  events: BookingEvent[]
  ratingComment: string | null
  can: BookingPermission[]
}

// ---- standing, appeals, desk ----------------------------------------------------------------

export const APPEAL_STATUSES = ['pending', 'lifted', 'kept'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = { pending: '待处理', lifted: '已解除暂停', kept: '维持暂停' }

export interface BookingAppeal {
  id: string
  status: AppealStatus
  /** masked for helpers */
  residentName: string
  reason: string
  createdAt: Iso
  pausedUntil: Iso | null
  /** the no-shows it is about */
  noShows: BookingSummary[]
  decidedAt: Iso | null
  reply: string
  can: Array<'decide'>
}

/** GET /booking/standing: what a resident may book now. */
export interface Standing {
  /** no-shows in the last NO_SHOW_WINDOW_DAYS days (appeals that lifted a pause forgive theirs) */
  noShows: number
  /** booking is paused until then (403 on POST /bookings); null: not paused */
  pausedUntil: Iso | null
  /** the appeal of the current pause, if any */
  appeal: BookingAppeal | null
  /** booked + waitlisted, against MAX_UPCOMING_BOOKINGS */
  upcoming: number
  canAppeal: boolean
}

export interface Desk {
  places: PlaceSummary[]
  /** bookings at the helper's places by rating */
  ratings: Record<Rating, number>
  /** the latest ratings with comments */
  recent: Array<{ bookingId: string; serviceName: string; rating: Rating; comment: string; at: Iso }>
  /** appeals waiting for a decision */
  appealsPending: number
}

export type BookingPage = Page<BookingSummary>
