// 志愿积分 operations: pure steps on the db with their permission and state checks. Each runs
// synchronously from check to write, so requests fired at once cannot both pass a check
// (seats, balance, stock, limits) that only one of them may pass.
import { CHECKIN_EARLY_MINUTES, CODE_ROTATE_SECONDS, CORRECTION_DAYS, REDEEM_CODE_MINUTES, links, type ActivityInput, type ActivityStatus, type Iso } from '../../../src/contract'
import { hasRole } from '../../server/access'
import { chinaDay, chinaMonth, chinaYear, chinaYearStart } from '../../server/china'
import { hmac, randomHex, safeEqual } from '../../server/crypto'
import { nextId, nextSeq } from '../../server/db'
import { apiFail, fail } from '../../server/errors'
import { DAY } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { notify } from '../inbox'
import type { ActivityRecord, EntryRecord, OfferRecord, ParticipantRecord, RedemptionRecord , PointsDb } from './state'

const MIN = 60 * 1000
const HOUR = 60 * MIN
const yearStart = chinaYearStart

/** The signing key of this db's tokens; a db made without the seed gets one on first use. */
export function pointsSecretOf(db: PointsDb): string {
  if (!db.pointsSecret) db.pointsSecret = randomHex(32)
  return db.pointsSecret
}

export const FORGED_CODE = '签到码无效，请扫描组织者手机上的签到码'
export const STALE_CODE = '签到码已过期（每 30 秒更新），请扫描组织者手机上的最新签到码'
export const FORGED_REDEEM = '兑换码无效，请核对后重试'

export function activityStatus(a: ActivityRecord, now: number): ActivityStatus {
  if (a.cancelled) return 'cancelled'
  if (now < Date.parse(a.start)) return 'open'
  return now < Date.parse(a.end) ? 'ongoing' : 'ended'
}

const SEATED = ['signed', 'checked_in', 'checked_out', 'absent', 'confirmed']
export const seated = (a: ActivityRecord) => a.participants.filter((p) => SEATED.indexOf(p.status) >= 0)
export const waiting = (a: ActivityRecord) => a.participants.filter((p) => p.status === 'waitlisted').sort((x, y) => x.seq - y.seq)
export const placeOf = (a: ActivityRecord, userId: string) => a.participants.find((p) => p.userId === userId && p.status !== 'left') || null

export function isOrganiserOf(a: ActivityRecord, u: UserRecord): boolean {
  return a.organiserId === u.id
}

function checkTimes(input: ActivityInput, now: number): void {
  if (Date.parse(input.start) <= now) throw fail.validation({ start: '开始时间应晚于现在' })
}

export function publish(db: PointsDb, input: ActivityInput, me: UserRecord, now: Date): ActivityRecord {
  if (!me.communityId) throw fail.forbidden('您还没有所属社区，无法发布活动')
  checkTimes(input, now.getTime())
  const a: ActivityRecord = {
    id: nextId(db, 'VA'),
    title: input.title,
    type: input.type,
    communityId: me.communityId,
    organiserId: me.id,
    place: input.place,
    start: new Date(Date.parse(input.start)).toISOString(),
    end: new Date(Date.parse(input.end)).toISOString(),
    capacity: input.capacity,
    pointsPerHour: input.pointsPerHour ?? 10,
    bring: input.bring || '',
    cover: input.cover ?? null,
    cancelled: false,
    cancelReason: '',
    participants: [],
  }
  db.activities.push(a)
  return a
}

export function editActivity(db: PointsDb, a: ActivityRecord, input: ActivityInput, now: Date): void {
  if (activityStatus(a, now.getTime()) !== 'open') throw fail.conflict('活动已开始或已取消，不能再修改')
  checkTimes(input, now.getTime())
  if (input.capacity < seated(a).length) throw fail.validation({ capacity: `已有 ${seated(a).length} 人报名，招募人数不能少于此数` })
  const start = new Date(Date.parse(input.start)).toISOString()
  const end = new Date(Date.parse(input.end)).toISOString()
  // a volunteer could not have signed up for both: moving this one onto another of theirs is refused too
  for (const p of a.participants) {
    if (p.status !== 'signed' && p.status !== 'waitlisted') continue
    const clash = db.activities.find((x) => x !== a && overlaps(x, { start, end }) && isSignedFor(x, p.userId))
    if (clash) {
      const u = db.users[p.userId]
      const message = `修改后的时间与已报名志愿者${u ? u.name : ''}的另一场活动时间重叠，请换个时间，或先请该志愿者退出后再改`
      throw apiFail(409, 'STATE_CONFLICT', message, { start: message })
    }
  }
  Object.assign(a, { title: input.title, type: input.type, place: input.place, start: new Date(Date.parse(input.start)).toISOString(), end: new Date(Date.parse(input.end)).toISOString(), capacity: input.capacity, pointsPerHour: input.pointsPerHour ?? a.pointsPerHour, bring: input.bring || '', cover: input.cover ?? null })
  promote(db, a, now.toISOString())
}

export function cancelActivity(db: PointsDb, a: ActivityRecord, reason: string, now: Date): void {
  const st = activityStatus(a, now.getTime())
  if (st === 'cancelled' || st === 'ended') throw fail.conflict('活动已结束或已取消')
  a.cancelled = true
  a.cancelReason = reason
  const ids = a.participants.filter((p) => p.status !== 'left').map((p) => p.userId)
  notify(db, ids, { kind: 'points_activity', title: '活动已取消', body: `您报名的“${a.title}”已取消：${reason}`, link: links.pointsActivity(a.id), subject: { type: 'activity', id: a.id } }, now.toISOString())
}

const overlaps = (a: { start: Iso; end: Iso }, b: { start: Iso; end: Iso }) => a.start < b.end && b.start < a.end
/** Signed up (or waiting) for an activity that still takes place: their time is spoken for. */
const isSignedFor = (a: ActivityRecord, userId: string) => {
  if (a.cancelled) return false
  const p = placeOf(a, userId)
  return !!p && (p.status === 'signed' || p.status === 'waitlisted')
}

export function signUp(db: PointsDb, a: ActivityRecord, me: UserRecord, waitlist: boolean, now: Date): void {
  const st = activityStatus(a, now.getTime())
  if (st === 'cancelled') throw fail.conflict('活动已取消')
  if (st !== 'open') throw fail.conflict('活动已开始，不能再报名')
  if (placeOf(a, me.id)) throw fail.conflict('您已报名这个活动')
  const clash = db.activities.find((x) => x !== a && overlaps(x, a) && isSignedFor(x, me.id))
  if (clash) throw fail.conflict(`与您已报名的“${clash.title}”时间重叠，不能同时报名`)
  const full = seated(a).length >= a.capacity
  if (full && !waitlist) throw fail.conflict('名额已满，可以加入候补，有人退出时自动递补')
  a.participants = a.participants.filter((p) => p.userId !== me.id)
  a.participants.push({ userId: me.id, seq: nextSeq(db, 'VP'), status: full ? 'waitlisted' : 'signed', checkInAt: null, checkOutAt: null, hours: null, reason: '', confirmedAt: null, correction: null })
}

function promote(db: PointsDb, a: ActivityRecord, at: Iso): void {
  for (const p of waiting(a)) {
    if (seated(a).length >= a.capacity) return
    p.status = 'signed'
    notify(db, [p.userId], { kind: 'points_activity', title: '候补成功', body: `您已递补报名“${a.title}”，请按时参加`, link: links.pointsActivity(a.id), subject: { type: 'activity', id: a.id } }, at)
  }
}

export function leave(db: PointsDb, a: ActivityRecord, me: UserRecord, now: Date): void {
  const p = placeOf(a, me.id)
  if (!p || (p.status !== 'signed' && p.status !== 'waitlisted')) throw fail.conflict('您没有报名这个活动')
  if (activityStatus(a, now.getTime()) !== 'open') throw fail.conflict('活动已开始，不能再退出')
  p.status = 'left'
  promote(db, a, now.toISOString())
}

// ---- the rotating check-in code -------------------------------------------------------------

const windowOf = (ms: number) => Math.floor(ms / (CODE_ROTATE_SECONDS * 1000))
const codeSig = (secret: string, id: string, w: number) => hmac(secret, `LV.${id}.${w}`).slice(0, 32)
/** 6 digits from the same signature, so a typed code rotates with the QR. */
const shortOf = (secret: string, id: string, w: number) => String(parseInt(hmac(secret, `LVS.${id}.${w}`).slice(0, 8), 16) % 1000000).padStart(6, '0')

export function currentCode(db: PointsDb, a: ActivityRecord, now: number) {
  const w = windowOf(now)
  const secret = pointsSecretOf(db)
  return { activityId: a.id, token: `LV.${a.id}.${w}.${codeSig(secret, a.id, w)}`, shortCode: shortOf(secret, a.id, w), expiresAt: new Date((w + 1) * CODE_ROTATE_SECONDS * 1000).toISOString() }
}

const TOKEN_RE = /^LV\.([A-Za-z0-9-]{1,24})\.(\d{1,12})\.([0-9a-f]{32})$/

/** The activity a code opens; the current window and the one before count (scan delay). */
export function readCode(db: PointsDb, input: { token?: string; activityId?: string; shortCode?: string }, now: number): ActivityRecord {
  const w = windowOf(now)
  const secret = pointsSecretOf(db)
  if (input.token) {
    const m = TOKEN_RE.exec(input.token)
    if (!m || !safeEqual(codeSig(secret, m[1], +m[2]), m[3])) throw fail.validation({ token: FORGED_CODE })
    const a = db.activities.find((x) => x.id === m[1])
    if (!a) throw fail.validation({ token: FORGED_CODE })
    if (+m[2] !== w && +m[2] !== w - 1) throw fail.validation({ token: STALE_CODE })
    return a
  }
  const a = db.activities.find((x) => x.id === input.activityId)
  if (!a) throw fail.notFound('活动不存在')
  const typed = input.shortCode || ''
  // both windows are always compared, so the time taken says nothing about which one was near
  const now1 = safeEqual(typed, shortOf(secret, a.id, w))
  const prev = safeEqual(typed, shortOf(secret, a.id, w - 1))
  if (!now1 && !prev) throw fail.validation({ shortCode: '签到码不对或已过期，请输入组织者手机上的最新签到码' })
  return a
}

export function check(a: ActivityRecord, me: UserRecord, action: 'in' | 'out', now: number): void {
  if (a.cancelled) throw fail.conflict('活动已取消')
  const p = placeOf(a, me.id)
  if (!p || p.status === 'waitlisted') throw fail.conflict('您没有报名这个活动（或仍在候补），不能签到')
  const open = Date.parse(a.start) - CHECKIN_EARLY_MINUTES * MIN
  if (now < open) throw fail.conflict(`还没到签到时间：开始前 ${CHECKIN_EARLY_MINUTES} 分钟开放签到`)
  if (now > Date.parse(a.end)) throw fail.conflict('活动已结束，不能再签到签退，请联系组织者')
  const at = new Date(now).toISOString()
  if (action === 'in') {
    if (p.status !== 'signed') throw fail.conflict('您已签到')
    p.status = 'checked_in'
    p.checkInAt = at
  } else {
    if (p.status !== 'checked_in') throw fail.conflict(p.status === 'signed' ? '请先签到' : '您已签退')
    p.status = 'checked_out'
    p.checkOutAt = at
  }
}

// ---- hours and points -----------------------------------------------------------------------

export function suggestedHours(a: ActivityRecord, p: ParticipantRecord): number {
  if (!p.checkInAt) return 0
  const from = Math.max(Date.parse(p.checkInAt), Date.parse(a.start))
  const to = Math.min(p.checkOutAt ? Date.parse(p.checkOutAt) : Date.parse(a.end), Date.parse(a.end))
  return Math.max(0, Math.floor((to - from) / (HOUR / 2)) / 2)
}

export const maxHours = (a: ActivityRecord) => Math.floor((Date.parse(a.end) - Date.parse(a.start)) / (HOUR / 2)) / 2

function entry(db: PointsDb, e: Omit<EntryRecord, 'id'>): EntryRecord {
  const r = { id: nextId(db, 'LE'), ...e } as EntryRecord
  db.ledger.push(r)
  return r
}

function participant(a: ActivityRecord, volunteerId: string): ParticipantRecord {
  const p = placeOf(a, volunteerId)
  if (!p || p.status === 'waitlisted') throw fail.notFound('这位志愿者没有报名本活动')
  return p
}

export function confirmHours(db: PointsDb, a: ActivityRecord, me: UserRecord, input: { volunteerId: string; hours?: number; reason?: string }, now: Date): void {
  const p = participant(a, input.volunteerId)
  if (p.status === 'confirmed') throw fail.conflict('时长已确认；如需更正，请通过更正申请处理')
  if (p.status === 'signed' || p.status === 'absent') throw fail.conflict('这位志愿者没有签到，不能确认时长')
  if (p.status === 'checked_in' && now.getTime() < Date.parse(a.end)) throw fail.conflict('志愿者还没签退，活动结束后再确认')
  const hours = input.hours ?? suggestedHours(a, p)
  if (hours > maxHours(a)) throw fail.validation({ hours: `时长不能超过活动时长 ${maxHours(a)} 小时` })
  const reason = (input.reason || '').trim()
  if (hours !== suggestedHours(a, p) && !reason) throw fail.validation({ reason: '调整时长请填写原因' })
  p.status = 'confirmed'
  p.hours = hours
  p.reason = reason
  p.confirmedAt = now.toISOString()
  const points = Math.round(hours * a.pointsPerHour)
  entry(db, { userId: p.userId, kind: 'earned', at: p.confirmedAt, points, hold: 0, reason: `参加“${a.title}” ${hours} 小时${reason ? `（${reason}）` : ''}`, year: chinaYear(now.getTime()), activityId: a.id, hours, byId: me.id })
  notify(db, [p.userId], { kind: 'points_earned', title: '志愿时长已确认', body: `“${a.title}” ${hours} 小时，获得 ${points} 积分`, link: links.points(), subject: { type: 'activity', id: a.id } }, p.confirmedAt)
}

export function markAbsent(a: ActivityRecord, volunteerId: string, now: number): void {
  const p = participant(a, volunteerId)
  if (now < Date.parse(a.start)) throw fail.conflict('活动还没开始，不能标记缺席')
  if (p.status !== 'signed') throw fail.conflict('只能把未签到的志愿者标记为缺席')
  p.status = 'absent'
}

export function askCorrection(db: PointsDb, a: ActivityRecord, me: UserRecord, reason: string, now: Date): void {
  const p = placeOf(a, me.id)
  if (!p || p.status !== 'confirmed' || !p.confirmedAt) throw fail.conflict('时长确认后才能申请更正')
  if (now.getTime() > Date.parse(p.confirmedAt) + CORRECTION_DAYS * DAY) throw fail.conflict(`时长确认已超过 ${CORRECTION_DAYS} 天，不能再申请更正`)
  if (p.correction && p.correction.answer === null) throw fail.conflict('您的更正申请正在处理中')
  p.correction = { reason, at: now.toISOString(), answer: null }
  notify(db, [a.organiserId], { kind: 'points_correction', title: '志愿时长更正申请', body: `“${a.title}”有志愿者申请更正时长：${reason}`, link: links.pointsActivity(a.id), subject: { type: 'activity', id: a.id } }, now.toISOString())
}

export function answerCorrection(db: PointsDb, a: ActivityRecord, me: UserRecord, input: { volunteerId: string; hours?: number; answer: string }, now: Date): void {
  const p = participant(a, input.volunteerId)
  if (!p.correction || p.correction.answer !== null) throw fail.conflict('没有待答复的更正申请')
  const at = now.toISOString()
  if (input.hours !== undefined && input.hours !== p.hours) {
    if (input.hours > maxHours(a)) throw fail.validation({ hours: `时长不能超过活动时长 ${maxHours(a)} 小时` })
    const diff = Math.round((input.hours - (p.hours || 0)) * a.pointsPerHour)
    // taking back points that are already spent would push the balance below zero
    if (diff < 0 && totals(db, p.userId).available + diff < 0) throw fail.conflict('志愿者的可用积分不足以扣回，请与志愿者协商')
    entry(db, { userId: p.userId, kind: 'adjusted', at, points: diff, hold: 0, reason: `更正“${a.title}”时长 ${p.hours} → ${input.hours} 小时：${input.answer}`, activityId: a.id, hours: input.hours - (p.hours || 0), byId: me.id, ...(diff > 0 ? { year: chinaYear(now.getTime()) } : {}) })
    p.hours = input.hours
  }
  p.correction.answer = input.answer
  notify(db, [p.userId], { kind: 'points_correction', title: '更正申请已答复', body: `“${a.title}”：${input.answer}`, link: links.pointsActivity(a.id), subject: { type: 'activity', id: a.id } }, at)
}

// ---- the ledger -----------------------------------------------------------------------------

/** What one pass over a volunteer's entries says: the totals, and what is left of each year. */
export interface Account {
  balance: number
  held: number
  available: number
  /** earning year → points earned in it (earned, positive adjusted), ascending by year */
  earned: { year: number; points: number }[]
  /** every point that left the balance (redeemed, expired, negative adjusted), spent oldest first */
  spent: number
}

export function accountOf(db: PointsDb, userId: string): Account {
  let balance = 0
  let held = 0
  let spent = 0
  const byYear: Record<number, number> = {}
  const ledger = db.ledger
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]
    if (e.userId !== userId) continue
    balance += e.points
    held += e.hold
    if (e.points > 0 && e.year !== undefined) byYear[e.year] = (byYear[e.year] || 0) + e.points
    else if (e.points < 0) spent -= e.points
  }
  const earned = Object.keys(byYear)
    .map((y) => ({ year: +y, points: byYear[+y] }))
    .sort((x, y) => x.year - y.year)
  return { balance, held, available: balance - held, earned, spent }
}

export function totals(db: PointsDb, userId: string) {
  const { balance, held, available } = accountOf(db, userId)
  return { balance, held, available }
}

/** Points still left from earnings up to `year`, spending the oldest first. */
function leftUpTo(acc: Account, year: number): number {
  let earned = 0
  for (const y of acc.earned) if (y.year <= year) earned += y.points
  return Math.max(0, earned - acc.spent)
}

/** What expires when, soonest first: the points left of each earning year. */
export function expiringOf(acc: Account): { at: Iso; points: number }[] {
  const out: { at: Iso; points: number }[] = []
  let earned = 0
  let before = 0
  for (const y of acc.earned) {
    earned += y.points
    const left = Math.max(0, earned - acc.spent) - before
    if (left > 0) out.push({ at: new Date(yearStart(y.year + 2) - 1).toISOString(), points: left })
    before += Math.max(0, left)
  }
  return out
}

export function expiring(db: PointsDb, userId: string): { at: Iso; points: number }[] {
  return expiringOf(accountOf(db, userId))
}

const expiredReason = (year: number) => `${year} 年获得的积分已于 ${year + 1} 年 12 月 31 日到期`

/**
 * Expires what is left of the years up to `through` (already past their expiry) for one user,
 * oldest year first. Points on hold stay until their code is redeemed or released; a release
 * after the expiry date calls this again, so they expire then.
 */
function expireLeft(db: PointsDb, userId: string, through: number, at: Iso, note = ''): boolean {
  let changed = false
  const acc = accountOf(db, userId)
  for (const y of acc.earned) {
    if (y.year > through) break
    const n = Math.min(leftUpTo(acc, y.year), Math.max(0, acc.available))
    if (n <= 0) continue
    entry(db, { userId, kind: 'expired', at, points: -n, hold: 0, reason: expiredReason(y.year) + note })
    acc.spent += n
    acc.balance -= n
    acc.available -= n
    changed = true
  }
  return changed
}

function expireYear(db: PointsDb, year: number, at: Iso): void {
  const users: Record<string, true> = {}
  for (const e of db.ledger) if (e.year === year) users[e.userId] = true
  for (const u of Object.keys(users)) expireLeft(db, u, year, at)
}

/**
 * The last earning year already expired. A db made without the seed has none: it starts with
 * the year before its oldest earnings (or two years back), so no year is skipped or swept twice.
 */
function expiredYearOf(db: PointsDb, ms: number): number {
  if (!db.pointsExpiredYear) {
    let first = chinaYear(ms) - 1
    for (const e of db.ledger) if (e.year !== undefined && e.year < first) first = e.year
    db.pointsExpiredYear = first - 1
  }
  return db.pointsExpiredYear
}

/** Expires every earning year whose expiry (00:00 on 1 January two years on) is at or before `ms`. */
function expireYearsUpTo(db: PointsDb, ms: number): boolean {
  let changed = false
  while (yearStart(expiredYearOf(db, ms) + 3) <= ms) {
    db.pointsExpiredYear++
    expireYear(db, db.pointsExpiredYear, new Date(yearStart(db.pointsExpiredYear + 2)).toISOString())
    changed = true
  }
  return changed
}

// ---- redemption -----------------------------------------------------------------------------

export const redeemSig = (secret: string, r: RedemptionRecord) => hmac(secret, `LR.${r.id}.${r.code}`).slice(0, 32)
export const redeemToken = (secret: string, r: RedemptionRecord) => `LR.${r.id}.${r.code}.${redeemSig(secret, r)}`

export const pendingOf = (db: PointsDb, offerId: string) => db.redemptions.filter((r) => r.offerId === offerId && r.status === 'pending').length
export const stockLeft = (db: PointsDb, o: OfferRecord) => Math.max(0, o.stock - pendingOf(db, o.id))

export function redeem(db: PointsDb, o: OfferRecord, me: UserRecord, now: Date): RedemptionRecord {
  const ms = now.getTime()
  const day = chinaDay(ms)
  if (o.paused) throw fail.conflict('该商品已暂停兑换')
  if (day < o.validFrom) throw fail.conflict(`该商品 ${o.validFrom} 起可兑换`)
  if (day > o.validTo) throw fail.conflict(`该商品的兑换已于 ${o.validTo} 结束`)
  if (stockLeft(db, o) <= 0) throw fail.conflict('该商品已兑完')
  const month = chinaMonth(ms)
  const used = db.redemptions.filter((r) => r.userId === me.id && r.offerId === o.id && r.month === month && r.status !== 'expired').length
  if (used >= o.monthlyLimit) throw fail.conflict(`该商品每人每月限兑 ${o.monthlyLimit} 次，本月已达上限`)
  const t = totals(db, me.id)
  if (t.available < o.points) throw fail.conflict(`积分不足：需要 ${o.points} 分，可用 ${t.available} 分`)
  let code = ''
  do code = String(Math.floor(100000 + Math.random() * 900000))
  while (db.redemptions.some((r) => r.status === 'pending' && r.code === code))
  const r: RedemptionRecord = { id: nextId(db, 'RD'), userId: me.id, offerId: o.id, merchantId: o.merchantId, points: o.points, code, status: 'pending', createdAt: now.toISOString(), expiresAt: new Date(ms + REDEEM_CODE_MINUTES * MIN).toISOString(), redeemedAt: null, month }
  db.redemptions.push(r)
  entry(db, { userId: me.id, kind: 'held', at: r.createdAt, points: 0, hold: o.points, reason: `兑换“${o.title}”待核销`, redemptionId: r.id })
  return r
}

const TOKEN_R = /^LR\.([A-Za-z0-9-]{1,24})\.(\d{6})\.([0-9a-f]{32})$/

/** A merchant's code lookup: forged 400, unknown 404, of another shop 409, used or expired 409. */
export function findCode(db: PointsDb, me: UserRecord, input: { token?: string; code?: string }, now: Date): RedemptionRecord {
  const mine = db.merchants.filter((m) => m.userIds.indexOf(me.id) >= 0).map((m) => m.id)
  let r: RedemptionRecord | undefined
  if (input.token) {
    const m = TOKEN_R.exec(input.token)
    r = m ? db.redemptions.find((x) => x.id === m[1] && x.code === m[2]) : undefined
    if (!r || !safeEqual(redeemSig(pointsSecretOf(db), r), (m as RegExpExecArray)[3])) throw fail.validation({ token: FORGED_REDEEM })
    if (mine.indexOf(r.merchantId) < 0) {
      const other = db.merchants.find((x) => x.id === (r as RedemptionRecord).merchantId)
      throw fail.conflict(`这是${other ? other.name : '其他商家'}的兑换码，不能在本店核销`)
    }
  } else {
    // a typed code is guessable: another shop's is simply not found
    const list = db.redemptions.filter((x) => x.code === input.code && mine.indexOf(x.merchantId) >= 0)
    r = list.find((x) => x.status === 'pending') || list[list.length - 1]
    if (!r) throw fail.notFound('本店没有这个兑换码，请核对后重试')
  }
  if (r.status === 'redeemed') throw fail.conflict('这个兑换码已使用过')
  if (r.status === 'expired') throw fail.conflict('这个兑换码已过期，请让志愿者重新兑换')
  r.verifiedAt = now.toISOString()
  return r
}

export function confirmRedemption(db: PointsDb, r: RedemptionRecord, now: Date): void {
  if (r.status === 'redeemed') throw fail.conflict('这个兑换码已使用过')
  if (r.status === 'expired' || Date.parse(r.expiresAt) <= now.getTime()) throw fail.conflict('这个兑换码已过期，请让志愿者重新兑换')
  // the volunteer's code is the proof they are at the counter: a pending id alone is not
  if (!r.verifiedAt) throw fail.conflict('请先扫码或输入志愿者出示的兑换码')
  const o = db.offers.find((x) => x.id === r.offerId) as OfferRecord
  const at = now.toISOString()
  r.status = 'redeemed'
  r.redeemedAt = at
  o.stock = Math.max(0, o.stock - 1)
  entry(db, { userId: r.userId, kind: 'redeemed', at, points: -r.points, hold: -r.points, reason: `兑换“${o.title}”`, redemptionId: r.id })
  notify(db, [r.userId], { kind: 'points_redeemed', title: '兑换成功', body: `“${o.title}”已核销，扣除 ${r.points} 积分`, link: links.points(), subject: { type: 'redemption', id: r.id } }, at)
}

/**
 * Codes past their 10 minutes release their hold; a year's points expire after 31 Dec of the
 * next. Both happen in the order of their times, so a hold released after a year's expiry date
 * finds that year expired and its points expire then.
 */
export function tickPoints(db: PointsDb, now: Date): boolean {
  const ms = now.getTime()
  let changed = false
  // a db made without the seed gets its key and its expiry year here, so that a GET saves them
  // and the next request signs and sweeps with the same ones
  if (!db.pointsSecret || !db.pointsExpiredYear) {
    pointsSecretOf(db)
    expiredYearOf(db, ms)
    changed = true
  }
  const due = db.redemptions.filter((r) => r.status === 'pending' && Date.parse(r.expiresAt) <= ms).sort((x, y) => x.expiresAt.localeCompare(y.expiresAt))
  for (const r of due) {
    if (expireYearsUpTo(db, Date.parse(r.expiresAt))) changed = true
    r.status = 'expired'
    entry(db, { userId: r.userId, kind: 'released', at: r.expiresAt, points: 0, hold: -r.points, reason: '兑换码已过期，积分已解冻', redemptionId: r.id })
    expireLeft(db, r.userId, db.pointsExpiredYear, r.expiresAt, '（兑换码过期，解冻后到期）')
    changed = true
  }
  if (expireYearsUpTo(db, ms)) changed = true
  return changed
}

export const isMerchant = (u: UserRecord) => hasRole(u, 'merchant')
