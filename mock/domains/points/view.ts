// What each viewer sees: organisers the volunteers of their own activities (phones masked),
// merchants their own redemptions (names masked), volunteers their own ledger.
import { CHECKIN_EARLY_MINUTES, maskName, maskPhone, type Activity, type ActivityAction, type ActivitySummary, type Iso, type LedgerEntry, type Merchant, type Offer, type Participant, type Redemption } from '../../../src/contract'
import { hasRole } from '../../server/access'
import type { UserRecord } from '../auth/state'
import { findCommunity } from '../geo/state'
import { activityStatus, pendingOf, placeOf, pointsSecretOf, redeemToken, seated, stockLeft, suggestedHours, waiting } from './machine'
import type { ActivityRecord, EntryRecord, MerchantRecord, OfferRecord, ParticipantRecord, RedemptionRecord , PointsDb } from './state'

export function toSummary(db: PointsDb, a: ActivityRecord, me: UserRecord, now: number): ActivitySummary {
  const c = findCommunity(db, a.communityId)
  const p = placeOf(a, me.id)
  return {
    id: a.id,
    title: a.title,
    type: a.type,
    communityId: a.communityId,
    communityName: c ? c.name : '',
    place: a.place,
    start: a.start,
    end: a.end,
    capacity: a.capacity,
    signed: seated(a).length,
    waitlisted: waiting(a).length,
    pointsPerHour: a.pointsPerHour,
    status: activityStatus(a, now),
    cover: a.cover || null,
    mine: p ? p.status : null,
    local: a.communityId === me.communityId,
  }
}

function toParticipant(db: PointsDb, a: ActivityRecord, p: ParticipantRecord): Participant {
  const u = db.users[p.userId]
  return {
    userId: p.userId,
    name: u ? u.name : '',
    phone: maskPhone(u ? u.phone : ''),
    status: p.status,
    checkInAt: p.checkInAt,
    checkOutAt: p.checkOutAt,
    suggestedHours: suggestedHours(a, p),
    hours: p.hours,
    reason: p.reason,
    correction: p.correction,
  }
}

export function toActivity(db: PointsDb, a: ActivityRecord, me: UserRecord, now: number): Activity {
  const s = toSummary(db, a, me, now)
  const own = a.organiserId === me.id
  const p = placeOf(a, me.id)
  const can: ActivityAction[] = []
  if (own) {
    if (s.status === 'open') can.push('edit')
    if (s.status === 'open' || s.status === 'ongoing') can.push('cancel')
    if (s.status !== 'cancelled' && now >= Date.parse(a.start) - 15 * 60000 && now <= Date.parse(a.end)) can.push('code')
    can.push('attendance')
  }
  if (hasRole(me, 'volunteer') && s.status === 'open') {
    if (!p) can.push(s.signed < a.capacity ? 'signup' : 'waitlist')
    else if (p.status === 'signed' || p.status === 'waitlisted') can.push('leave')
  }
  const inWindow = s.status !== 'cancelled' && now >= Date.parse(a.start) - CHECKIN_EARLY_MINUTES * 60000 && now <= Date.parse(a.end)
  if (p && inWindow && p.status === 'signed') can.push('checkin')
  if (p && inWindow && p.status === 'checked_in') can.push('checkout')
  if (p && p.status === 'confirmed' && p.confirmedAt && now <= Date.parse(p.confirmedAt) + 7 * 86400000 && !(p.correction && p.correction.answer === null)) can.push('correction')
  const org = db.users[a.organiserId]
  return {
    ...s,
    bring: a.bring,
    organiserName: org ? org.name : '',
    cancelReason: a.cancelReason,
    me: p ? toParticipant(db, a, p) : null,
    participants: own ? a.participants.filter((x) => x.status !== 'left').sort((x, y) => x.seq - y.seq).map((x) => toParticipant(db, a, x)) : null,
    can,
  }
}

export function toEntry(db: PointsDb, e: EntryRecord): LedgerEntry {
  const out: LedgerEntry = { id: e.id, kind: e.kind, at: e.at, points: e.points, hold: e.hold, reason: e.reason }
  if (e.activityId) out.activityId = e.activityId
  if (e.hours !== undefined) out.hours = e.hours
  if (e.redemptionId) out.redemptionId = e.redemptionId
  if (e.byId && db.users[e.byId]) out.byName = db.users[e.byId].name
  return out
}

export function toOffer(db: PointsDb, o: OfferRecord): Offer {
  return { id: o.id, merchantId: o.merchantId, title: o.title, points: o.points, stock: stockLeft(db, o), reserved: pendingOf(db, o.id), monthlyLimit: o.monthlyLimit, validFrom: o.validFrom, validTo: o.validTo, paused: o.paused, photo: o.photo || null }
}

export function toMerchant(db: PointsDb, m: MerchantRecord, all = false): Merchant {
  return { id: m.id, name: m.name, kind: m.kind, address: m.address, hours: m.hours, offers: db.offers.filter((o) => o.merchantId === m.id && (all || !o.paused)).map((o) => toOffer(db, o)) }
}

/** The volunteer sees their code while it is pending; a merchant sees a masked name. */
export function toRedemption(db: PointsDb, r: RedemptionRecord, me: UserRecord, now: Iso): Redemption {
  const o = db.offers.find((x) => x.id === r.offerId)
  const m = db.merchants.find((x) => x.id === r.merchantId)
  const u = db.users[r.userId]
  const own = r.userId === me.id
  const live = own && r.status === 'pending' && r.expiresAt > now
  return {
    id: r.id,
    offerId: r.offerId,
    offerTitle: o ? o.title : '',
    merchantId: r.merchantId,
    merchantName: m ? m.name : '',
    points: r.points,
    status: r.status,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    redeemedAt: r.redeemedAt,
    volunteerName: own ? (u ? u.name : '') : maskName(u ? u.name : ''),
    code: live ? r.code : null,
    token: live ? redeemToken(pointsSecretOf(db), r) : null,
  }
}

/** Every photo reference this domain holds: activity covers and offer photos (for the photo sweeper). */
export function pointsPhotoRefs(db: PointsDb): string[] {
  const out: string[] = []
  for (const a of db.activities) if (a.cover) out.push(a.cover)
  for (const o of db.offers) if (o.photo) out.push(o.photo)
  return out
}

/** An offer's photo: the merchant list is public, so anyone may load it, signed in or not. */
export function isPublicPointsPhoto(db: PointsDb, id: string): boolean {
  return db.offers.some((o) => o.photo === id)
}

/** An activity's cover is shown to every signed-in user (the activity list is); an offer's photo to anyone. */
export function mayViewPointsPhoto(db: PointsDb, id: string, user: UserRecord | null): boolean {
  return isPublicPointsPhoto(db, id) || (!!user && db.activities.some((a) => a.cover === id))
}
