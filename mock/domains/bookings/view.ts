// What a viewer sees of the catalogue, a place, a booking or an appeal: computed on every read
// and masked. The booker, the person served and the assigned helper see names and phones in
// full; the place's other helpers see them masked.
import {
  CANCEL_BEFORE_HOURS,
  NO_SHOW_AFTER_MINUTES,
  PROXY_STEPS,
  maskName,
  maskPhone,
  type Booking,
  type BookingAppeal,
  type BookingPermission,
  type BookingRelation,
  type BookingSummary,
  type Place,
  type PlaceSummary,
  type Service,
  type ServiceSummary,
} from '../../../src/contract'
import { canRead, hasRole, type ReadRule } from '../../server/access'
import type { DbState } from '../../server/db'
import { chinaDay } from '../../server/china'
import { HOUR } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { findPlace, findService, isHelperAt, pausedUntil, secretOf } from './machine'
import type { AppealRecord, BookingRecord, PlaceRecord, ServiceRecord } from './state'
import { signVoucher } from './voucher'

/** Who may see a booking: its booker, the person served (with an account), the helpers of its place. */
export function bookingReaders(db: DbState): ReadRule<BookingRecord> {
  return { owner: (b) => b.bookerId, readers: (b, u) => b.servedId === u.id || isHelperAt(db, u, b.placeId) }
}

export function canViewBooking(db: DbState, b: BookingRecord, user: UserRecord | null): boolean {
  return canRead(b, user, bookingReaders(db))
}

export function toServiceSummary(s: ServiceRecord): ServiceSummary {
  return { id: s.id, name: s.name, kind: s.kind, desc: s.desc, modes: s.modes.slice(), minutes: s.minutes }
}

export function toPlaceSummary(p: PlaceRecord): PlaceSummary {
  const out: PlaceSummary = { id: p.id, name: p.name, kind: p.kind, address: p.address, phone: p.phone, homeVisits: p.homeSeats > 0 }
  if (p.communityId) out.communityId = p.communityId
  return out
}

export function toService(db: DbState, s: ServiceRecord): Service {
  return {
    ...toServiceSummary(s),
    materials: s.materials.map((m) => ({ ...m })),
    places: db.bookingPlaces.filter((p) => p.serviceIds.indexOf(s.id) >= 0).map(toPlaceSummary),
  }
}

export function toPlace(db: DbState, p: PlaceRecord): Place {
  return {
    ...toPlaceSummary(p),
    hours: p.hours.map((d) => d.map(([a, b]) => [a, b] as [number, number])),
    seats: p.seats,
    homeSeats: p.homeSeats,
    services: db.bookingServices.filter((s) => p.serviceIds.indexOf(s.id) >= 0).map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    helpers: p.helperIds.map((id) => maskName(db.users[id] ? db.users[id].name : '')),
  }
}

export function relationOf(db: DbState, b: BookingRecord, viewer: UserRecord | null): BookingRelation | undefined {
  if (!viewer) return undefined
  if (b.bookerId === viewer.id) return 'booker'
  if (b.servedId === viewer.id) return 'served'
  return isHelperAt(db, viewer, b.placeId) ? 'helper' : undefined
}

/** The booker, the person served and the assigned helper see people in full. */
function seesInFull(b: BookingRecord, viewer: UserRecord | null): boolean {
  return !!viewer && (viewer.id === b.bookerId || viewer.id === b.servedId || (viewer.id === b.helperId && hasRole(viewer, 'helper')))
}

function personName(db: DbState, b: BookingRecord): string {
  if (b.family) return b.family.name
  const u = db.users[b.bookerId]
  return u ? u.name : ''
}

/** Place in the waitlist of its slot (1 = next). */
function queueOf(db: DbState, b: BookingRecord): number {
  return db.bookings.filter((x) => x.status === 'waitlisted' && x.placeId === b.placeId && x.date === b.date && x.hour === b.hour && (x.mode === 'home') === (b.mode === 'home') && x.seq <= b.seq).length
}

export function permissionsOf(db: DbState, b: BookingRecord, viewer: UserRecord | null, now: Date): BookingPermission[] {
  if (!viewer) return []
  const can: BookingPermission[] = []
  const t = now.getTime()
  const start = Date.parse(b.start)
  const end = Date.parse(b.end)
  const booker = viewer.id === b.bookerId
  const helper = isHelperAt(db, viewer, b.placeId)
  if (booker && ((b.status === 'booked' && t <= start - CANCEL_BEFORE_HOURS * HOUR) || (b.status === 'waitlisted' && t < start))) can.push('cancel')
  if (helper && b.status === 'booked' && chinaDay(t) === b.date && t < end + NO_SHOW_AFTER_MINUTES * 60e3) can.push('checkin')
  if (helper && b.status === 'checked_in' && b.mode !== 'proxy') can.push('done')
  if (helper && (b.status === 'checked_in' || b.status === 'in_progress') && b.mode === 'proxy') can.push('step')
  if (helper && b.status === 'booked' && t >= end) can.push('no_show')
  if (booker && b.status === 'done' && !b.rating) can.push('rate')
  return can
}

export function toBookingSummary(db: DbState, b: BookingRecord, viewer: UserRecord | null): BookingSummary {
  const s = findService(db, b.serviceId)
  const p = findPlace(db, b.placeId)
  const full = seesInFull(b, viewer)
  const name = personName(db, b)
  const out: BookingSummary = {
    id: b.id,
    serviceId: b.serviceId,
    serviceName: s ? s.name : '',
    mode: b.mode,
    status: b.status,
    date: b.date,
    hour: b.hour,
    start: b.start,
    end: b.end,
    placeId: b.placeId,
    placeName: p ? p.name : '',
    personName: full ? name : maskName(name),
    forFamily: !!b.family,
    address: b.address,
    lastStep: b.steps.length ? b.steps[b.steps.length - 1].step : null,
    rating: b.rating,
  }
  if (b.status === 'waitlisted') out.queue = queueOf(db, b)
  const rel = relationOf(db, b, viewer)
  if (rel) out.relation = rel
  return out
}

export function toBooking(db: DbState, b: BookingRecord, viewer: UserRecord | null, now: Date): Booking {
  const s = findService(db, b.serviceId)
  const p = findPlace(db, b.placeId)
  const full = seesInFull(b, viewer)
  const booker = db.users[b.bookerId]
  const helper = b.helperId ? db.users[b.helperId] : undefined
  const own = (id: string) => !!viewer && viewer.id === id
  const phone = b.family ? b.family.phone : booker ? booker.phone : ''
  const holder = !!viewer && (viewer.id === b.bookerId || viewer.id === b.servedId)
  return {
    ...toBookingSummary(db, b, viewer),
    place: p ? toPlaceSummary(p) : { id: b.placeId, name: '', kind: 'community', address: '', phone: '', homeVisits: false },
    materials: s ? s.materials.map((m) => ({ ...m })) : [],
    person: {
      self: !b.family,
      name: full ? personName(db, b) : maskName(personName(db, b)),
      relation: b.family ? b.family.relation : '本人',
      phone: full ? phone : maskPhone(phone),
      ageGroup: b.ageGroup,
      disabled: b.disabled,
      needs: b.needs,
    },
    consent: b.consentAt ? { at: b.consentAt, authorization: b.authorization } : null,
    bookerName: full ? (booker ? booker.name : '') : maskName(booker ? booker.name : ''),
    bookerPhone: full ? (booker ? booker.phone : '') : maskPhone(booker ? booker.phone : ''),
    note: b.note,
    voucher: holder && b.status === 'booked' ? { token: signVoucher(secretOf(db), b.id, b.code, b.version), shortCode: b.code } : null,
    cancelBefore: new Date(Date.parse(b.start) - CANCEL_BEFORE_HOURS * HOUR).toISOString(),
    checkInUntil: new Date(Date.parse(b.end) + NO_SHOW_AFTER_MINUTES * 60e3).toISOString(),
    checkedInAt: b.checkedInAt,
    doneAt: b.doneAt,
    record: b.record,
    steps: b.steps.map((x) => {
      const u = db.users[x.actorId]
      const step: Booking['steps'][number] = { step: x.step, at: x.at, actorName: own(x.actorId) ? (u ? u.name : '') : maskName(u ? u.name : '') }
      if (x.department) step.department = x.department
      if (x.note) step.note = x.note
      if (x.photos) step.photos = x.photos.slice()
      return step
    }),
    nextStep: b.mode === 'proxy' && (b.status === 'checked_in' || b.status === 'in_progress') ? PROXY_STEPS[b.steps.length] : null,
    helperName: helper ? (own(helper.id) ? helper.name : maskName(helper.name)) : '',
    events: b.events.map((e) => ({ ...e })),
    ratingComment: b.ratingComment,
    can: permissionsOf(db, b, viewer, now),
  }
}

export function toAppeal(db: DbState, a: AppealRecord, viewer: UserRecord, now: Date): BookingAppeal {
  const u = db.users[a.userId]
  return {
    id: a.id,
    status: a.status,
    residentName: viewer.id === a.userId ? (u ? u.name : '') : maskName(u ? u.name : ''),
    reason: a.reason,
    createdAt: a.createdAt,
    pausedUntil: pausedUntil(db, a.userId, now.toISOString()),
    noShows: db.bookings.filter((b) => a.bookingIds.indexOf(b.id) >= 0).map((b) => toBookingSummary(db, b, viewer)),
    decidedAt: a.decidedAt,
    reply: a.reply,
    can: a.status === 'pending' && a.placeIds.some((p) => isHelperAt(db, viewer, p)) ? ['decide'] : [],
  }
}

/**
 * Photo references the bookings hold (委托书, 代办 step photos), for the photos domain: today it
 * knows only reports, so it would sweep these after a week and answer 404 to the helper.
 */
export function bookingPhotoRefs(db: DbState): string[] {
  const out: string[] = []
  for (const b of db.bookings) {
    if (b.authorization) out.push(b.authorization)
    for (const s of b.steps) if (s.photos) out.push(...s.photos)
  }
  return out
}

/** Whether a photo is part of a booking this user may see. */
export function mayViewBookingPhoto(db: DbState, id: string, user: UserRecord): boolean {
  return db.bookings.some((b) => (b.authorization === id || b.steps.some((s) => !!s.photos && s.photos.indexOf(id) >= 0)) && canViewBooking(db, b, user))
}
