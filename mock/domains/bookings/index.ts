// 帮代办 routes. Order of checks on an action: auth (401) → role (403, by the router) → the
// booking exists and the caller may see it (404, never 403) → the caller may act (403; a paused
// resident's booking too) → the body is valid (400) → the state and the limits allow it (409).
import {
  ACTIVE_BOOKING_STATUSES,
  RATINGS,
  appealListQuerySchema,
  bookingAppealSchema,
  bookingCancelSchema,
  bookingCheckinSchema,
  bookingCreateSchema,
  bookingDecideSchema,
  bookingDoneSchema,
  bookingEndpoints,
  bookingListQuerySchema,
  bookingNoShowSchema,
  bookingRateSchema,
  bookingStepSchema,
  serviceListQuerySchema,
  slotsQuerySchema,
  type BookingStatus,
  type Desk,
  type Rating,
  type SlotsAnswer,
  type Standing,
} from '../../../src/contract'
import { findReadable, hasRole } from '../../server/access'
import type { DomainModule } from '../../server/domain'
import { fail } from '../../server/errors'
import { body, query } from '../../server/input'
import { rateLimit } from '../../server/limit'
import { paginate } from '../../server/paging'
import type { RouteContext, RouteDef } from '../../server/router'
import { DAY } from '../../server/util'
import { PHOTO_BODY_MAX_BYTES, takePhotos } from '../photos/state'
import { chinaDay } from './calendar'
import {
  FORGED_VOUCHER,
  addStep,
  cancelBooking,
  checkIn,
  checkOffer,
  countedNoShows,
  createBooking,
  decideAppeal,
  fileAppeal,
  findPlace,
  finishBooking,
  indexOf,
  isHelperAt,
  markNoShow,
  mayDecide,
  pausedMessage,
  pausedUntil,
  placesOf,
  rateBooking,
  secretOf,
  slotsOf,
  standingOf,
  tickBookings,
} from './machine'
import { seedBookingsDomain } from './seed'
import { emptyBookings, type BookingRecord, type BookingsSlice } from './state'
import { bookingReaders, toAppeal, toBooking, toBookingSummary, toPlace, toPlaceSummary, toService, toServiceSummary } from './view'
import { verifyVoucher } from './voucher'

export * from './calendar'
export * from './machine'
export * from './state'
export * from './view'
export * from './voucher'

export const BOOKING_NOT_FOUND = '预约不存在或无权查看'

/** New bookings per resident per rolling day, waitlist entries included. */
export const BOOKINGS_PER_DAY = 20
const createLimit = rateLimit({ name: 'bookings.create', max: BOOKINGS_PER_DAY, windowMs: DAY, message: '今天预约次数太多，请明天再试' })

function visible(ctx: RouteContext): BookingRecord {
  return findReadable(ctx.db.bookings, ctx.params.id, ctx.me(), bookingReaders(ctx.db), BOOKING_NOT_FOUND)
}

const full = (ctx: RouteContext, b: BookingRecord, status = 200) => ({ status, body: toBooking(ctx.db, b, ctx.me(), ctx.now) })

const DONE: readonly BookingStatus[] = ['done']
const CLOSED: readonly BookingStatus[] = ['cancelled', 'no_show', 'expired']
const FILTERS: Record<string, readonly BookingStatus[]> = { active: ACTIVE_BOOKING_STATUSES, done: DONE, closed: CLOSED }

function listBookings(ctx: RouteContext) {
  const me = ctx.me()
  const q = query(ctx, bookingListQuerySchema)
  const set = q.status && q.status !== 'all' ? FILTERS[q.status] : null
  const keep = (b: BookingRecord) => (!set || set.indexOf(b.status) >= 0) && (!q.date || b.date === q.date)
  let list: BookingRecord[]
  if (q.scope === 'mine') {
    if (!hasRole(me, 'resident')) throw fail.forbidden('只有居民可以查看“我的预约”')
    const active = (b: BookingRecord) => ACTIVE_BOOKING_STATUSES.indexOf(b.status) >= 0
    // what is still to come first, soonest first; then the rest, latest first
    list = ctx.db.bookings
      .filter((b) => (b.bookerId === me.id || b.servedId === me.id) && keep(b))
      .sort((a, b) => (active(a) !== active(b) ? (active(a) ? -1 : 1) : active(a) ? a.start.localeCompare(b.start) || a.seq - b.seq : b.start.localeCompare(a.start) || b.seq - a.seq))
  } else {
    const places = placesOf(ctx.db, me).map((p) => p.id)
    if (!places.length) throw fail.forbidden('只有帮代办专员可以查看服务点的预约')
    if (q.placeId && places.indexOf(q.placeId) < 0) throw fail.validation({ placeId: '只能查看您所在服务点的预约' })
    const today = chinaDay(ctx.now.getTime())
    const mine = q.placeId ? [q.placeId] : places
    list = ctx.db.bookings
      .filter((b) => mine.indexOf(b.placeId) >= 0 && keep(b) && (q.date || b.date >= today || b.status === 'checked_in' || b.status === 'in_progress'))
      .sort((a, b) => a.start.localeCompare(b.start) || a.seq - b.seq)
  }
  const page = paginate(list, q)
  return { status: 200, body: { ...page, items: page.items.map((b) => toBookingSummary(ctx.db, b, me)) } }
}

async function create(ctx: RouteContext) {
  const me = ctx.me()
  const until = pausedUntil(ctx.db, me.id, ctx.nowIso)
  if (until) throw fail.forbidden(pausedMessage(until))
  const input = body(ctx, bookingCreateSchema)
  // the 委托书 must be a photo this resident uploaded
  if (input.family && input.family.authorization) await takePhotos(ctx, [input.family.authorization], 'family.authorization')
  createLimit.check(ctx.db, me.id, ctx.now)
  // from here to the answer nothing is awaited: the seat counted is the seat taken
  const b = createBooking(ctx.db, input, me, ctx.now)
  createLimit.hit(ctx.db, me.id, ctx.now)
  return full(ctx, b, 201)
}

function checkin(ctx: RouteContext) {
  const me = ctx.me()
  const input = body(ctx, bookingCheckinSchema)
  let b: BookingRecord | undefined
  if (input.token) {
    const v = verifyVoucher(secretOf(ctx.db), input.token)
    if (!v) throw fail.validation({ token: FORGED_VOUCHER })
    b = ctx.db.bookings.find((x) => x.id === v.id)
    if (!b || b.code !== v.code) throw fail.notFound('没有找到这张凭证对应的预约')
    // a genuine voucher shown at the wrong counter: say where it belongs
    if (!isHelperAt(ctx.db, me, b.placeId)) {
      const p = findPlace(ctx.db, b.placeId)
      throw fail.conflict(`这是${p ? p.name : '其他服务点'}的预约，不在本服务点，请居民前往该服务点签到`)
    }
  } else {
    // a short code is easy to guess: at another place it is simply not found
    b = indexOf(ctx.db).codes[input.shortCode || '']
    if (!b || !isHelperAt(ctx.db, me, b.placeId)) throw fail.notFound('本服务点没有这个短码的预约，请核对后重试')
  }
  checkIn(ctx.db, b, me, ctx.nowIso)
  return full(ctx, b)
}

/** A step on a booking that only a helper of its place may take. */
function helperAction<T>(pattern: string, run: (ctx: RouteContext, b: BookingRecord) => T | Promise<T>, withPhotos = false): RouteDef {
  return {
    method: 'POST',
    pattern,
    roles: ['helper'],
    ...(withPhotos ? { maxBodyBytes: PHOTO_BODY_MAX_BYTES } : {}),
    handler: async (ctx) => {
      const b = visible(ctx)
      if (!isHelperAt(ctx.db, ctx.me(), b.placeId)) throw fail.forbidden('只有本服务点的帮代办专员可以办理')
      await run(ctx, b)
      return full(ctx, b)
    },
  }
}

function standing(ctx: RouteContext): Standing {
  const me = ctx.me()
  const until = pausedUntil(ctx.db, me.id, ctx.nowIso)
  const st = standingOf(ctx.db, me.id)
  const appeal = until && st ? ctx.db.bookingAppeals.find((a) => a.userId === me.id && a.pausedAt === st.pausedAt) : undefined
  return {
    noShows: countedNoShows(ctx.db, me.id, ctx.nowIso).length,
    pausedUntil: until,
    appeal: appeal ? toAppeal(ctx.db, appeal, me, ctx.now) : null,
    upcoming: ctx.db.bookings.filter((b) => b.bookerId === me.id && (b.status === 'booked' || b.status === 'waitlisted')).length,
    canAppeal: !!until && !appeal,
  }
}

function desk(ctx: RouteContext): Desk {
  const me = ctx.me()
  const places = placesOf(ctx.db, me)
  const ids = places.map((p) => p.id)
  const ratings = {} as Record<Rating, number>
  for (const r of RATINGS) ratings[r] = 0
  const recent: Desk['recent'] = []
  for (const b of ctx.db.bookings) {
    if (!b.rating || ids.indexOf(b.placeId) < 0) continue
    ratings[b.rating]++
    const ev = b.events.filter((e) => e.action === 'rate').pop()
    const s = ctx.db.bookingServices.find((x) => x.id === b.serviceId)
    recent.push({ bookingId: b.id, serviceName: s ? s.name : '', rating: b.rating, comment: b.ratingComment || '', at: ev ? ev.at : b.doneAt || b.start })
  }
  recent.sort((a, b) => b.at.localeCompare(a.at))
  return {
    places: places.map(toPlaceSummary),
    ratings,
    recent: recent.slice(0, 10),
    appealsPending: ctx.db.bookingAppeals.filter((a) => a.status === 'pending' && mayDecide(ctx.db, a, me)).length,
  }
}

const routes: RouteDef[] = [
  {
    method: 'GET',
    pattern: bookingEndpoints.services.pattern,
    auth: 'public',
    handler: (ctx) => {
      const q = query(ctx, serviceListQuerySchema)
      const text = (q.q || '').trim()
      const list = ctx.db.bookingServices.filter((s) => (!q.kind || s.kind === q.kind) && (!text || s.name.indexOf(text) >= 0 || s.desc.indexOf(text) >= 0))
      return { status: 200, body: paginate(list.map(toServiceSummary), q) }
    },
  },
  {
    method: 'GET',
    pattern: bookingEndpoints.service.pattern,
    auth: 'public',
    handler: (ctx) => {
      const s = ctx.db.bookingServices.find((x) => x.id === ctx.params.id)
      if (!s) throw fail.notFound('办理事项不存在')
      return { status: 200, body: toService(ctx.db, s) }
    },
  },
  {
    method: 'GET',
    pattern: bookingEndpoints.place.pattern,
    auth: 'public',
    handler: (ctx) => {
      const p = findPlace(ctx.db, ctx.params.id)
      if (!p) throw fail.notFound('服务点不存在')
      return { status: 200, body: toPlace(ctx.db, p) }
    },
  },
  {
    method: 'GET',
    pattern: bookingEndpoints.slots.pattern,
    auth: 'public',
    handler: (ctx) => {
      const q = query(ctx, slotsQuerySchema)
      const { place } = checkOffer(ctx.db, q.serviceId, q.placeId, q.mode)
      const answer: SlotsAnswer = { serviceId: q.serviceId, placeId: q.placeId, mode: q.mode, ...slotsOf(ctx.db, place, q.mode, ctx.now) }
      return { status: 200, body: answer }
    },
  },
  { method: 'GET', pattern: bookingEndpoints.standing.pattern, roles: ['resident'], handler: (ctx) => ({ status: 200, body: standing(ctx) }) },
  { method: 'GET', pattern: bookingEndpoints.desk.pattern, roles: ['helper'], handler: (ctx) => ({ status: 200, body: desk(ctx) }) },
  {
    method: 'GET',
    pattern: bookingEndpoints.appeals.pattern,
    handler: (ctx) => {
      const me = ctx.me()
      const q = query(ctx, appealListQuerySchema)
      const list = ctx.db.bookingAppeals
        .filter((a) => a.userId === me.id || mayDecide(ctx.db, a, me))
        .sort((a, b) => (a.status === 'pending') !== (b.status === 'pending') ? (a.status === 'pending' ? -1 : 1) : b.createdAt.localeCompare(a.createdAt))
      const page = paginate(list, q)
      return { status: 200, body: { ...page, items: page.items.map((a) => toAppeal(ctx.db, a, me, ctx.now)) } }
    },
  },
  {
    method: 'POST',
    pattern: bookingEndpoints.appeals.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const a = fileAppeal(ctx.db, ctx.me(), body(ctx, bookingAppealSchema), ctx.nowIso)
      return { status: 201, body: toAppeal(ctx.db, a, ctx.me(), ctx.now) }
    },
  },
  {
    method: 'POST',
    pattern: bookingEndpoints.decide.pattern,
    roles: ['helper'],
    handler: (ctx) => {
      const me = ctx.me()
      const a = ctx.db.bookingAppeals.find((x) => x.id === ctx.params.id)
      if (!a || !mayDecide(ctx.db, a, me)) throw fail.notFound('申诉不存在或无权查看')
      decideAppeal(ctx.db, a, me, body(ctx, bookingDecideSchema), ctx.nowIso)
      return { status: 200, body: toAppeal(ctx.db, a, me, ctx.now) }
    },
  },
  { method: 'GET', pattern: bookingEndpoints.list.pattern, handler: listBookings },
  { method: 'POST', pattern: bookingEndpoints.list.pattern, roles: ['resident'], handler: create },
  { method: 'POST', pattern: bookingEndpoints.checkin.pattern, roles: ['helper'], handler: checkin },
  { method: 'GET', pattern: bookingEndpoints.detail.pattern, handler: (ctx) => full(ctx, visible(ctx)) },
  {
    method: 'POST',
    pattern: bookingEndpoints.cancel.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const b = visible(ctx)
      if (b.bookerId !== ctx.me().id) throw fail.forbidden('只有预约人可以取消预约')
      cancelBooking(ctx.db, b, ctx.me(), body(ctx, bookingCancelSchema), ctx.nowIso)
      return full(ctx, b)
    },
  },
  helperAction(bookingEndpoints.done.pattern, (ctx, b) => finishBooking(ctx.db, b, ctx.me(), body(ctx, bookingDoneSchema), ctx.nowIso)),
  helperAction(
    bookingEndpoints.step.pattern,
    async (ctx, b) => {
      const input = body(ctx, bookingStepSchema)
      const photos = await takePhotos(ctx, input.photos)
      addStep(ctx.db, b, ctx.me(), { ...input, photos }, ctx.nowIso)
    },
    true,
  ),
  helperAction(bookingEndpoints.noShow.pattern, (ctx, b) => {
    body(ctx, bookingNoShowSchema)
    markNoShow(ctx.db, b, ctx.me(), ctx.nowIso)
  }),
  {
    method: 'POST',
    pattern: bookingEndpoints.rate.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const b = visible(ctx)
      if (b.bookerId !== ctx.me().id) throw fail.forbidden('只有预约人可以评价')
      rateBooking(b, ctx.me(), body(ctx, bookingRateSchema), ctx.nowIso)
      return full(ctx, b)
    },
  },
]

/** Listed before inbox: it sends messages, and inbox's seed marks the old ones read. */
export const bookingsDomain: DomainModule<BookingsSlice> = {
  name: 'bookings',
  routes,
  empty: emptyBookings,
  seed: seedBookingsDomain,
  tick: tickBookings,
}
