// 志愿积分 routes. Order of checks on an action: auth (401) → role (403, by the router) → the
// record exists and the caller may see it (404, never 403) → the caller may act (403) → the
// body is valid (400) → the state and the limits allow it (409).
import {
  absentSchema,
  activityCancelSchema,
  activityInputSchema,
  activityListQuerySchema,
  checkSchema,
  confirmSchema,
  correctionAnswerSchema,
  correctionSchema,
  emptySchema,
  maskName,
  offerEditSchema,
  pageQuerySchema,
  pointsEndpoints,
  redeemSchema,
  signupSchema,
  verifySchema,
  type Certificate,
  type PointsSummary,
  type Workbench,
} from '../../../src/contract'
import type { DbState } from '../../server/db'
import { randomHex } from '../../server/crypto'
import type { DomainModule, StoredSlice } from '../../server/domain'
import { fail } from '../../server/errors'
import { chinaDay, chinaMonth, chinaYear } from '../../server/china'
import { body, query } from '../../server/input'
import { rateLimit } from '../../server/limit'
import { paginate } from '../../server/paging'
import { getOwn, randomString } from '../../server/util'
import type { RouteContext, RouteDef } from '../../server/router'
import type { UserRecord } from '../auth/state'
import {
  activityStatus,
  answerCorrection,
  askCorrection,
  cancelActivity,
  accountOf,
  check,
  confirmHours,
  confirmRedemption,
  currentCode,
  editActivity,
  expiringOf,
  findCode,
  leave,
  markAbsent,
  placeOf,
  publish,
  readCode,
  redeem,
  signUp,
  tickPoints,
} from './machine'
import { offerPhotoOf, seedPointsDomain } from './seed'
import { emptyPoints, type ActivityRecord, type MerchantRecord, type PointsDb, type PointsSlice } from './state'
import { toActivity, toEntry, toMerchant, toRedemption, toSummary } from './view'

export * from './machine'
export * from './state'
export * from './view'

export const ACTIVITY_NOT_FOUND = '活动不存在或无权查看'

const MINUTE = 60 * 1000
/** Codes created per volunteer in 10 minutes: more than anyone spends at a counter. */
export const REDEMPTIONS_PER_10_MINUTES = 10
/**
 * Check-in attempts per user a minute: the 6-digit short code changes every 30 seconds and two
 * windows count, so 20 guesses a minute give about 1 chance in 25 000 (every POST also counts
 * against the 60-a-minute write limit).
 */
export const CHECKS_PER_MINUTE = 20
/** Code lookups per shop a minute (all its counter accounts together): a busy counter, not a walk over the codes. */
export const VERIFIES_PER_MINUTE = 30
const redeemLimit = rateLimit({ name: 'points.redeem', max: REDEMPTIONS_PER_10_MINUTES, windowMs: 10 * MINUTE, message: '兑换太频繁，请稍后再试' })
const checkLimit = rateLimit({ name: 'points.check', max: CHECKS_PER_MINUTE, windowMs: MINUTE, message: '签到尝试太频繁，请稍后再试' })
const verifyLimit = rateLimit({ name: 'points.verify', max: VERIFIES_PER_MINUTE, windowMs: MINUTE, message: '核销查询太频繁，请稍后再试' })
const db = (ctx: RouteContext) => ctx.db as unknown as PointsDb

function activity(ctx: RouteContext): ActivityRecord {
  const a = db(ctx).activities.find((x) => x.id === ctx.params.id)
  if (!a) throw fail.notFound(ACTIVITY_NOT_FOUND)
  return a
}

/** Its organiser only; anyone else is told it is not theirs to manage as if it were missing. */
function organised(ctx: RouteContext): ActivityRecord {
  const a = activity(ctx)
  if (a.organiserId !== ctx.me().id) throw fail.notFound(ACTIVITY_NOT_FOUND)
  return a
}

/**
 * A photo set on an activity or an offer must be one the caller uploaded (a reference is not a
 * secret: it shows in every list); the one already there may stay (a built-in picture of the seed).
 */
function ownPhoto(ctx: RouteContext, ref: string | null | undefined, kept: string | null, field: string, what: string): void {
  if (!ref || ref === kept) return
  const rec = getOwn(ctx.db.photos, ref)
  if (!rec || rec.by !== ctx.me().id) throw fail.validation({ [field]: `${what}无效或已失效，请重新上传一张您自己拍摄的照片` })
}

const show = (ctx: RouteContext, a: ActivityRecord, status = 200) => ({ status, body: toActivity(db(ctx), a, ctx.me(), ctx.now.getTime()) })

function shopOf(ctx: RouteContext): MerchantRecord {
  const m = db(ctx).merchants.find((x) => x.userIds.indexOf(ctx.me().id) >= 0)
  if (!m) throw fail.forbidden('您的账号还没有关联合作商家')
  return m
}

function hoursOf(d: PointsDb, userId: string) {
  const list: { year: number; title: string; date: string; hours: number }[] = []
  for (const a of d.activities) {
    const p = a.participants.find((x) => x.userId === userId && x.status === 'confirmed')
    if (p && p.hours) list.push({ year: chinaYear(Date.parse(a.start)), title: a.title, date: chinaDay(Date.parse(a.start)), hours: p.hours })
  }
  return list.sort((x, y) => y.date.localeCompare(x.date))
}

function certificate(d: PointsDb, no: string, userId: string, issuedAt: string, owner: boolean): Certificate {
  const u = d.users[userId] as UserRecord
  const list = hoursOf(d, userId)
  const years: Certificate['years'] = []
  for (const h of list) {
    let y = years.find((x) => x.year === h.year)
    if (!y) years.push((y = { year: h.year, hours: 0, activities: 0 }))
    y.hours += h.hours
    y.activities++
  }
  return { no, name: owner ? u.name : maskName(u.name), issuedAt, hoursTotal: list.reduce((s, h) => s + h.hours, 0), years, activities: list.map(({ title, date, hours }) => ({ title, date, hours })) }
}

function activityAction(pattern: string, run: (ctx: RouteContext, a: ActivityRecord) => void, roles: RouteDef['roles'], own: boolean): RouteDef {
  return { method: 'POST', pattern, roles, handler: (ctx) => { const a = own ? organised(ctx) : activity(ctx); run(ctx, a); return show(ctx, a) } }
}

const routes: RouteDef[] = [
  {
    method: 'GET',
    pattern: pointsEndpoints.activities.pattern,
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const q = query(ctx, activityListQuerySchema)
      const now = ctx.now.getTime()
      let list: ActivityRecord[]
      if (q.scope === 'organised') list = d.activities.filter((a) => a.organiserId === me.id).sort((a, b) => b.start.localeCompare(a.start))
      else if (q.scope === 'mine') list = d.activities.filter((a) => !!placeOf(a, me.id)).sort((a, b) => b.start.localeCompare(a.start))
      // their community first, then the district; soonest first
      else list = d.activities.filter((a) => activityStatus(a, now) === 'open' || activityStatus(a, now) === 'ongoing').sort((a, b) => (a.communityId === me.communityId) !== (b.communityId === me.communityId) ? (a.communityId === me.communityId ? -1 : 1) : a.start.localeCompare(b.start))
      const page = paginate(list, q)
      return { status: 200, body: { ...page, items: page.items.map((a) => toSummary(d, a, me, now)) } }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.activities.pattern,
    roles: ['organiser'],
    handler: (ctx) => {
      const input = body(ctx, activityInputSchema)
      ownPhoto(ctx, input.cover, null, 'cover', '封面照片')
      return show(ctx, publish(db(ctx), input, ctx.me(), ctx.now), 201)
    },
  },
  { method: 'GET', pattern: pointsEndpoints.activity.pattern, handler: (ctx) => show(ctx, activity(ctx)) },
  activityAction(
    pointsEndpoints.edit.pattern,
    (ctx, a) => {
      const input = body(ctx, activityInputSchema)
      ownPhoto(ctx, input.cover, a.cover, 'cover', '封面照片')
      editActivity(db(ctx), a, input, ctx.now)
    },
    ['organiser'],
    true,
  ),
  activityAction(pointsEndpoints.cancel.pattern, (ctx, a) => cancelActivity(db(ctx), a, body(ctx, activityCancelSchema).reason, ctx.now), ['organiser'], true),
  activityAction(pointsEndpoints.signup.pattern, (ctx, a) => signUp(db(ctx), a, ctx.me(), !!body(ctx, signupSchema).waitlist, ctx.now), ['volunteer'], false),
  activityAction(pointsEndpoints.leave.pattern, (ctx, a) => (body(ctx, emptySchema), leave(db(ctx), a, ctx.me(), ctx.now)), ['volunteer'], false),
  {
    method: 'GET',
    pattern: pointsEndpoints.code.pattern,
    roles: ['organiser'],
    handler: (ctx) => {
      const a = organised(ctx)
      const now = ctx.now.getTime()
      if (a.cancelled) throw fail.conflict('活动已取消')
      if (now < Date.parse(a.start) - 15 * 60000 || now > Date.parse(a.end)) throw fail.conflict('签到码在活动开始前 15 分钟到结束时可用')
      return { status: 200, body: currentCode(db(ctx), a, now) }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.check.pattern,
    roles: ['volunteer'],
    handler: (ctx) => {
      const input = body(ctx, checkSchema)
      // every attempt counts, a wrong code above all: the hit is recorded before the code is read
      checkLimit.take(ctx.db, ctx.me().id, ctx.now)
      const a = readCode(db(ctx), input, ctx.now.getTime())
      check(a, ctx.me(), input.action, ctx.now.getTime())
      return show(ctx, a)
    },
  },
  activityAction(pointsEndpoints.confirm.pattern, (ctx, a) => confirmHours(db(ctx), a, ctx.me(), body(ctx, confirmSchema), ctx.now), ['organiser'], true),
  activityAction(pointsEndpoints.absent.pattern, (ctx, a) => markAbsent(a, body(ctx, absentSchema).volunteerId, ctx.now.getTime()), ['organiser'], true),
  activityAction(pointsEndpoints.answer.pattern, (ctx, a) => answerCorrection(db(ctx), a, ctx.me(), body(ctx, correctionAnswerSchema), ctx.now), ['organiser'], true),
  activityAction(pointsEndpoints.correction.pattern, (ctx, a) => askCorrection(db(ctx), a, ctx.me(), body(ctx, correctionSchema).reason, ctx.now), ['volunteer'], false),
  {
    method: 'GET',
    pattern: pointsEndpoints.summary.pattern,
    roles: ['volunteer'],
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const h = hoursOf(d, me.id)
      const year = chinaYear(ctx.now.getTime())
      // one pass over the ledger answers the totals and what expires when
      const acc = accountOf(d, me.id)
      const answer: PointsSummary = { hoursTotal: h.reduce((s, x) => s + x.hours, 0), hoursThisYear: h.filter((x) => x.year === year).reduce((s, x) => s + x.hours, 0), balance: acc.balance, held: acc.held, available: acc.available, expiring: expiringOf(acc) }
      return { status: 200, body: answer }
    },
  },
  {
    method: 'GET',
    pattern: pointsEndpoints.ledger.pattern,
    roles: ['volunteer'],
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const page = paginate(d.ledger.filter((e) => e.userId === me.id).reverse(), query(ctx, pageQuerySchema))
      return { status: 200, body: { ...page, items: page.items.map((e) => toEntry(d, e)) } }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.certificates.pattern,
    roles: ['volunteer'],
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      body(ctx, emptySchema)
      let c = d.certificates.find((x) => x.userId === me.id)
      // the number is checked by anyone who holds it (GET is public): a running count would let a
      // stranger walk every volunteer's record, so it ends in random characters
      if (!c) d.certificates.push((c = { no: `ZY${chinaYear(ctx.now.getTime())}${String(d.certificates.length + 1).padStart(4, '0')}${randomString(6).toUpperCase()}`, userId: me.id, issuedAt: ctx.nowIso }))
      return { status: 200, body: certificate(d, c.no, me.id, c.issuedAt, true) }
    },
  },
  {
    method: 'GET',
    pattern: pointsEndpoints.certificate.pattern,
    auth: 'public',
    handler: (ctx) => {
      const d = db(ctx)
      const c = d.certificates.find((x) => x.no === ctx.params.no)
      if (!c) throw fail.notFound('没有这个证明编号，请核对后重试')
      return { status: 200, body: certificate(d, c.no, c.userId, c.issuedAt, false) }
    },
  },
  { method: 'GET', pattern: pointsEndpoints.merchants.pattern, auth: 'public', handler: (ctx) => ({ status: 200, body: db(ctx).merchants.map((m) => toMerchant(db(ctx), m)) }) },
  {
    method: 'GET',
    pattern: pointsEndpoints.redemptions.pattern,
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const shop = d.merchants.find((x) => x.userIds.indexOf(me.id) >= 0)
      // a shop sees a pending code only once it was shown at its counter (verified)
      const list = d.redemptions.filter((r) => r.userId === me.id || (!!shop && r.merchantId === shop.id && (r.status !== 'pending' || !!r.verifiedAt))).reverse()
      const page = paginate(list, query(ctx, pageQuerySchema))
      return { status: 200, body: { ...page, items: page.items.map((r) => toRedemption(d, r, me, ctx.nowIso)) } }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.redemptions.pattern,
    roles: ['volunteer'],
    handler: (ctx) => {
      const d = db(ctx)
      const input = body(ctx, redeemSchema)
      const o = d.offers.find((x) => x.id === input.offerId)
      if (!o) throw fail.validation({ offerId: '兑换商品不存在' })
      // codes made count, refusals (no points, sold out) do not: they hold nothing
      redeemLimit.check(ctx.db, ctx.me().id, ctx.now)
      const r = redeem(d, o, ctx.me(), ctx.now)
      redeemLimit.hit(ctx.db, ctx.me().id, ctx.now)
      return { status: 201, body: toRedemption(d, r, ctx.me(), ctx.nowIso) }
    },
  },
  {
    method: 'GET',
    pattern: pointsEndpoints.redemption.pattern,
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const shop = d.merchants.find((x) => x.userIds.indexOf(me.id) >= 0)
      const r = d.redemptions.find((x) => x.id === ctx.params.id && (x.userId === me.id || (!!shop && x.merchantId === shop.id && (x.status !== 'pending' || !!x.verifiedAt))))
      if (!r) throw fail.notFound('兑换记录不存在或无权查看')
      return { status: 200, body: toRedemption(d, r, me, ctx.nowIso) }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.verify.pattern,
    roles: ['merchant'],
    handler: (ctx) => {
      const shop = shopOf(ctx)
      const input = body(ctx, verifySchema)
      // a typed code is 6 digits: lookups that miss count as much as those that find one
      verifyLimit.take(ctx.db, `shop:${shop.id}`, ctx.now)
      return { status: 200, body: toRedemption(db(ctx), findCode(db(ctx), ctx.me(), input, ctx.now), ctx.me(), ctx.nowIso) }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.redeemConfirm.pattern,
    roles: ['merchant'],
    handler: (ctx) => {
      const d = db(ctx)
      const shop = shopOf(ctx)
      const r = d.redemptions.find((x) => x.id === ctx.params.id && x.merchantId === shop.id)
      if (!r) throw fail.notFound('兑换记录不存在或无权查看')
      body(ctx, emptySchema)
      confirmRedemption(d, r, ctx.now)
      return { status: 200, body: toRedemption(d, r, ctx.me(), ctx.nowIso) }
    },
  },
  {
    method: 'GET',
    pattern: pointsEndpoints.workbench.pattern,
    roles: ['merchant'],
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const shop = shopOf(ctx)
      const today = chinaDay(ctx.now.getTime())
      const done = d.redemptions.filter((r) => r.merchantId === shop.id && r.status === 'redeemed' && r.redeemedAt)
      const items = done.filter((r) => chinaDay(Date.parse(r.redeemedAt as string)) === today).reverse()
      const months: Workbench['months'] = []
      for (const r of done) {
        const month = chinaMonth(Date.parse(r.redeemedAt as string))
        let m = months.find((x) => x.month === month)
        if (!m) months.push((m = { month, count: 0, points: 0 }))
        m.count++
        m.points += r.points
      }
      months.sort((a, b) => b.month.localeCompare(a.month))
      const answer: Workbench = { merchant: toMerchant(d, shop, true), today: { count: items.length, points: items.reduce((s, r) => s + r.points, 0), items: items.map((r) => toRedemption(d, r, me, ctx.nowIso)) }, months }
      return { status: 200, body: answer }
    },
  },
  {
    method: 'POST',
    pattern: pointsEndpoints.offer.pattern,
    roles: ['merchant'],
    handler: (ctx) => {
      const d = db(ctx)
      const shop = shopOf(ctx)
      const o = d.offers.find((x) => x.id === ctx.params.id && x.merchantId === shop.id)
      if (!o) throw fail.notFound('商品不存在或无权查看')
      const input = body(ctx, offerEditSchema)
      ownPhoto(ctx, input.photo, o.photo, 'photo', '商品照片')
      if (input.stock !== undefined) o.stock = input.stock
      if (input.paused !== undefined) o.paused = input.paused
      if (input.photo !== undefined) o.photo = input.photo
      return { status: 200, body: toMerchant(d, shop, true).offers.find((x) => x.id === o.id) }
    },
  },
]

/** Listed before inbox: it sends messages. */
export const pointsDomain: DomainModule<PointsSlice> = {
  name: 'points',
  /** 2: activity covers and offer photos; a random signing key */
  version: 2,
  routes,
  empty: emptyPoints,
  migrate: (slice: StoredSlice<PointsSlice>): PointsSlice => {
    const s = { ...emptyPoints(), ...(slice as Partial<PointsSlice>) }
    const kinds: Record<string, MerchantRecord['kind']> = {}
    for (const m of s.merchants) kinds[m.id] = m.kind
    s.activities = s.activities.map((a) => ({ ...a, cover: a.cover || null }))
    // the seed's offers get the picture a fresh seed gives them
    s.offers = s.offers.map((o) => ({ ...o, photo: o.photo || (/^of-/.test(o.id) && kinds[o.merchantId] ? offerPhotoOf(kinds[o.merchantId]) : null) }))
    // the old key was derived from the seed time: anyone could recompute it
    s.pointsSecret = randomHex(32)
    return s
  },
  seed: (d: DbState, now: Date) => seedPointsDomain(d as unknown as PointsDb, now),
  tick: (d: DbState, now: Date) => tickPoints(d as unknown as PointsDb, now),
}
