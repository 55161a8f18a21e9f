// 解忧小屋 rules: each step of a case, who may take it and in which state. Routes find the case
// and check that the caller may see it (404 otherwise); these functions check the rest and
// answer 409 (the state forbids it) or 400 at the field.
import {
  ACCEPT_WORKING_DAYS,
  DISPUTE_STATUS_LABELS,
  DISPUTE_TYPE_LABELS,
  INVITATION_DAYS,
  JUDICIAL_CONFIRM_DAYS,
  JUDICIAL_REMINDER_DAYS,
  REFERRAL_LABELS,
  links,
  type AgreementInput,
  type DisputeGate,
  type DisputeRelation,
  type DisputeType,
  type Iso,
  type Referral,
  type SessionInput,
} from '../../../src/contract'
import { chinaDay, chinaDayTime, chinaInstant, chinaYear } from '../../server/china'
import { randomHex } from '../../server/crypto'
import { nextId, nextSeq } from '../../server/db'
import { apiFail, fail } from '../../server/errors'
import { DAY } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { addDays, weekdayOf, workdaysAfter } from '../bookings/calendar'
import { notify } from '../inbox'
import { REFERRAL_OF } from './guides'
import type { DisputeRecord, DisputesDb, DutyRecord, SessionRecord, StationRecord } from './state'

export const DISPUTE_NOT_FOUND = '案件不存在或无权查看'
export const INVITATION_NOT_FOUND = '邀请码不存在，请核对后重新输入'

/** Unambiguous letters and digits: no 0/O, 1/I/L. */
export const INVITATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const INVITATION_CODE_RE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/

const OPEN_STATUSES = ['filed', 'accepted', 'inviting', 'mediating', 'fulfilling']

export function stationById(db: DisputesDb, id: string): StationRecord | undefined {
  return db.disputeStations.find((s) => s.id === id)
}

export function isStationMediator(db: DisputesDb, stationId: string, user: UserRecord): boolean {
  const s = stationById(db, stationId)
  return !!s && s.mediatorIds.indexOf(user.id) >= 0 && user.roles.indexOf('mediator') >= 0
}

/**
 * Who the caller is to a case, or null when they may not see it: the applicant; the other party
 * once they agreed to mediate; the assigned mediator, or before anyone accepted it any mediator
 * of its station. The on-duty police officer and lawyer are none of these.
 */
export function relationTo(db: DisputesDb, d: DisputeRecord, user: UserRecord): DisputeRelation | null {
  if (d.applicantId === user.id) return 'applicant'
  if (d.respondentId === user.id && d.respondentAgreed === true) return 'respondent'
  if (d.mediatorId ? d.mediatorId === user.id : isStationMediator(db, d.stationId, user)) return 'mediator'
  return null
}

export function nameOf(db: DisputesDb, id: string | null): string {
  if (!id) return '系统'
  const u = db.users[id]
  return u ? u.name : '已注销用户'
}

/** The instant the acceptance flag goes up: the end of the ACCEPT_WORKING_DAYS-th working day after filing. */
export function acceptDeadline(d: DisputeRecord): number {
  const days = workdaysAfter(chinaDay(Date.parse(d.createdAt)), ACCEPT_WORKING_DAYS)
  return chinaInstant(addDays(days[days.length - 1], 1), 0)
}

export function isOverdue(d: DisputeRecord, now: number): boolean {
  return d.status === 'filed' && now >= acceptDeadline(d)
}

export function daysSince(d: DisputeRecord, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(d.createdAt)) / DAY))
}

function event(db: DisputesDb, d: DisputeRecord, actorId: string | null, text: string, at: Iso): void {
  d.events.push({ at, text, actorId, actorName: nameOf(db, actorId) })
  d.updatedAt = at
}

function pass(db: DisputesDb, d: DisputeRecord, gate: DisputeGate, actorId: string | null, at: Iso): void {
  if (!d.gates[gate]) d.gates[gate] = { at, actorId, actorName: nameOf(db, actorId) }
}

const parties = (d: DisputeRecord) => [d.applicantId, d.respondentAgreed ? d.respondentId || '' : '']

function tell(db: DisputesDb, ids: (string | null)[], d: DisputeRecord, title: string, body: string, at: Iso, mediatorView = false): void {
  notify(db, ids.filter((x): x is string => !!x), { kind: 'dispute_status', title, body, link: mediatorView ? links.disputeCase(d.id) : links.disputeDetail(d.id), subject: { type: 'dispute', id: d.id } }, at)
}

function stationMediators(db: DisputesDb, stationId: string): string[] {
  const s = stationById(db, stationId)
  return s ? s.mediatorIds.slice() : []
}

const typeLabel = (t: DisputeType) => DISPUTE_TYPE_LABELS[t]

// ---- filing, acceptance, transfer -------------------------------------------------------------

export interface NewDispute {
  type: DisputeType
  description: string
  wants: string
  other: { name: string; phone: string; whereabouts: string }
  photos: string[]
  stationId: string
  preferredTimes: string
  fromReportId: string | null
}

export function fileDispute(db: DisputesDb, input: NewDispute, me: UserRecord, now: Date): DisputeRecord {
  const at = now.toISOString()
  const d: DisputeRecord = {
    id: `JY${chinaDay(now.getTime()).replace(/-/g, '')}${String(nextSeq(db, 'dispute')).padStart(4, '0')}`,
    type: input.type,
    status: 'filed',
    stationId: input.stationId,
    applicantId: me.id,
    description: input.description,
    wants: input.wants,
    other: { ...input.other },
    photos: input.photos.slice(),
    preferredTimes: input.preferredTimes,
    createdAt: at,
    updatedAt: at,
    mediatorId: null,
    respondentId: null,
    respondentAgreed: null,
    respondentReason: '',
    invitation: null,
    sessions: [],
    agreement: null,
    referral: null,
    fromReportId: input.fromReportId,
    gates: {},
    events: [],
    rating: null,
    judicialReminded: false,
    visitNote: '',
  }
  pass(db, d, 'filed', me.id, at)
  event(db, d, me.id, `提交调解申请（${typeLabel(d.type)}）`, at)
  db.disputes.push(d)
  tell(db, stationMediators(db, d.stationId), d, '新的调解申请', `${typeLabel(d.type)}：${d.description.slice(0, 30)}`, at, true)
  return d
}

function mustBe(d: DisputeRecord, statuses: string[], message: string): void {
  if (statuses.indexOf(d.status) < 0) throw fail.conflict(`${message}（案件${DISPUTE_STATUS_LABELS[d.status]}）`)
}

export function accept(db: DisputesDb, d: DisputeRecord, me: UserRecord, now: Date): void {
  mustBe(d, ['filed'], '案件已被受理')
  const at = now.toISOString()
  d.status = 'accepted'
  d.mediatorId = me.id
  pass(db, d, 'accepted', me.id, at)
  event(db, d, me.id, '受理了调解申请', at)
  tell(db, [d.applicantId], d, '调解申请已受理', `${stationName(db, d.stationId)}已受理您的申请，调解员会邀请对方参加调解`, at)
}

export function transfer(db: DisputesDb, d: DisputeRecord, me: UserRecord, stationId: string, reason: string, now: Date): void {
  const to = stationById(db, stationId)
  if (!to) throw fail.validation({ stationId: '请选择转去的解忧小屋' })
  if (to.id === d.stationId) throw fail.validation({ stationId: '不能转给本解忧小屋，请选择其他解忧小屋' })
  mustBe(d, ['filed'], '只有待受理的案件可以转交')
  const at = now.toISOString()
  const from = stationName(db, d.stationId)
  d.stationId = to.id
  event(db, d, me.id, `从${from}转交至${to.name}：${reason}`, at)
  tell(db, [d.applicantId], d, '调解申请已转交', `您的申请已转交${to.name}办理`, at)
  tell(db, to.mediatorIds, d, '转来的调解申请', `${from}转来：${d.description.slice(0, 30)}`, at, true)
}

export function stationName(db: DisputesDb, id: string): string {
  const s = stationById(db, id)
  return s ? s.name : '解忧小屋'
}

// ---- invitations --------------------------------------------------------------------------------

export function newInvitationCode(db: DisputesDb): string {
  for (;;) {
    let code = ''
    const hex = randomHex(32)
    for (let i = 0; i < hex.length && code.length < 8; i += 2) {
      const b = parseInt(hex.slice(i, i + 2), 16)
      // bytes past the last whole multiple of the alphabet would favour its first letters
      if (b < 248) code += INVITATION_ALPHABET[b % 31]
    }
    if (code.length === 8 && !db.disputes.some((x) => x.invitation && x.invitation.code === code)) return code
  }
}

export function invite(db: DisputesDb, d: DisputeRecord, me: UserRecord, now: Date): void {
  if (d.status === 'filed') throw fail.conflict('案件还没有受理，受理后才能邀请对方')
  mustBe(d, ['accepted', 'inviting'], '对方已经答复，不能再发邀请')
  const at = now.toISOString()
  d.invitation = { code: newInvitationCode(db), expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY).toISOString(), usedAt: null, usedBy: null }
  d.status = 'inviting'
  event(db, d, me.id, '发出了调解邀请', at)
}

export function invitationLink(code: string): string {
  return links.disputeInvitation(code)
}

/** The case an invitation code belongs to (the current invitation only: a replaced code is unknown). */
export function findInvitation(db: DisputesDb, code: string): DisputeRecord | undefined {
  return db.disputes.find((x) => !!x.invitation && x.invitation.code === code)
}

/** Whether the invitation can still be answered now. */
export function invitationOpen(d: DisputeRecord, now: number): boolean {
  const inv = d.invitation
  return !!inv && !inv.usedAt && d.status === 'inviting' && now < Date.parse(inv.expiresAt)
}

export function answerInvitation(db: DisputesDb, d: DisputeRecord, me: UserRecord, agree: boolean, reason: string, now: Date): void {
  const inv = d.invitation
  if (!inv) throw fail.notFound(INVITATION_NOT_FOUND)
  if (d.applicantId === me.id) throw fail.conflict('这是您自己发出的邀请，请把邀请码转给对方')
  if (inv.usedAt) throw fail.conflict('这个邀请码已经使用过了')
  mustBe(d, ['inviting'], '这个邀请已不能答复')
  if (now.getTime() >= Date.parse(inv.expiresAt)) throw fail.conflict('邀请码已过期，请联系申请人或调解员重新发送')
  const at = now.toISOString()
  inv.usedAt = at
  inv.usedBy = me.id
  d.respondentId = me.id
  d.respondentAgreed = agree
  // declining needs no reason: mediation is voluntary, and saying why is too
  d.respondentReason = agree ? '' : reason
  if (agree) {
    d.status = 'mediating'
    pass(db, d, 'invited', me.id, at)
    event(db, d, me.id, '对方同意参加调解', at)
    tell(db, [d.applicantId], d, '对方同意调解', '对方已同意参加调解，调解员会安排调解时间', at)
    tell(db, [d.mediatorId], d, '对方同意调解', `${typeLabel(d.type)}案件的对方已同意调解，请安排调解`, at, true)
  } else {
    const to = REFERRAL_OF[d.type]
    d.status = 'referred'
    d.referral = { to, note: `对方不同意调解。建议向${REFERRAL_LABELS[to]}寻求帮助。`, at }
    pass(db, d, 'outcome', me.id, at)
    event(db, d, me.id, `对方不同意调解，案件转介至${REFERRAL_LABELS[to]}`, at)
    tell(db, [d.applicantId], d, '对方不同意调解', `建议您向${REFERRAL_LABELS[to]}寻求帮助`, at)
    tell(db, [d.mediatorId], d, '对方不同意调解', `${typeLabel(d.type)}案件已转介至${REFERRAL_LABELS[to]}`, at, true)
  }
}

// ---- the duty roster --------------------------------------------------------------------------------

/** A station's roster runs this many weekends ahead of today. */
export const ROSTER_WEEKENDS = 8
/** The rota repeats every this many weekend days: the seed writes one round of it. */
export const ROTA_DAYS = ROSTER_WEEKENDS * 2

/**
 * Keeps ROSTER_WEEKENDS weekends of duty ahead of `now` as the clock moves: each new weekend day sits
 * as the day ROTA_DAYS before it did, so the rota goes on as the seed began it. Days already in
 * the roster are never changed (sessions took their people from them); a roster stays one run of
 * weekend days without gaps (days the clock skipped over are filled in too) so that the rota's turn
 * of a day is its place in the list. True if a day was added.
 */
export function extendRoster(s: StationRecord, now: number): boolean {
  const r = s.roster
  // a station with no rota has none to go on with
  if (!r.length) return false
  const today = chinaDay(now)
  const horizon = addDays(today, ROSTER_WEEKENDS * 7 - 1)
  const last = r[r.length - 1].date
  if (last >= horizon) return false
  const round = Math.min(r.length, ROTA_DAYS)
  for (let d = addDays(last, 1); d <= horizon; d = addDays(d, 1)) {
    const wd = weekdayOf(d)
    if (wd !== 0 && wd !== 6) continue
    const i = r.length
    const like = r[i >= ROTA_DAYS ? i - ROTA_DAYS : i % round]
    r.push({ date: d, police: like.police && { ...like.police }, lawyer: like.lawyer && { ...like.lawyer } })
  }
  return true
}

// ---- sessions -------------------------------------------------------------------------------------

/** The roster's people for a day ('YYYY-MM-DD'), or nobody when it is not a rostered weekend day. */
export function dutyOn(s: StationRecord, date: string): { police: DutyRecord | null; lawyer: DutyRecord | null } {
  const day = s.roster.find((x) => x.date === date)
  return { police: day ? day.police : null, lawyer: day ? day.lawyer : null }
}

const dutyText = (s: SessionRecord) => {
  const who = ['调解员']
  if (s.police) who.push(`${s.police.org}民警${s.police.name}`)
  if (s.lawyer) who.push(`${s.lawyer.org}律师${s.lawyer.name}`)
  return who.join('、')
}

export function schedule(db: DisputesDb, d: DisputeRecord, me: UserRecord, input: Required<SessionInput>, now: Date): SessionRecord {
  mustBe(d, ['mediating'], '对方同意调解后才能安排调解')
  const t = Date.parse(input.at)
  if (Number.isNaN(t)) throw fail.validation({ at: '请选择调解时间' })
  if (t <= now.getTime()) throw fail.validation({ at: '调解时间应晚于现在' })
  if (t > now.getTime() + 90 * DAY) throw fail.validation({ at: '调解时间请安排在 90 天内' })
  const s = stationById(db, d.stationId) as StationRecord
  const date = chinaDay(t)
  const weekend = weekdayOf(date) === 0 || weekdayOf(date) === 6
  const duty = dutyOn(s, date)
  const fields: Record<string, string> = {}
  if (input.withPolice && !duty.police) fields.withPolice = weekend ? '这一天没有民警值班，请换一天或不请民警' : '民警只在周末坐堂，请选择周六或周日'
  if (input.withLawyer && !duty.lawyer) fields.withLawyer = weekend ? '这一天没有律师值班，请换一天或不请律师' : '律师只在周末坐堂，请选择周六或周日'
  if (Object.keys(fields).length) throw apiFail(409, 'STATE_CONFLICT', fields.withPolice || fields.withLawyer, fields)
  const at = now.toISOString()
  const session: SessionRecord = {
    id: nextId(db, 'ms'),
    at: new Date(t).toISOString(),
    durationMinutes: input.durationMinutes,
    room: input.room,
    police: input.withPolice ? duty.police : null,
    lawyer: input.withLawyer ? duty.lawyer : null,
    minutes: '',
    privateNote: '',
    recordedAt: null,
    reminded: false,
  }
  d.sessions.push(session)
  event(db, d, me.id, `安排调解：${chinaDayTime(session.at)}，${session.room}`, at)
  tell(db, parties(d), d, '调解时间已安排', `${chinaDayTime(session.at)} 在${session.room}调解，参加人员：${dutyText(session)}`, at)
  return session
}

export function recordSession(db: DisputesDb, d: DisputeRecord, session: SessionRecord, me: UserRecord, minutes: string, privateNote: string, now: Date): void {
  mustBe(d, ['mediating', 'fulfilling', 'referred', 'closed'], '案件当前不能记录调解')
  if (now.getTime() < Date.parse(session.at)) throw fail.conflict('调解开始后才能填写记录')
  const at = now.toISOString()
  const first = !session.recordedAt
  session.minutes = minutes
  session.privateNote = privateNote
  session.recordedAt = at
  if (d.status === 'mediating') pass(db, d, 'mediating', me.id, at)
  // the event says a record exists; its words are in the session, the private note nowhere else
  event(db, d, me.id, first ? '填写了调解记录' : '修改了调解记录', at)
}

// ---- the agreement ----------------------------------------------------------------------------------

export function draftAgreement(db: DisputesDb, d: DisputeRecord, me: UserRecord, input: Required<Pick<AgreementInput, 'facts'>> & { obligations: { party: 'applicant' | 'respondent'; what: string; amount: number | null; dueDate: string; how: string }[] }, now: Date): void {
  if (d.agreement && d.agreement.sealedAt) throw fail.conflict('协议已经双方确认生效，不能再修改')
  mustBe(d, ['mediating'], '案件当前不能起草协议')
  const today = chinaDay(now.getTime())
  const fields: Record<string, string> = {}
  input.obligations.forEach((o, i) => {
    const t = Date.parse(`${o.dueDate}T00:00:00Z`)
    // a day that does not exist (02-31) parses to another day: only a round trip tells
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== o.dueDate) fields[`obligations.${i}.dueDate`] = '请选择履行期限'
    else if (o.dueDate < today) fields[`obligations.${i}.dueDate`] = '履行期限不能早于今天'
    else if (t > now.getTime() + 3 * 365 * DAY) fields[`obligations.${i}.dueDate`] = '履行期限请定在三年以内'
  })
  if (Object.keys(fields).length) throw fail.validation(fields)
  const at = now.toISOString()
  const prev = d.agreement
  d.agreement = {
    no: null,
    version: prev ? prev.version + 1 : 1,
    facts: input.facts,
    obligations: input.obligations.map((o) => ({ party: o.party, what: o.what, amount: o.amount, dueDate: o.dueDate, how: o.how, done: null, reports: [] })),
    draftedAt: at,
    confirmedAt: { applicant: null, respondent: null },
    changes: prev ? prev.changes.slice() : [],
    sealedAt: null,
    judicialDeadline: null,
  }
  pass(db, d, 'mediating', me.id, at)
  event(db, d, me.id, prev ? `修改了调解协议（第 ${d.agreement.version} 版）` : '起草了调解协议', at)
  tell(db, parties(d), d, '调解协议待确认', `调解协议（第 ${d.agreement.version} 版）已拟好，请查看并确认或提出修改意见`, at)
}

function currentDraft(d: DisputeRecord) {
  const a = d.agreement
  if (a && a.sealedAt) throw fail.conflict('协议已经双方确认生效，不能再确认或修改')
  mustBe(d, ['mediating'], '案件当前没有待确认的协议')
  if (!a) throw fail.conflict('调解员还没有起草协议')
  return a
}

/** A change was asked of the current version: nobody may confirm it until the mediator revises it. */
export function changePending(a: { version: number; changes: { version: number }[] }): boolean {
  const last = a.changes[a.changes.length - 1]
  return !!last && last.version === a.version
}

export function confirmAgreement(db: DisputesDb, d: DisputeRecord, me: UserRecord, rel: 'applicant' | 'respondent', now: Date): void {
  const a = currentDraft(d)
  if (changePending(a)) throw fail.conflict(`第 ${a.version} 版协议有修改意见，请等调解员重新起草后再确认`)
  if (a.confirmedAt[rel]) throw fail.conflict(`您已确认过第 ${a.version} 版协议，请等待对方确认`)
  const at = now.toISOString()
  a.confirmedAt[rel] = at
  event(db, d, me.id, `${rel === 'applicant' ? '申请人' : '对方'}确认了第 ${a.version} 版协议`, at)
  if (a.confirmedAt.applicant && a.confirmedAt.respondent) {
    const year = chinaYear(now.getTime())
    a.no = `XY${year}${String(nextSeq(db, `agreement-${year}`)).padStart(4, '0')}`
    a.sealedAt = at
    a.judicialDeadline = new Date(now.getTime() + JUDICIAL_CONFIRM_DAYS * DAY).toISOString()
    d.status = 'fulfilling'
    pass(db, d, 'mediating', d.mediatorId, at)
    pass(db, d, 'outcome', me.id, at)
    event(db, d, null, `协议生效，编号 ${a.no}`, at)
    const body = `协议 ${a.no} 已生效。如需司法确认，请在 ${chinaDay(Date.parse(a.judicialDeadline))} 前共同向人民法院申请`
    tell(db, parties(d), d, '调解协议已生效', body, at)
    tell(db, [d.mediatorId], d, '调解协议已生效', `协议 ${a.no} 已由双方确认`, at, true)
  }
}

export function askChange(db: DisputesDb, d: DisputeRecord, me: UserRecord, rel: 'applicant' | 'respondent', reason: string, now: Date): void {
  const a = currentDraft(d)
  const at = now.toISOString()
  a.changes.push({ by: rel, reason, at, version: a.version })
  // the draft as it stands no longer has both sides' consent: a new version is needed
  a.confirmedAt = { applicant: null, respondent: null }
  event(db, d, me.id, `${rel === 'applicant' ? '申请人' : '对方'}对第 ${a.version} 版协议提出修改意见`, at)
  tell(db, [d.mediatorId], d, '协议修改意见', reason.slice(0, 60), at, true)
}

export function refer(db: DisputesDb, d: DisputeRecord, me: UserRecord, to: Referral, note: string, now: Date): void {
  if (d.agreement && d.agreement.sealedAt) throw fail.conflict('协议已生效，不能再转介')
  mustBe(d, ['accepted', 'inviting', 'mediating'], '案件当前不能转介')
  const at = now.toISOString()
  d.status = 'referred'
  d.referral = { to, note, at }
  if (d.invitation && !d.invitation.usedAt) d.invitation.expiresAt = at
  pass(db, d, 'outcome', me.id, at)
  event(db, d, me.id, `未达成协议，转介至${REFERRAL_LABELS[to]}`, at)
  tell(db, parties(d), d, '案件已转介', `建议您向${REFERRAL_LABELS[to]}寻求帮助：${note.slice(0, 40)}`, at)
}

// ---- follow-up, closing, rating ------------------------------------------------------------------------

export function fulfil(db: DisputesDb, d: DisputeRecord, me: UserRecord, rel: DisputeRelation, index: number, done: boolean, note: string, now: Date): void {
  mustBe(d, ['fulfilling'], '协议生效后才能记录履行情况')
  const a = d.agreement
  const o = a && index >= 0 ? a.obligations[index] : undefined
  if (!o) throw fail.notFound('履行事项不存在')
  // a party reports once until the mediator has visited: their word is for the mediator to check
  if (rel !== 'mediator') {
    const last = o.reports[o.reports.length - 1]
    if (last && last.by === rel) throw fail.conflict('您已反馈过这一项，调解员回访核实后可再反馈')
  }
  const at = now.toISOString()
  o.reports.push({ by: rel, done, note, at })
  // the mediator's visit decides; a party's word is a report the mediator checks
  if (rel === 'mediator') o.done = done
  const what = `第 ${index + 1} 项「${o.what.slice(0, 20)}」${done ? '已履行' : '未履行'}`
  if (rel === 'mediator') {
    d.visitNote = note
    event(db, d, me.id, `回访记录：${what}`, at)
    if (a && a.obligations.every((x) => x.done === true)) pass(db, d, 'followup', me.id, at)
  } else {
    event(db, d, me.id, `${rel === 'applicant' ? '申请人' : '对方'}反馈：${what}`, at)
    tell(db, [d.mediatorId], d, '履行情况反馈', what, at, true)
  }
}

/**
 * Whether the mediator may close now: every obligation carried out, or each visited on or after
 * its due date (a visit before it says nothing of whether it was carried out in time).
 */
export function mayClose(d: DisputeRecord, now: number): boolean {
  const a = d.agreement
  if (d.status !== 'fulfilling' || !a) return false
  if (a.obligations.every((o) => o.done === true)) return true
  const today = chinaDay(now)
  return a.obligations.every((o) => {
    if (o.done === true) return true
    const visits = o.reports.filter((r) => r.by === 'mediator')
    const last = visits[visits.length - 1]
    return !!last && o.dueDate < today && chinaDay(Date.parse(last.at)) >= o.dueDate
  })
}

export function close(db: DisputesDb, d: DisputeRecord, me: UserRecord, note: string, now: Date): void {
  mustBe(d, ['fulfilling'], '案件当前不能结案')
  if (!mayClose(d, now.getTime())) throw fail.conflict('还有履行事项未完成：全部履行，或每项到期后回访过，才能结案')
  const at = now.toISOString()
  d.status = 'closed'
  pass(db, d, 'followup', me.id, at)
  pass(db, d, 'closed', me.id, at)
  event(db, d, me.id, `结案：${note}`, at)
  tell(db, parties(d), d, '案件已结案', note.slice(0, 60), at)
}

export function rate(db: DisputesDb, d: DisputeRecord, me: UserRecord, input: { rating: 'satisfied' | 'basically' | 'unsatisfied'; comment: string }, now: Date): void {
  if (d.rating) throw fail.conflict('您已经评价过了')
  mustBe(d, ['closed', 'referred'], '结案或转介后才能评价')
  const at = now.toISOString()
  d.rating = { rating: input.rating, comment: input.comment, at }
  event(db, d, me.id, '申请人评价了调解服务', at)
}

export const isOpen = (d: DisputeRecord) => OPEN_STATUSES.indexOf(d.status) >= 0

// ---- time ---------------------------------------------------------------------------------------------------

/** The roster kept ahead; reminders: a session tomorrow (sent from 24 hours before), a judicial deadline in JUDICIAL_REMINDER_DAYS. */
export function tickDisputes(db: DisputesDb, now: Date): boolean {
  const t = now.getTime()
  let changed = false
  // before the request reads a station or schedules on a day: a moved clock still finds people on duty
  for (const st of db.disputeStations) if (extendRoster(st, t)) changed = true
  for (const d of db.disputes) {
    if (d.status === 'mediating') {
      for (const s of d.sessions) {
        const start = Date.parse(s.at)
        if (s.reminded || t < start - DAY) continue
        s.reminded = true
        changed = true
        // a session already under way needs no reminder
        if (t >= start) continue
        const at = new Date(start - DAY).toISOString()
        tell(db, parties(d), d, '明天调解提醒', `${chinaDayTime(s.at)} 在${s.room}调解，参加人员：${dutyText(s)}`, at)
      }
    }
    const a = d.agreement
    if (a && a.judicialDeadline && !d.judicialReminded) {
      const due = Date.parse(a.judicialDeadline) - JUDICIAL_REMINDER_DAYS * DAY
      if (t >= due) {
        d.judicialReminded = true
        changed = true
        if (t < Date.parse(a.judicialDeadline)) {
          tell(db, parties(d), d, '司法确认期限提醒', `协议 ${a.no} 申请司法确认的期限是 ${chinaDay(Date.parse(a.judicialDeadline))}，还有 ${JUDICIAL_REMINDER_DAYS} 天`, new Date(due).toISOString())
        }
      }
    }
  }
  return changed
}

