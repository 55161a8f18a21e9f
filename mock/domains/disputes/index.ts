// 解忧小屋 routes. Order of checks on an action: auth (401) → role (403, by the router) → the
// case exists and the caller may see it (404, never 403) → the caller's relation allows the
// step (404 for a step that is not theirs, 403 for a party doing a mediator's step) → the body
// is valid (400) → the state allows it (409).
import {
  agreementSchema,
  changeRequestSchema,
  closeSchema,
  disputeCreateSchema,
  disputeEndpoints,
  disputeListQuerySchema,
  disputeRateSchema,
  emptyDisputeSchema,
  fulfilSchema,
  invitationAnswerSchema,
  referralSchema,
  sessionRecordSchema,
  sessionSchema,
  transferSchema,
  type Dispute,
  type DisputeDraftFromReport,
  type DisputeRelation,
  type DisputeType,
  type ReportCategory,
} from '../../../src/contract'
import type { DbState } from '../../server/db'
import type { DomainModule, StoredSlice } from '../../server/domain'
import { fail, isApiFail } from '../../server/errors'
import { body, query } from '../../server/input'
import { rateLimit } from '../../server/limit'
import { paginate } from '../../server/paging'
import type { RouteContext, RouteDef } from '../../server/router'
import { HOUR } from '../../server/util'
import type { ReportRecord } from '../reports/state'
import { PHOTO_BODY_MAX_BYTES, takePhotos } from '../photos/state'
import { DISPUTE_GUIDES } from './guides'
import {
  DISPUTE_NOT_FOUND,
  INVITATION_CODE_RE,
  INVITATION_NOT_FOUND,
  accept,
  answerInvitation,
  askChange,
  close,
  confirmAgreement,
  draftAgreement,
  fileDispute,
  findInvitation,
  fulfil,
  invite,
  isOpen,
  isOverdue,
  rate,
  recordSession,
  refer,
  relationTo,
  schedule,
  stationById,
  tickDisputes,
  transfer,
} from './machine'
import { seedDisputesDomain } from './seed'
import { emptyDisputes, type DisputeRecord, type DisputesDb, type DisputesSlice } from './state'
import { dutySessionsOf, toDispute, toInvitationView, toStation, toSummary } from './view'

export * from './guides'
export * from './machine'
export * from './state'
export * from './view'

/** Cases a resident may file a day: more than anyone has disputes, few enough to stop a flood. */
export const DISPUTES_PER_DAY = 5
/**
 * Invitation lookups (views and answers, found or not) per user an hour: a code is 8 of 31
 * characters, so 20 guesses an hour find one of a few hundred open codes about once in 10^8 years.
 */
export const INVITATION_LOOKUPS_PER_HOUR = 20
const fileLimit = rateLimit({ name: 'disputes.create', max: DISPUTES_PER_DAY, windowMs: 24 * HOUR, message: '今天提交的调解申请太多了，请明天再试' })
const lookupLimit = rateLimit({ name: 'disputes.invitation', max: INVITATION_LOOKUPS_PER_HOUR, windowMs: HOUR, message: '邀请码尝试太频繁，请稍后再试' })

const db = (ctx: RouteContext) => ctx.db as unknown as DisputesDb

const CATEGORY_TYPES: Partial<Record<ReportCategory, DisputeType>> = { water_leak: 'leak', noise: 'noise', parking: 'parking' }

/** The case and the caller's relation to it; 404 for anyone who may not see it. */
function readable(ctx: RouteContext): { d: DisputeRecord; rel: DisputeRelation } {
  const d = db(ctx).disputes.find((x) => x.id === ctx.params.id)
  const rel = d ? relationTo(db(ctx), d, ctx.me()) : null
  if (!d || !rel) throw fail.notFound(DISPUTE_NOT_FOUND)
  return { d, rel }
}

function asMediator(ctx: RouteContext) {
  const r = readable(ctx)
  if (r.rel !== 'mediator') throw fail.forbidden('只有本案的调解员可以进行此操作')
  return r
}

function asParty(ctx: RouteContext): { d: DisputeRecord; rel: 'applicant' | 'respondent' } {
  const r = readable(ctx)
  if (r.rel === 'mediator') throw fail.forbidden('只有双方当事人可以进行此操作')
  return r as { d: DisputeRecord; rel: 'applicant' | 'respondent' }
}

const show = (ctx: RouteContext, d: DisputeRecord, status = 200) => {
  const rel = relationTo(db(ctx), d, ctx.me())
  // a step can end the caller's view (a transfer away): they get the 404 they would get next
  if (!rel) throw fail.notFound(DISPUTE_NOT_FOUND)
  return { status, body: toDispute(db(ctx), d, ctx.me(), rel, ctx.now.getTime()) }
}

/**
 * The caller's report this case may come from: theirs (else 404, or 400 at the field of a
 * filing), ended by its grid worker as 民间纠纷 (status `civil`; else 409, or 400 at the field),
 * and not yet taken to 解忧小屋 (409).
 */
function sourceReport(ctx: RouteContext, id: string, field: string | null): ReportRecord {
  const r = db(ctx).reports.find((x) => x.id === id)
  if (!r || r.reporterId !== ctx.me().id) throw field ? fail.validation({ [field]: '来源工单无效' }) : fail.notFound('工单不存在或无权查看')
  if (r.status !== 'civil') {
    const message = '这张工单没有按民间纠纷办结，不能转为调解申请'
    throw field ? fail.validation({ [field]: message }) : fail.conflict(message)
  }
  if (r.disputeId) throw fail.conflict(`这张工单已经申请过调解（案件 ${r.disputeId}）`)
  return r
}

/**
 * The photos of a filing: the report's own photos (the seed's built-in pictures among them) stay
 * as they are; any other must be the caller's upload, checked by takePhotos at its own index.
 */
async function casePhotos(ctx: RouteContext, list: string[], fromReport: string[]): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < list.length; i++) {
    if (fromReport.indexOf(list[i]) >= 0) {
      out.push(list[i])
      continue
    }
    try {
      out.push(...(await takePhotos(ctx, [list[i]])))
    } catch (e) {
      if (isApiFail(e) && e.body.fields && e.body.fields['photos.0']) throw fail.validation({ [`photos.${i}`]: e.body.fields['photos.0'] })
      throw e
    }
  }
  return out
}

function invitationOf(ctx: RouteContext): DisputeRecord {
  const me = ctx.me()
  // every lookup counts, found or not: the count is taken before the code is read
  lookupLimit.take(ctx.db, me.id, ctx.now)
  const code = String(ctx.params.code || '').toUpperCase()
  if (!INVITATION_CODE_RE.test(code)) throw fail.validation({ code: '邀请码是 8 位字母或数字，请核对后重新输入' })
  const d = findInvitation(db(ctx), code)
  if (!d) throw fail.notFound(INVITATION_NOT_FOUND)
  return d
}

function sessionOf(d: DisputeRecord, id: string) {
  const s = d.sessions.find((x) => x.id === id)
  if (!s) throw fail.notFound('调解场次不存在')
  return s
}

function action(pattern: string, run: (ctx: RouteContext) => DisputeRecord, roles?: RouteDef['roles']): RouteDef {
  return { method: 'POST', pattern, roles, handler: (ctx) => show(ctx, run(ctx)) }
}

const routes: RouteDef[] = [
  { method: 'GET', pattern: disputeEndpoints.guides.pattern, auth: 'public', handler: () => ({ status: 200, body: DISPUTE_GUIDES }) },
  { method: 'GET', pattern: disputeEndpoints.stations.pattern, auth: 'public', handler: (ctx) => ({ status: 200, body: db(ctx).disputeStations.map((s) => toStation(db(ctx), s, ctx.user, ctx.now.getTime())) }) },
  { method: 'GET', pattern: disputeEndpoints.duty.pattern, handler: (ctx) => ({ status: 200, body: dutySessionsOf(db(ctx), ctx.me()) }) },
  {
    method: 'GET',
    pattern: disputeEndpoints.list.pattern,
    handler: (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const q = query(ctx, disputeListQuerySchema)
      const now = ctx.now.getTime()
      let list: { d: DisputeRecord; rel: DisputeRelation }[]
      if (q.scope === 'mine') {
        list = d.disputes.filter((x) => x.applicantId === me.id || (x.respondentId === me.id && x.respondentAgreed === true)).reverse().map((x) => ({ d: x, rel: relationTo(d, x, me) as DisputeRelation }))
      } else {
        if (me.roles.indexOf('mediator') < 0) throw fail.forbidden('只有调解员可以查看调解工作台')
        if (q.scope === 'queue') {
          // new cases at their stations first (flagged, then oldest), then their open cases (latest change first)
          const fresh = d.disputes.filter((x) => x.status === 'filed' && relationTo(d, x, me) === 'mediator').sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || a.createdAt.localeCompare(b.createdAt))
          const mine = d.disputes.filter((x) => x.status !== 'filed' && isOpen(x) && x.mediatorId === me.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          list = fresh.concat(mine).map((x) => ({ d: x, rel: 'mediator' as const }))
        } else {
          list = d.disputes.filter((x) => !isOpen(x) && x.mediatorId === me.id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((x) => ({ d: x, rel: 'mediator' as const }))
        }
      }
      const page = paginate(list, q)
      return { status: 200, body: { ...page, items: page.items.map((x) => toSummary(d, x.d, x.rel, now)) } }
    },
  },
  {
    method: 'POST',
    pattern: disputeEndpoints.list.pattern,
    roles: ['resident'],
    maxBodyBytes: PHOTO_BODY_MAX_BYTES,
    handler: async (ctx) => {
      const d = db(ctx)
      const me = ctx.me()
      const input = body(ctx, disputeCreateSchema)
      if (!stationById(d, input.stationId)) throw fail.validation({ stationId: '请选择解忧小屋' })
      const report = input.fromReportId ? sourceReport(ctx, input.fromReportId, 'fromReportId') : null
      fileLimit.check(ctx.db, me.id, ctx.now)
      const photos = await casePhotos(ctx, input.photos, report ? report.photos : [])
      // storing photos may wait: another filing could have taken the report or the day's last
      // place meanwhile, so both are checked again with nothing awaited before the write
      if (report && report.disputeId) throw fail.conflict(`这张工单已经申请过调解（案件 ${report.disputeId}）`)
      fileLimit.check(ctx.db, me.id, ctx.now)
      const rec = fileDispute(d, { type: input.type, description: input.description, wants: input.wants, other: input.other, photos, stationId: input.stationId, preferredTimes: input.preferredTimes, fromReportId: report ? report.id : null }, me, ctx.now)
      if (report) report.disputeId = rec.id
      fileLimit.hit(ctx.db, me.id, ctx.now)
      return show(ctx, rec, 201)
    },
  },
  {
    method: 'GET',
    pattern: disputeEndpoints.fromReport.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const r = sourceReport(ctx, ctx.params.reportId, null)
      const station = db(ctx).disputeStations.find((s) => s.communityId === r.location.communityId)
      const answer: DisputeDraftFromReport = { reportId: r.id, type: CATEGORY_TYPES[r.category] || 'other', description: r.description, photos: r.photos.slice(), place: r.location.address, stationId: station ? station.id : '' }
      return { status: 200, body: answer }
    },
  },
  {
    method: 'GET',
    pattern: disputeEndpoints.invitation.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const d = invitationOf(ctx)
      const inv = d.invitation as NonNullable<DisputeRecord['invitation']>
      const me = ctx.me()
      // a used code shows nothing more to anyone but the person who answered with it
      if (inv.usedAt && inv.usedBy !== me.id) throw fail.conflict('这个邀请码已经使用过了')
      if (!inv.usedAt && ctx.now.getTime() >= Date.parse(inv.expiresAt)) throw fail.conflict('邀请码已过期，请联系申请人或调解员重新发送')
      return { status: 200, body: toInvitationView(db(ctx), d, me, ctx.now.getTime()) }
    },
  },
  {
    method: 'POST',
    pattern: disputeEndpoints.answer.pattern,
    roles: ['resident'],
    handler: (ctx) => {
      const d = invitationOf(ctx)
      const input = body(ctx, invitationAnswerSchema)
      answerInvitation(db(ctx), d, ctx.me(), input.agree, input.reason, ctx.now)
      // the one who declined sees the case this once, as it ends (masked, nothing they did not
      // read in the invitation but the referral); after this it is 404 to them
      if (!input.agree) {
        const full = toDispute(db(ctx), d, ctx.me(), 'respondent', ctx.now.getTime())
        const ended: Dispute = { ...full, photos: [], preferredTimes: '', events: [], sessions: [], fromReport: null, mediatorName: '', gates: full.gates.map((g) => ({ ...g, by: '' })) }
        return { status: 200, body: ended }
      }
      return show(ctx, d)
    },
  },
  { method: 'GET', pattern: disputeEndpoints.detail.pattern, handler: (ctx) => show(ctx, readable(ctx).d) },
  action(disputeEndpoints.accept.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    body(ctx, emptyDisputeSchema)
    accept(db(ctx), d, ctx.me(), ctx.now)
    return d
  }, ['mediator']),
  {
    method: 'POST',
    pattern: disputeEndpoints.transfer.pattern,
    roles: ['mediator'],
    handler: (ctx) => {
      const { d } = asMediator(ctx)
      const input = body(ctx, transferSchema)
      transfer(db(ctx), d, ctx.me(), input.stationId, input.reason, ctx.now)
      // the case has left the caller's station: they see what they did, with nothing left to do, then no more
      return { status: 200, body: { ...toDispute(db(ctx), d, ctx.me(), 'mediator', ctx.now.getTime()), can: [] } }
    },
  },
  action(disputeEndpoints.invite.pattern, (ctx) => {
    const { d, rel } = readable(ctx)
    if (rel === 'respondent') throw fail.forbidden('只有申请人或调解员可以发出邀请')
    body(ctx, emptyDisputeSchema)
    invite(db(ctx), d, ctx.me(), ctx.now)
    return d
  }),
  action(disputeEndpoints.sessions.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    const input = body(ctx, sessionSchema)
    schedule(db(ctx), d, ctx.me(), { at: input.at, durationMinutes: input.durationMinutes, room: input.room, withPolice: input.withPolice, withLawyer: input.withLawyer }, ctx.now)
    return d
  }, ['mediator']),
  action(disputeEndpoints.record.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    const s = sessionOf(d, ctx.params.sessionId)
    const input = body(ctx, sessionRecordSchema)
    recordSession(db(ctx), d, s, ctx.me(), input.minutes, input.privateNote, ctx.now)
    return d
  }, ['mediator']),
  action(disputeEndpoints.agreement.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    const input = body(ctx, agreementSchema)
    draftAgreement(db(ctx), d, ctx.me(), { facts: input.facts, obligations: input.obligations.map((o) => ({ party: o.party, what: o.what, amount: o.amount, dueDate: o.dueDate, how: o.how })) }, ctx.now)
    return d
  }, ['mediator']),
  action(disputeEndpoints.confirm.pattern, (ctx) => {
    const { d, rel } = asParty(ctx)
    body(ctx, emptyDisputeSchema)
    confirmAgreement(db(ctx), d, ctx.me(), rel, ctx.now)
    return d
  }),
  action(disputeEndpoints.change.pattern, (ctx) => {
    const { d, rel } = asParty(ctx)
    askChange(db(ctx), d, ctx.me(), rel, body(ctx, changeRequestSchema).reason, ctx.now)
    return d
  }),
  action(disputeEndpoints.refer.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    const input = body(ctx, referralSchema)
    refer(db(ctx), d, ctx.me(), input.to, input.note, ctx.now)
    return d
  }, ['mediator']),
  action(disputeEndpoints.fulfil.pattern, (ctx) => {
    const { d, rel } = readable(ctx)
    const raw = ctx.params.index
    // a malformed index names no obligation: 404 like one past the end (after the state's 409)
    const index = /^\d{1,2}$/.test(raw) ? Number(raw) : -1
    const input = body(ctx, fulfilSchema)
    fulfil(db(ctx), d, ctx.me(), rel, index, input.done, input.note, ctx.now)
    return d
  }),
  action(disputeEndpoints.close.pattern, (ctx) => {
    const { d } = asMediator(ctx)
    close(db(ctx), d, ctx.me(), body(ctx, closeSchema).note, ctx.now)
    return d
  }, ['mediator']),
  action(disputeEndpoints.rate.pattern, (ctx) => {
    const { d, rel } = readable(ctx)
    if (rel !== 'applicant') throw fail.forbidden('只有申请人可以评价')
    rate(db(ctx), d, ctx.me(), body(ctx, disputeRateSchema), ctx.now)
    return d
  }),
]

/** Listed after reports (a case may come from one) and before photos and inbox (its photos, its messages). */
export const disputesDomain: DomainModule<DisputesSlice> = {
  name: 'disputes',
  routes,
  empty: emptyDisputes,
  migrate: (slice: StoredSlice<DisputesSlice>): DisputesSlice => ({ ...emptyDisputes(), ...(slice as Partial<DisputesSlice>) }),
  seed: (d: DbState, now: Date) => seedDisputesDomain(d as unknown as DisputesDb, now),
  tick: (d: DbState, now: Date) => tickDisputes(d as unknown as DisputesDb, now),
}

