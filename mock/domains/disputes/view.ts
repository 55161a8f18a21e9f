// What each caller sees of a case. A party never sees a private note (not in sessions, events
// or messages), names and phones are masked for everyone but the mediator (the applicant sees
// their own), and only its parties and its mediator get a case at all.
import {
  DISPUTE_GATES,
  maskName,
  maskPhone,
  type Dispute,
  type DisputeAction,
  type DisputeRelation,
  type DisputeSummary,
  type DutyPerson,
  type DutySession,
  type InvitationView,
  type MediationSession,
  type Station,
} from '../../../src/contract'
import { chinaDay } from '../../server/china'
import type { UserRecord } from '../auth/state'
import { changePending, daysSince, invitationLink, invitationOpen, isOverdue, mayClose, nameOf, relationTo, stationName } from './machine'
import type { DisputeRecord, DisputesDb, DutyRecord, SessionRecord, StationRecord } from './state'

const duty = (p: DutyRecord | null): DutyPerson | null => (p ? { kind: p.kind, name: p.name, org: p.org } : null)

export function toStation(db: DisputesDb, s: StationRecord, viewer: UserRecord | null, now: number): Station {
  const today = chinaDay(now)
  const community = db.communities.find((c) => c.id === s.communityId)
  return {
    id: s.id,
    name: s.name,
    communityId: s.communityId,
    communityName: community ? community.name : '',
    address: s.address,
    phone: s.phone,
    hours: s.hours,
    mediators: s.mediatorIds.map((id) => (viewer && viewer.id === id ? nameOf(db, id) : maskName(nameOf(db, id)))),
    roster: s.roster.filter((d) => d.date >= today).map((d) => ({ date: d.date, police: duty(d.police), lawyer: duty(d.lawyer) })),
  }
}

function toSession(s: SessionRecord, mediator: boolean): MediationSession {
  const out: MediationSession = { id: s.id, at: s.at, durationMinutes: s.durationMinutes, room: s.room, police: duty(s.police), lawyer: duty(s.lawyer), minutes: s.minutes, recordedAt: s.recordedAt }
  if (mediator) out.privateNote = s.privateNote
  return out
}

export function toSummary(db: DisputesDb, d: DisputeRecord, rel: DisputeRelation, now: number): DisputeSummary {
  return {
    id: d.id,
    type: d.type,
    status: d.status,
    stationId: d.stationId,
    stationName: stationName(db, d.stationId),
    createdAt: d.createdAt,
    summary: d.description.slice(0, 40),
    relation: rel,
    overdue: isOverdue(d, now),
    days: daysSince(d, now),
  }
}

/** What the caller may do next, by their relation and the case's state. */
export function actionsFor(d: DisputeRecord, rel: DisputeRelation, now: number): DisputeAction[] {
  const can: DisputeAction[] = []
  const a = d.agreement
  const draft = d.status === 'mediating' && !!a && !a.sealedAt
  if (rel === 'mediator') {
    if (d.status === 'filed') can.push('accept', 'transfer')
    if (d.status === 'accepted' || d.status === 'inviting') can.push('invite')
    if (d.status === 'mediating') can.push('schedule', 'draft')
    if (d.sessions.some((s) => Date.parse(s.at) <= now) && d.status !== 'filed') can.push('record')
    if (d.status === 'accepted' || d.status === 'inviting' || d.status === 'mediating') can.push('refer')
    if (d.status === 'fulfilling') can.push('fulfil')
    if (mayClose(d, now)) can.push('close')
  } else {
    if (rel === 'applicant' && (d.status === 'accepted' || d.status === 'inviting')) can.push('invite')
    const pending = !!a && changePending(a)
    if (draft && a && !a.confirmedAt[rel] && !pending) can.push('confirm')
    if (draft && !pending) can.push('change')
    // a party reports an obligation once until the mediator has visited it
    if (d.status === 'fulfilling' && a && a.obligations.some((o) => o.done !== true && (o.reports.length === 0 || o.reports[o.reports.length - 1].by !== rel))) can.push('fulfil')
    if (rel === 'applicant' && (d.status === 'closed' || d.status === 'referred') && !d.rating) can.push('rate')
  }
  return can
}

export function toDispute(db: DisputesDb, d: DisputeRecord, viewer: UserRecord, rel: DisputeRelation, now: number): Dispute {
  const mediator = rel === 'mediator'
  const applicant = db.users[d.applicantId]
  const seeApplicant = mediator || rel === 'applicant'
  const name = (id: string | null, full: string) => (mediator || (id && id === viewer.id) ? full : maskName(full))
  let fromReport: Dispute['fromReport'] = null
  if (d.fromReportId && rel !== 'respondent') {
    const r = db.reports.find((x) => x.id === d.fromReportId)
    // a grid worker's internal notes stay with the grid: the mediator gets what the reporter saw
    if (r) fromReport = { id: r.id, events: r.events.filter((e) => !e.internal).map((e) => ({ at: e.at, text: e.text || '' })) }
  }
  const inv = d.invitation
  return {
    ...toSummary(db, d, rel, now),
    description: d.description,
    wants: d.wants,
    applicant: { name: seeApplicant ? (applicant ? applicant.name : '') : maskName(applicant ? applicant.name : ''), phone: seeApplicant ? (applicant ? applicant.phone : '') : maskPhone(applicant ? applicant.phone : '') },
    other: { name: mediator ? d.other.name : d.other.name ? maskName(d.other.name) : '', phone: mediator ? d.other.phone : d.other.phone ? maskPhone(d.other.phone) : '', whereabouts: d.other.whereabouts },
    respondentAgreed: d.respondentAgreed,
    respondentReason: d.respondentReason,
    photos: d.photos.slice(),
    preferredTimes: d.preferredTimes,
    mediatorName: d.mediatorId ? name(d.mediatorId, nameOf(db, d.mediatorId)) : '',
    invitation: inv && rel !== 'respondent' ? { code: inv.code, link: invitationLink(inv.code), expiresAt: inv.expiresAt, usedAt: inv.usedAt } : null,
    sessions: d.sessions.map((s) => toSession(s, mediator)),
    agreement: d.agreement ? JSON.parse(JSON.stringify(d.agreement)) : null,
    referral: d.referral ? { ...d.referral } : null,
    fromReport,
    gates: DISPUTE_GATES.map((gate) => {
      const g = d.gates[gate]
      return { gate, at: g ? g.at : null, by: g ? (g.actorId ? name(g.actorId, g.actorName) : g.actorName) : '' }
    }),
    events: d.events.map((e) => ({ at: e.at, text: e.text, by: e.actorId ? name(e.actorId, e.actorName) : e.actorName })),
    rating: d.rating ? { ...d.rating } : null,
    can: actionsFor(d, rel, now),
  }
}

export function toInvitationView(db: DisputesDb, d: DisputeRecord, me: UserRecord, now: number): InvitationView {
  const inv = d.invitation as NonNullable<DisputeRecord['invitation']>
  const applicant = db.users[d.applicantId]
  return {
    code: inv.code,
    disputeId: d.id,
    type: d.type,
    stationName: stationName(db, d.stationId),
    description: d.description,
    wants: d.wants,
    applicantName: maskName(applicant ? applicant.name : ''),
    expiresAt: inv.expiresAt,
    open: invitationOpen(d, now),
    mine: d.applicantId === me.id,
    answeredByMe: !!inv.usedAt && inv.usedBy === me.id,
  }
}

/** The sessions a police officer or lawyer sits in on: the session alone, never the case. */
export function dutySessionsOf(db: DisputesDb, user: UserRecord): DutySession[] {
  const out: DutySession[] = []
  for (const d of db.disputes) {
    for (const s of d.sessions) {
      const as = s.police && s.police.userId === user.id ? 'police' : s.lawyer && s.lawyer.userId === user.id ? 'lawyer' : null
      if (!as) continue
      const { privateNote: _p, ...session } = toSession(s, false)
      void _p
      out.push({ disputeId: d.id, type: d.type, stationName: stationName(db, d.stationId), session, as })
    }
  }
  return out.sort((x, y) => x.session.at.localeCompare(y.session.at))
}

/** Photos of a case: its parties (the other once they agreed) and its mediator. */
export function mayViewDisputePhoto(db: DisputesDb, id: string, user: UserRecord): boolean {
  return (db.disputes || []).some((d) => d.photos.indexOf(id) >= 0 && relationTo(db, d, user) !== null)
}

export function disputePhotoRefs(db: DisputesDb): string[] {
  const out: string[] = []
  for (const d of db.disputes || []) out.push(...d.photos)
  return out
}
