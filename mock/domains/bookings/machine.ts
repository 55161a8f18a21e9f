// 帮代办 as pure operations on the db (statuses and rules: src/contract/bookings/model.ts). Each
// checks the actor's permission (403) and the state (409), records events, keeps the in-memory
// index and sends messages. Access (404) and bodies (400) are checked by the routes before. The
// seed drives the same operations, so its history is what the live app would have made.
//
// Seats cannot be oversold: counting the seats of a slot and taking one happen in one
// synchronous stretch (no await between them), and the mock answers one request's handler at a
// time, so of two requests for the last seat the second sees it taken. A cancel promotes the
// first in the waitlist in the same stretch, so a freed seat is never seen free while someone
// waits for it.
//
// A paused booker (too many no-shows) keeps their place in a waitlist but is passed over while
// paused: a seat freed then goes to the next in line, or, with nobody else waiting, to whoever books
// it next. When the pause ends (the clock) or is lifted (an appeal), their waitlisted slots that
// still have a free seat and have not started are given to them at that instant. So a seat is
// never left free while someone who may take it waits, and nobody books ahead of such a waiter.
//
// Time-driven steps (reminders, expiring waitlists, automatic no-shows, pauses ending) run in `tickBookings`,
// which the server calls before every request (DomainModule.tick): each step is applied at the
// instant it fell due, in order, so a clock moved forward by days replays them as they would
// have happened.
import {
  BOOKING_HORIZON_WORKDAYS,
  BOOKING_STATUS_LABELS,
  CANCEL_BEFORE_HOURS,
  MAX_UPCOMING_BOOKINGS,
  MODE_LABELS,
  NO_SHOW_AFTER_MINUTES,
  NO_SHOW_PAUSE,
  NO_SHOW_WARN,
  NO_SHOW_WINDOW_DAYS,
  PAUSE_DAYS,
  PROXY_STEPS,
  PROXY_STEP_LABELS,
  RATING_LABELS,
  SLOT_FULL_MESSAGE,
  hoursText,
  links,
  type BookingAction,
  type BookingCreateData,
  type BookingMode,
  type BookingStatus,
  type DayHours,
  type Iso,
  type MessageKind,
  type ProxyStep,
  type Rating,
  type SlotsAnswer,
} from '../../../src/contract'
import { hasRole } from '../../server/access'
import { nextId, nextSeq, type DbState } from '../../server/db'
import { apiFail, fail } from '../../server/errors'
import { chinaClock, chinaDayCompact } from '../../server/china'
import { DAY, HOUR, dict, getOwn, setOwn } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { notify } from '../inbox'
import { addDays, chinaDay, dayOffReason, dayText, instantOf, weekdayOf, workdaysAfter } from './calendar'
import type { AppealRecord, BookingRecord, PlaceRecord, ServiceRecord, StandingRecord, StepRecord } from './state'
import { hmac, randomHex } from '../../server/crypto'

const MINUTE = 60e3
const NO_SHOW_MS = NO_SHOW_AFTER_MINUTES * MINUTE

// ---- the index: bookings by place and day, and by short code (memory only, rebuilt on load) ----

interface Index {
  /** how many bookings it was built from: a db changed behind the operations' back is re-read */
  n: number
  byDay: Record<string, BookingRecord[]>
  codes: Record<string, BookingRecord>
  /** epoch ms before which no reminder, expiry, no-show or end of a pause is due */
  due: number
  /** epoch ms up to which the clock's steps are applied: an end of a pause before it was handled */
  last: number
}

const indexes = new WeakMap<object, Index>()
const dayKey = (placeId: string, date: string) => `${placeId}|${date}`

export function indexOf(db: DbState): Index {
  let ix = indexes.get(db.bookings)
  if (ix && ix.n === db.bookings.length) return ix
  ix = { n: 0, byDay: dict(), codes: dict(), due: 0, last: 0 }
  indexes.set(db.bookings, ix)
  for (const b of db.bookings) put(ix, b)
  return ix
}

function put(ix: Index, b: BookingRecord): void {
  const k = dayKey(b.placeId, b.date)
  ;(ix.byDay[k] || (ix.byDay[k] = [])).push(b)
  ix.codes[b.code] = b
  ix.n++
}

/** Something may fall due earlier than the index knew: the next tick looks again. */
function touch(db: DbState): void {
  indexOf(db).due = 0
}

// ---- lookups ------------------------------------------------------------------------------

export const findService = (db: DbState, id: string): ServiceRecord | undefined => db.bookingServices.find((s) => s.id === id)
export const findPlace = (db: DbState, id: string): PlaceRecord | undefined => db.bookingPlaces.find((p) => p.id === id)

export function isHelperAt(db: DbState, user: UserRecord | null, placeId: string): boolean {
  const p = findPlace(db, placeId)
  return !!user && !!p && hasRole(user, 'helper') && p.helperIds.indexOf(user.id) >= 0
}

export function placesOf(db: DbState, user: UserRecord): PlaceRecord[] {
  return hasRole(user, 'helper') ? db.bookingPlaces.filter((p) => p.helperIds.indexOf(user.id) >= 0) : []
}

/** Hours a place opens on a date; a 调休 working weekend day keeps Monday's. */
export function hoursOn(place: PlaceRecord, date: string): DayHours {
  const wd = weekdayOf(date)
  return place.hours[wd === 0 || wd === 6 ? 1 : wd] || []
}

const UPCOMING: readonly BookingStatus[] = ['booked', 'waitlisted']
/** Statuses that hold a seat of their slot. */
const HOLDS: readonly BookingStatus[] = ['booked', 'checked_in', 'in_progress', 'done', 'no_show']
const LIVE = (s: BookingStatus) => s !== 'cancelled' && s !== 'expired'

export const statusLabel = (s: BookingStatus) => BOOKING_STATUS_LABELS[s]
const hhmm = chinaClock
/** '11月23日 09:00' */
export const slotText = (b: BookingRecord) => `${dayText(b.date)} ${b.hour < 10 ? '0' : ''}${b.hour}:00`

/**
 * Seats taken and people waiting per hour of a day at a place, for counter seats or 上门 visits;
 * `passed`: of those waiting, the ones paused at `at` (a freed seat does not wait for them).
 */
export function dayUse(db: DbState, placeId: string, date: string, home: boolean, at?: Iso): { taken: number[]; waiting: number[]; passed: number[] } {
  const taken: number[] = []
  const waiting: number[] = []
  const passed: number[] = []
  for (let h = 0; h < 24; h++) taken[h] = waiting[h] = passed[h] = 0
  for (const b of indexOf(db).byDay[dayKey(placeId, date)] || []) {
    if ((b.mode === 'home') !== home) continue
    if (b.status === 'waitlisted') {
      waiting[b.hour]++
      if (at && pausedUntil(db, b.bookerId, at)) passed[b.hour]++
    } else if (HOLDS.indexOf(b.status) >= 0) taken[b.hour]++
  }
  return { taken, waiting, passed }
}

// ---- standing: no-shows and pauses ----------------------------------------------------------

export function standingOf(db: DbState, userId: string): StandingRecord | undefined {
  return getOwn(db.bookingStanding, userId)
}

/** When the user's pause ends, if they are paused at `at`. */
export function pausedUntil(db: DbState, userId: string, at: Iso): Iso | null {
  const s = standingOf(db, userId)
  return s && s.pausedUntil && Date.parse(at) < Date.parse(s.pausedUntil) ? s.pausedUntil : null
}

/** The no-shows that count at `at`: slots that ended in the last NO_SHOW_WINDOW_DAYS, not forgiven. */
export function countedNoShows(db: DbState, userId: string, at: Iso): BookingRecord[] {
  const t = Date.parse(at)
  return db.bookings.filter((b) => b.bookerId === userId && b.status === 'no_show' && !b.forgiven && Date.parse(b.end) <= t && Date.parse(b.end) > t - NO_SHOW_WINDOW_DAYS * DAY)
}

export function pausedMessage(until: Iso): string {
  return `您近${NO_SHOW_WINDOW_DAYS}天内爽约${NO_SHOW_PAUSE}次，预约已暂停至${dayText(chinaDay(Date.parse(until)))}。如有特殊情况，可在「帮代办」页提出申诉`
}

// ---- messages -------------------------------------------------------------------------------

/** A message about a booking: to its booker and the person served (if they have an account), or to `to`. */
function tell(db: DbState, b: BookingRecord, kind: MessageKind, title: string, body: string, at: Iso, to?: string[]): void {
  const ids = to || (b.servedId ? [b.bookerId, b.servedId] : [b.bookerId])
  notify(db, ids, { kind, title, body, link: links.bookingDetail(b.id), subject: { type: 'booking', id: b.id } }, at)
}

function what(db: DbState, b: BookingRecord): string {
  const s = findService(db, b.serviceId)
  const p = findPlace(db, b.placeId)
  return `「${s ? s.name : '预约'}·${MODE_LABELS[b.mode]}」${slotText(b)}${b.mode !== 'home' && p ? ` ${p.name}` : ''}`
}

function log(b: BookingRecord, at: Iso, action: BookingAction, text: string): void {
  b.events.push({ at, action, text })
}

// ---- booking --------------------------------------------------------------------------------

/** 400 unless `date` at `hour` is a bookable slot of the place at `now`. */
export function checkSlot(place: PlaceRecord, date: string, hour: number, now: Date): void {
  const today = chinaDay(now.getTime())
  const days = workdaysAfter(today, BOOKING_HORIZON_WORKDAYS)
  const last = days[days.length - 1]
  const off = dayOffReason(date)
  if (date <= today) throw fail.validation({ date: `最早可预约下一个工作日（${dayText(days[0])}）` })
  if (off) throw fail.validation({ date: `${dayText(date)}是${off}，不办理预约，请选择工作日` })
  if (date > last) throw fail.validation({ date: `最多可预约${BOOKING_HORIZON_WORKDAYS}个工作日内（至${dayText(last)}）` })
  const hours = hoursOn(place, date)
  if (!hours.some(([a, b]) => hour >= a && hour < b)) throw fail.validation({ hour: `该时段不在服务时间内（${hoursText(hours)}）` })
  if (instantOf(date, hour) <= now.getTime()) throw fail.validation({ hour: '该时段已开始，请选择其他时段' })
}

/** 400 at the field for a service, mode or place that do not go together. */
export function checkOffer(db: DbState, serviceId: string, placeId: string, mode: BookingMode): { service: ServiceRecord; place: PlaceRecord } {
  const service = findService(db, serviceId)
  if (!service) throw fail.validation({ serviceId: '所选事项不存在' })
  if (service.modes.indexOf(mode) < 0) throw fail.validation({ mode: `「${service.name}」不支持${MODE_LABELS[mode]}` })
  const place = findPlace(db, placeId)
  if (!place || place.serviceIds.indexOf(serviceId) < 0) throw fail.validation({ placeId: `所选服务点不办理「${service.name}」` })
  if (mode === 'home' && !place.homeSeats) throw fail.validation({ placeId: '所选服务点不提供上门服务' })
  return { service, place }
}

function newBookingId(db: DbState, at: Iso): string {
  const day = chinaDayCompact(at)
  return `BK${day}${String(nextSeq(db, `BK${day}`)).padStart(4, '0')}`
}

/** A signing key for a db that has none (one made without the seed). */
export function secretOf(db: DbState): string {
  if (!db.bookingSecret) db.bookingSecret = randomHex(32)
  return db.bookingSecret
}

/** 6 digits, unique among the bookings, derived from the key so they cannot be guessed from the number. */
function newCode(db: DbState, id: string): string {
  const codes = indexOf(db).codes
  for (let salt = 0; ; salt++) {
    const code = String(parseInt(hmac(secretOf(db), `${id}|${salt}`).slice(0, 8), 16) % 1e6).padStart(6, '0')
    if (!codes[code]) return code
  }
}

/** Reminders whose time has passed when a booking gets its seat are not sent. */
function skipPastReminders(b: BookingRecord, at: Iso): void {
  const s = Date.parse(b.start)
  const t = Date.parse(at)
  if (t >= s - 24 * HOUR) b.reminded |= 1
  if (t >= s - HOUR) b.reminded |= 2
}

/**
 * A resident books (or joins the waitlist of a full slot with `waitlist: true`). The body has
 * passed the schema; the catalogue, the calendar, the limits and the seats are checked here.
 */
export function createBooking(db: DbState, input: BookingCreateData, booker: UserRecord, now: Date): BookingRecord {
  const at = now.toISOString()
  if (!hasRole(booker, 'resident')) throw fail.forbidden('只有居民可以预约')
  const until = pausedUntil(db, booker.id, at)
  if (until) throw fail.forbidden(pausedMessage(until))
  const { service, place } = checkOffer(db, input.serviceId, input.placeId, input.mode)
  checkSlot(place, input.date, input.hour, now)
  const mine = db.bookings.filter((b) => b.bookerId === booker.id)
  if (mine.filter((b) => UPCOMING.indexOf(b.status) >= 0).length >= MAX_UPCOMING_BOOKINGS) {
    throw fail.conflict(`您已有${MAX_UPCOMING_BOOKINGS}个待办的预约（含候补），办结或取消后才能再约`)
  }
  if (mine.some((b) => b.serviceId === service.id && b.date === input.date && LIVE(b.status))) {
    throw fail.conflict(`您${dayText(input.date)}已预约过「${service.name}」，同一事项每天只能预约一次`)
  }
  const home = input.mode === 'home'
  const use = dayUse(db, place.id, input.date, home, at)
  const full = use.taken[input.hour] + use.waiting[input.hour] - use.passed[input.hour] >= (home ? place.homeSeats : place.seats)
  if (full && !input.waitlist) throw apiFail(409, 'STATE_CONFLICT', SLOT_FULL_MESSAGE, { hour: SLOT_FULL_MESSAGE })

  const seq = nextSeq(db, 'booking')
  const id = newBookingId(db, at)
  const fam = input.family
  const servedId = fam ? Object.keys(db.users).find((uid) => db.users[uid].phone === fam.phone) || null : booker.id
  const start = instantOf(input.date, input.hour)
  const b: BookingRecord = {
    id,
    seq,
    serviceId: service.id,
    mode: input.mode,
    placeId: place.id,
    date: input.date,
    hour: input.hour,
    start: new Date(start).toISOString(),
    end: new Date(start + HOUR).toISOString(),
    status: full ? 'waitlisted' : 'booked',
    bookerId: booker.id,
    servedId,
    family: fam ? { name: fam.name, relation: fam.relation, phone: fam.phone } : null,
    ageGroup: input.ageGroup || null,
    disabled: input.disabled,
    needs: input.needs,
    address: home ? input.address : '',
    note: input.note,
    consentAt: fam ? at : null,
    authorization: (fam && fam.authorization) || null,
    helperId: place.helperIds.length ? place.helperIds[seq % place.helperIds.length] : null,
    code: newCode(db, id),
    version: 1,
    createdAt: at,
    checkedInAt: null,
    doneAt: null,
    record: '',
    steps: [],
    events: [],
    rating: null,
    ratingComment: null,
    reminded: 0,
  }
  skipPastReminders(b, at)
  // events are shown to every helper of the place, who see the person's name masked: no name here
  const who = fam ? `为${fam.relation}` : ''
  log(b, at, full ? 'waitlist' : 'book', full ? `${who}加入候补，排第${use.waiting[input.hour] + 1}位` : `${who}预约成功`)
  db.bookings.push(b)
  put(indexOf(db), b)
  touch(db)
  if (fam && servedId && servedId !== booker.id) {
    tell(db, b, 'booking_status', '家人为您预约了服务', `${booker.name}为您预约了${what(db, b)}`, at, [servedId])
  }
  return b
}

const FREED = '有人取消，候补已自动递补为正式预约'
// seen by the place's helpers too: it does not say that the booker had been paused
const RESTORED = '有空余名额，候补已自动递补为正式预约'

/** Free seats at b's slot go to its waitlist, first come first served (a paused booker is passed over); how many did. */
function promote(db: DbState, b: BookingRecord, at: Iso, text: string): number {
  const place = findPlace(db, b.placeId)
  if (!place) return 0
  const home = b.mode === 'home'
  const same = (indexOf(db).byDay[dayKey(b.placeId, b.date)] || []).filter((x) => x.hour === b.hour && (x.mode === 'home') === home)
  let taken = same.filter((x) => HOLDS.indexOf(x.status) >= 0).length
  let n = 0
  const queue = same.filter((x) => x.status === 'waitlisted').sort((x, y) => x.seq - y.seq)
  for (const w of queue) {
    if (taken >= (home ? place.homeSeats : place.seats)) break
    if (pausedUntil(db, w.bookerId, at)) continue
    w.status = 'booked'
    skipPastReminders(w, at)
    log(w, at, 'promote', text)
    tell(db, w, 'booking_promoted', '候补成功', `${what(db, w)}已为您约上，请按时前往并带齐材料`, at)
    taken++
    n++
  }
  touch(db)
  return n
}

/** The pause of `userId` is over at `at`: their waitlisted slots not yet started take them if a seat is free, in queue order. */
function restore(db: DbState, userId: string, at: Iso): number {
  const t = Date.parse(at)
  const mine = db.bookings.filter((x) => x.bookerId === userId && x.status === 'waitlisted' && Date.parse(x.start) > t).sort((x, y) => x.seq - y.seq)
  let n = 0
  for (const w of mine) if (w.status === 'waitlisted') n += promote(db, w, at, RESTORED)
  return n
}

export function cancelBooking(db: DbState, b: BookingRecord, actor: UserRecord, input: { reason: string }, at: Iso): void {
  if (b.bookerId !== actor.id) throw fail.forbidden('只有预约人可以取消预约')
  const why = input.reason ? `：${input.reason}` : ''
  if (b.status === 'waitlisted') {
    b.status = 'cancelled'
    log(b, at, 'cancel', `退出候补${why}`)
    return
  }
  if (b.status !== 'booked') throw fail.conflict(`预约当前为「${statusLabel(b.status)}」，不能取消`)
  if (Date.parse(at) > Date.parse(b.start) - CANCEL_BEFORE_HOURS * HOUR) {
    const p = findPlace(db, b.placeId)
    throw fail.conflict(`距预约开始已不足${CANCEL_BEFORE_HOURS}小时，不能在线取消。如不能前往，请致电${p ? `${p.name} ${p.phone}` : '服务点'}说明`)
  }
  b.status = 'cancelled'
  b.version++
  log(b, at, 'cancel', `预约人取消了预约${why}`)
  promote(db, b, at, FREED)
}

// ---- the helper's side ----------------------------------------------------------------------

export const FORGED_VOUCHER = '凭证无效：二维码可能被修改或伪造。请居民打开预约凭证重新出示，或输入6位短码'

/** Check-in: the voucher was shown (scanned or its short code typed) at the booking's place, on its day. */
export function checkIn(db: DbState, b: BookingRecord, helper: UserRecord, at: Iso): void {
  if (!isHelperAt(db, helper, b.placeId)) throw fail.forbidden('只能为本服务点的预约签到')
  switch (b.status) {
    case 'booked':
      break
    case 'checked_in':
    case 'in_progress':
    case 'done':
      throw fail.conflict(`该凭证已于${dayText(chinaDay(Date.parse(b.checkedInAt || at)))} ${hhmm(b.checkedInAt || at)}签到使用，不能重复使用`)
    case 'no_show':
      throw fail.conflict(`已超过签到时间（${slotText(b)}时段结束后${NO_SHOW_AFTER_MINUTES}分钟），该预约已记为爽约`)
    case 'waitlisted':
      throw fail.conflict('该预约仍在候补中，还没有约上，不能签到')
    default:
      throw fail.conflict(`该预约${statusLabel(b.status)}，凭证已失效`)
  }
  const today = chinaDay(Date.parse(at))
  if (b.date !== today) throw fail.conflict(`这是${slotText(b)}的预约，不是今天的，请当天再来签到`)
  b.status = 'checked_in'
  b.checkedInAt = at
  b.helperId = helper.id
  // the token of this version is spent
  b.version++
  log(b, at, 'checkin', b.mode === 'home' ? '专员已上门，签到成功' : '已到服务点签到')
}

function requireHelper(db: DbState, b: BookingRecord, actor: UserRecord): void {
  if (!isHelperAt(db, actor, b.placeId)) throw fail.forbidden('只有本服务点的帮代办专员可以办理')
}

function requireCheckedIn(b: BookingRecord, verb: string): void {
  if (b.status === 'booked') throw fail.conflict(`请先扫码签到，再${verb}`)
  if (b.status !== 'checked_in' && b.status !== 'in_progress') throw fail.conflict(`预约当前为「${statusLabel(b.status)}」，不能${verb}`)
}

/** 帮办 / 上门: done, with the helper's short record. */
export function finishBooking(db: DbState, b: BookingRecord, actor: UserRecord, input: { record: string }, at: Iso): void {
  requireHelper(db, b, actor)
  if (b.mode === 'proxy') throw fail.conflict('代办请按步骤登记，最后一步「已取件/已寄回」即办结')
  requireCheckedIn(b, '办结')
  b.status = 'done'
  b.doneAt = at
  b.record = input.record
  log(b, at, 'done', `已办结：${input.record}`)
  tell(db, b, 'booking_done', '已办结，请评价', `${what(db, b)}已办结。欢迎对本次服务作出评价`, at)
}

/** 代办: the next step, in order; the last one finishes it. */
export function addStep(db: DbState, b: BookingRecord, actor: UserRecord, input: { step: ProxyStep; department: string; note: string; photos: string[] }, at: Iso): void {
  requireHelper(db, b, actor)
  if (b.mode !== 'proxy') throw fail.conflict('只有代办需要登记办理步骤')
  requireCheckedIn(b, '登记办理步骤')
  const next = PROXY_STEPS[b.steps.length]
  if (input.step !== next) throw fail.conflict(`请按顺序登记：下一步是「${PROXY_STEP_LABELS[next]}」`)
  const s: StepRecord = { step: next, at, actorId: actor.id }
  if (input.department) s.department = input.department
  if (input.note) s.note = input.note
  if (input.photos.length) s.photos = input.photos.slice()
  b.steps.push(s)
  const label = PROXY_STEP_LABELS[next]
  const detail = `${label}${s.department ? `（${s.department}）` : ''}${s.note ? `：${s.note}` : ''}`
  log(b, at, 'step', detail)
  const last = next === 'returned'
  b.status = last ? 'done' : 'in_progress'
  if (last) b.doneAt = at
  tell(db, b, 'booking_step', `代办进度：${label}`, `${what(db, b)}：${detail}${last ? '。已全部办结，欢迎评价' : ''}`, at)
}

/** A no-show, by a helper (once the slot has ended) or by the clock (NO_SHOW_AFTER_MINUTES later); true if it paused the booker. */
export function markNoShow(db: DbState, b: BookingRecord, actor: UserRecord | null, at: Iso): boolean {
  if (actor) requireHelper(db, b, actor)
  if (b.status !== 'booked') throw fail.conflict(`预约当前为「${statusLabel(b.status)}」，不能标记爽约`)
  if (Date.parse(at) < Date.parse(b.end)) throw fail.conflict(`时段结束（${hhmm(b.end)}）后才能标记爽约`)
  b.status = 'no_show'
  log(b, at, 'no_show', actor ? '专员标记为爽约' : `时段结束${NO_SHOW_AFTER_MINUTES}分钟仍未签到，记为爽约`)
  const n = countedNoShows(db, b.bookerId, at).length
  const paused = pausedUntil(db, b.bookerId, at)
  if (paused) {
    // a booking made before the pause: the pause stands as it is, the count is the real one
    tell(db, b, 'booking_noshow', '您错过了预约', `您错过了${what(db, b)}，近${NO_SHOW_WINDOW_DAYS}天已爽约${n}次，预约暂停至${dayText(chinaDay(Date.parse(paused)))}。不能前往请提前取消`, at, [b.bookerId])
  } else if (n >= NO_SHOW_PAUSE) {
    const until = new Date(Date.parse(at) + PAUSE_DAYS * DAY).toISOString()
    setOwn(db.bookingStanding, b.bookerId, { pausedAt: at, pausedUntil: until })
    tell(db, b, 'booking_paused', '预约已暂停', `您错过了${what(db, b)}。${pausedMessage(until)}`, at, [b.bookerId])
    // its end is a step of the clock
    touch(db)
    return true
  } else if (n === NO_SHOW_WARN) {
    tell(db, b, 'booking_warning', '爽约提醒', `您错过了${what(db, b)}，近${NO_SHOW_WINDOW_DAYS}天已爽约${n}次；再爽约1次将暂停预约${PAUSE_DAYS}天。不能前往请提前取消`, at, [b.bookerId])
  } else {
    tell(db, b, 'booking_noshow', '您错过了预约', `您错过了${what(db, b)}，已记爽约1次。不能前往请提前取消`, at, [b.bookerId])
  }
  return false
}

export function rateBooking(b: BookingRecord, actor: UserRecord, input: { rating: Rating; comment: string }, at: Iso): void {
  if (b.bookerId !== actor.id) throw fail.forbidden('只有预约人可以评价')
  if (b.status !== 'done') throw fail.conflict('办结后才能评价')
  if (b.rating) throw fail.conflict('您已评价过这次服务')
  b.rating = input.rating
  b.ratingComment = input.comment || null
  log(b, at, 'rate', `评价：${RATING_LABELS[input.rating]}${input.comment ? `，${input.comment}` : ''}`)
}

// ---- appeals ----------------------------------------------------------------------------------

export function fileAppeal(db: DbState, user: UserRecord, input: { reason: string }, at: Iso): AppealRecord {
  const st = standingOf(db, user.id)
  if (!st || !pausedUntil(db, user.id, at)) throw fail.conflict('您的预约没有被暂停，无需申诉')
  const prior = db.bookingAppeals.find((a) => a.userId === user.id && a.pausedAt === st.pausedAt)
  if (prior) throw fail.conflict(prior.status === 'pending' ? '您的申诉正在处理，请留意消息' : '这次暂停已申诉过，答复已发到消息')
  const noShows = countedNoShows(db, user.id, st.pausedAt)
  const placeIds = noShows.map((b) => b.placeId).filter((p, i, all) => all.indexOf(p) === i)
  const a: AppealRecord = { id: nextId(db, 'ap'), userId: user.id, reason: input.reason, createdAt: at, status: 'pending', pausedAt: st.pausedAt, bookingIds: noShows.map((b) => b.id), placeIds, decidedAt: null, deciderId: null, reply: '' }
  db.bookingAppeals.push(a)
  const helpers = db.bookingPlaces.filter((p) => placeIds.indexOf(p.id) >= 0).flatMap((p) => p.helperIds)
  notify(db, helpers, { kind: 'booking_appeal', title: '爽约申诉待处理', body: `居民申诉：${input.reason.slice(0, 40)}`, link: links.bookingDesk('appeals'), subject: { type: 'booking_appeal', id: a.id } }, at)
  return a
}

export function mayDecide(db: DbState, a: AppealRecord, user: UserRecord | null): boolean {
  return a.placeIds.some((p) => isHelperAt(db, user, p))
}

export function decideAppeal(db: DbState, a: AppealRecord, actor: UserRecord, input: { lift: boolean; reply: string }, at: Iso): void {
  if (!mayDecide(db, a, actor)) throw fail.forbidden('只有爽约所在服务点的专员可以处理申诉')
  if (a.status !== 'pending') throw fail.conflict('该申诉已处理')
  a.status = input.lift ? 'lifted' : 'kept'
  a.decidedAt = at
  a.deciderId = actor.id
  a.reply = input.reply
  const st = standingOf(db, a.userId)
  if (input.lift) {
    if (st) st.pausedUntil = null
    for (const b of db.bookings) if (a.bookingIds.indexOf(b.id) >= 0) b.forgiven = true
  }
  const body = input.lift ? `您的申诉已通过，预约已恢复。答复：${input.reply}` : `您的申诉未通过，暂停至${st && st.pausedUntil ? dayText(chinaDay(Date.parse(st.pausedUntil))) : ''}。答复：${input.reply}`
  notify(db, [a.userId], { kind: 'booking_appeal', title: input.lift ? '申诉通过，已恢复预约' : '申诉未通过', body, link: links.booking(), subject: { type: 'booking_appeal', id: a.id } }, at)
  if (input.lift) restore(db, a.userId, at)
}

// ---- the clock ------------------------------------------------------------------------------

// what falls due: 0 the slot starts (a waitlist expires), 1 and 2 the reminders, 3 the no-show,
// 4 the booker's pause ends (a waitlist place may take a free seat)
type Due = [number, number, BookingRecord, 0 | 1 | 2 | 3 | 4]

/** The steps due by `t` in the order they fell due, and when the next one after `t` is due. */
function dueBy(db: DbState, ix: Index, t: number): { due: Due[]; next: number } {
  const due: Due[] = []
  let next = Infinity
  const at = (ms: number, b: BookingRecord, kind: Due[3]) => {
    if (ms <= t) due.push([ms, b.seq, b, kind])
    else if (ms < next) next = ms
  }
  for (const b of db.bookings) {
    if (b.status === 'waitlisted') {
      const s = Date.parse(b.start)
      at(s, b, 0)
      const st = standingOf(db, b.bookerId)
      const end = st && st.pausedUntil ? Date.parse(st.pausedUntil) : NaN
      // a pause that ended before the steps already applied was seen then: not again
      if (end > ix.last && end < s) at(end, b, 4)
    }
    if (b.status !== 'booked') continue
    const s = Date.parse(b.start)
    if (!(b.reminded & 1)) at(s - 24 * HOUR, b, 1)
    if (!(b.reminded & 2)) at(s - HOUR, b, 2)
    at(Date.parse(b.end) + NO_SHOW_MS, b, 3)
  }
  due.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[3] - y[3])
  return { due, next }
}

/** One step at its instant; true if it made new steps (a booking promoted, a pause begun). */
function step(db: DbState, ms: number, b: BookingRecord, kind: Due[3]): boolean {
  const iso = new Date(ms).toISOString()
  if (kind === 0 && b.status === 'waitlisted') {
    b.status = 'expired'
    log(b, iso, 'expire', '时段已开始，候补未能约上')
    tell(db, b, 'booking_expired', '候补未约上', `${what(db, b)}没有空出名额，候补已结束。可以另约其他时段`, iso)
  } else if (kind === 3 && b.status === 'booked') {
    return markNoShow(db, b, null, iso)
  } else if ((kind === 1 || kind === 2) && b.status === 'booked' && !(b.reminded & kind)) {
    b.reminded |= kind
    log(b, iso, 'remind', kind === 1 ? '已发送前一天提醒' : '已发送开始前1小时提醒')
    tell(db, b, 'booking_reminder', kind === 1 ? '明天有预约' : '1小时后有预约', `${what(db, b)}，请带齐材料${b.mode === 'home' ? '在家等候' : '按时前往'}。不能前往请提前取消`, iso)
  } else if (kind === 4 && b.status === 'waitlisted' && !pausedUntil(db, b.bookerId, iso)) {
    return promote(db, b, iso, RESTORED) > 0
  }
  return false
}

/** Applies whatever fell due up to `now`, each at its own instant; true if anything changed. */
export function tickBookings(db: DbState, now: Date): boolean {
  const ix = indexOf(db)
  const t = now.getTime()
  // the demo clock went back: pauses ending after it are to be seen again when it passes them,
  // and what falls due is worked out afresh (before the shortcut below, which would skip it)
  if (ix.last > t) {
    ix.last = t
    ix.due = 0
  }
  if (t < ix.due) return false
  let changed = false
  for (;;) {
    const { due, next } = dueBy(db, ix, t)
    changed = changed || due.length > 0
    // a step that makes new ones (a promoted booking's reminders, a pause's end) may make some
    // due before the rest of this list: finish its instant, then look again from there
    let made = Infinity
    for (const [ms, , b, kind] of due) {
      if (ms > made) break
      if (step(db, ms, b, kind)) made = ms
    }
    if (made === Infinity) {
      ix.last = t
      ix.due = next
      return changed
    }
    ix.last = made
  }
}

// ---- availability ---------------------------------------------------------------------------

/**
 * The bookable days of a place for a mode (from the next working day to the
 * BOOKING_HORIZON_WORKDAYS-th), each with its slots inside opening hours that have not started,
 * and the days in between that are closed. Counts come from the place-and-day index, so this does
 * not grow with the number of bookings elsewhere.
 */
export function slotsOf(db: DbState, place: PlaceRecord, mode: BookingMode, now: Date): Pick<SlotsAnswer, 'days' | 'closed'> {
  const today = chinaDay(now.getTime())
  const days = workdaysAfter(today, BOOKING_HORIZON_WORKDAYS)
  const closed: SlotsAnswer['closed'] = []
  for (let d = addDays(today, 1); d < days[days.length - 1]; d = addDays(d, 1)) {
    const off = dayOffReason(d)
    if (off) closed.push({ date: d, reason: off })
  }
  const home = mode === 'home'
  const seats = home ? place.homeSeats : place.seats
  return {
    closed,
    days: days.map((date) => {
      const use = dayUse(db, place.id, date, home, now.toISOString())
      const slots: SlotsAnswer['days'][number]['slots'] = []
      for (const [from, to] of hoursOn(place, date)) {
        for (let h = from; h < to; h++) {
          const start = instantOf(date, h)
          if (start <= now.getTime()) continue
          // a seat freed while only paused bookers wait is open to anyone (see createBooking)
          const left = use.waiting[h] > use.passed[h] ? 0 : Math.max(0, seats - use.taken[h])
          // waiting: those a freed seat would go to (a paused booker is passed over), so a slot with
          // a seat left does not also read as having a queue
          slots.push({ hour: h, start: new Date(start).toISOString(), end: new Date(start + HOUR).toISOString(), seats, left, waiting: use.waiting[h] - use.passed[h] })
        }
      }
      return { date, weekday: weekdayOf(date), slots }
    }),
  }
}
