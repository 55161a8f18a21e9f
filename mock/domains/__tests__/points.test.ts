// 志愿积分 and 合伙商企 through the server: activities, the rotating check-in code, hours, the
// ledger's invariants, redemption codes and their concurrency, access per role.
import { activityInput } from '../../../test/utils/bodies'
import { client, newServer, HOUR } from '../../server/__tests__/helpers'

const T = (iso: string) => Date.parse(iso)

async function setup() {
  const { server, clock } = newServer()
  const c = client(server)
  const [vol, res, org, mer] = await Promise.all(['demo-volunteer', 'demo-resident', 'demo-organiser', 'demo-merchant'].map((id) => c.login(id)))
  const publish = async (over = {}) => {
    const r = await c.post('/points/activities', activityInput(over), org)
    expect(r.status).toBe(201)
    return r.body.id as string
  }
  /** an activity the volunteers attend for its 2 hours; the organiser confirms */
  const earn = async (pointsPerHour: number, who = [vol]) => {
    const id = await publish({ pointsPerHour })
    for (const t of who) expect((await c.post(`/points/activities/${id}/signup`, {}, t)).status).toBe(200)
    clock.set(T('2026-11-24T01:00:00Z'))
    for (const t of who) {
      const code = (await c.get(`/points/activities/${id}/code`, org)).body
      expect((await c.post('/points/check', { action: 'in', token: code.token }, t)).status).toBe(200)
    }
    clock.set(T('2026-11-24T02:59:00Z'))
    for (const t of who) {
      const code = (await c.get(`/points/activities/${id}/code`, org)).body
      expect((await c.post('/points/check', { action: 'out', activityId: id, shortCode: code.shortCode }, t)).status).toBe(200)
    }
    const a = (await c.get(`/points/activities/${id}`, org)).body
    for (const p of a.participants) expect((await c.post(`/points/activities/${id}/confirm`, { volunteerId: p.userId, hours: 2, reason: '签退稍早，按全程计' }, org)).status).toBe(200)
    return id
  }
  const summary = async (t = vol) => (await c.get('/points/me', t)).body
  return { server, clock, c, vol, res, org, mer, publish, earn, summary }
}

describe('points: seed', () => {
  test('eight kinds of partner merchants with offers; the demo volunteer has confirmed hours', async () => {
    const { c, vol, summary } = await setup()
    const m = (await c.get('/points/merchants')).body
    expect(m.length).toBeGreaterThanOrEqual(8)
    expect(new Set(m.map((x: { kind: string }) => x.kind)).size).toBe(8)
    const s = await summary()
    expect(s).toMatchObject({ hoursTotal: 2.5, balance: 25, held: 0, available: 25 })
    expect(s.expiring).toEqual([{ at: '2027-12-31T15:59:59.999Z', points: 25 }])
    const led = (await c.get('/points/ledger', vol)).body.items
    expect(led[0]).toMatchObject({ kind: 'earned', points: 25, hours: 2.5, byName: '唐文斌' })
  })
})

describe('points: activities', () => {
  test('capacity, waitlist with promotion, overlap, started', async () => {
    const { c, clock, vol, res, publish, server } = await setup()
    const id = await publish({ capacity: 1 })
    expect((await c.post(`/points/activities/${id}/signup`, {}, vol)).status).toBe(200)
    const full = await c.post(`/points/activities/${id}/signup`, {}, res)
    expect(full.status).toBe(409)
    expect(full.body.message).toMatch('名额已满')
    expect((await c.post(`/points/activities/${id}/signup`, { waitlist: true }, res)).body.mine).toBe('waitlisted')
    const other = await publish({ start: '2026-11-24T02:00:00.000Z', end: '2026-11-24T04:00:00.000Z' })
    const clash = await c.post(`/points/activities/${other}/signup`, {}, vol)
    expect([clash.status, clash.body.message]).toEqual([409, expect.stringContaining('时间重叠')])
    expect((await c.post(`/points/activities/${id}/leave`, {}, vol)).body.mine).toBeNull()
    expect((await c.get(`/points/activities/${id}`, res)).body.mine).toBe('signed')
    const c2 = client(server)
    expect((await c2.get('/inbox', res)).body.items[0].title).toBe('候补成功')
    clock.set(T('2026-11-24T02:30:00Z'))
    const late = await c.post(`/points/activities/${other}/signup`, {}, vol)
    expect([late.status, late.body.message]).toEqual([409, '活动已开始，不能再报名'])
  })

  test('bad publish input is answered at the field; only organisers publish', async () => {
    const { c, org, vol } = await setup()
    const r = await c.post('/points/activities', activityInput({ end: '2026-11-24T00:30:00.000Z', title: '' }), org)
    expect(r.status).toBe(400)
    expect(r.body.fields.end).toBe('结束时间应晚于开始时间')
    expect(r.body.fields.title).toBeTruthy()
    expect((await c.post('/points/activities', activityInput(), vol)).status).toBe(403)
  })

  test('cancel tells every signed-up volunteer', async () => {
    const { c, org, vol, publish } = await setup()
    const id = await publish()
    await c.post(`/points/activities/${id}/signup`, {}, vol)
    expect((await c.post(`/points/activities/${id}/cancel`, { reason: '天气原因' }, org)).body.status).toBe('cancelled')
    expect((await c.get('/inbox', vol)).body.items[0].body).toMatch('天气原因')
  })
})

describe('points: the rotating check-in code', () => {
  test('stale, forged, another activity, outside the window, not signed up', async () => {
    const { c, clock, vol, res, org, publish } = await setup()
    const id = await publish()
    const other = await publish({ start: '2026-11-24T05:00:00.000Z', end: '2026-11-24T06:00:00.000Z' })
    await c.post(`/points/activities/${id}/signup`, {}, vol)
    clock.set(T('2026-11-24T00:30:00Z'))
    expect((await c.get(`/points/activities/${id}/code`, org)).status).toBe(409)
    clock.set(T('2026-11-24T00:50:00Z'))
    const code = (await c.get(`/points/activities/${id}/code`, org)).body
    expect(code.token).toMatch(/^LV\./)
    const forged = await c.post('/points/check', { action: 'in', token: code.token.slice(0, -1) + (code.token.endsWith('0') ? '1' : '0') }, vol)
    expect([forged.status, forged.body.fields.token]).toEqual([400, expect.stringContaining('签到码无效')])
    expect((await c.post('/points/check', { action: 'in', token: code.token }, res)).status).toBe(409)
    clock.advance(61 * 1000)
    const stale = await c.post('/points/check', { action: 'in', token: code.token }, vol)
    expect([stale.status, stale.body.fields.token]).toEqual([400, expect.stringContaining('已过期')])
    const typed = await c.post('/points/check', { action: 'in', activityId: id, shortCode: code.shortCode }, vol)
    expect(typed.status).toBe(400)
    clock.set(T('2026-11-24T04:50:00Z'))
    const otherCode = (await c.get(`/points/activities/${other}/code`, org)).body
    expect((await c.post('/points/check', { action: 'in', token: otherCode.token }, vol)).body.message).toMatch('没有报名')
    clock.set(T('2026-11-24T03:01:00Z'))
    expect((await c.get(`/points/activities/${id}/code`, org)).status).toBe(409)
  })

  test('hours: a reason for an adjustment, at most the activity length; the organiser only', async () => {
    const { c, clock, vol, org, res, publish, summary } = await setup()
    const id = await publish()
    await c.post(`/points/activities/${id}/signup`, {}, vol)
    clock.set(T('2026-11-24T01:05:00Z'))
    let code = (await c.get(`/points/activities/${id}/code`, org)).body
    await c.post('/points/check', { action: 'in', token: code.token }, vol)
    clock.set(T('2026-11-24T02:20:00Z'))
    code = (await c.get(`/points/activities/${id}/code`, org)).body
    await c.post('/points/check', { action: 'out', token: code.token }, vol)
    const a = (await c.get(`/points/activities/${id}`, org)).body
    expect(a.participants[0]).toMatchObject({ suggestedHours: 1, phone: '186****0505' })
    expect((await c.get(`/points/activities/${id}`, res)).body.participants).toBeNull()
    const noReason = await c.post(`/points/activities/${id}/confirm`, { volunteerId: 'demo-volunteer', hours: 1.5 }, org)
    expect([noReason.status, noReason.body.fields.reason]).toEqual([400, '调整时长请填写原因'])
    const tooMany = await c.post(`/points/activities/${id}/confirm`, { volunteerId: 'demo-volunteer', hours: 2.5, reason: '多算' }, org)
    expect(tooMany.body.fields.hours).toMatch('不能超过活动时长 2 小时')
    expect((await c.post(`/points/activities/${id}/confirm`, { volunteerId: 'demo-volunteer', hours: 1.2, reason: 'x' }, org)).status).toBe(400)
    expect((await c.post(`/points/activities/${id}/confirm`, { volunteerId: 'demo-volunteer' }, org)).status).toBe(200)
    expect((await summary()).available).toBe(35)
    expect((await c.post(`/points/activities/${id}/correction`, { reason: '我签退晚了，实际 1.5 小时' }, vol)).status).toBe(200)
    const ans = await c.post(`/points/activities/${id}/correction/answer`, { volunteerId: 'demo-volunteer', hours: 1.5, answer: '已核实' }, org)
    expect(ans.status).toBe(200)
    expect((await summary()).balance).toBe(40)
    clock.advance(8 * 24 * HOUR)
    const late = await c.post(`/points/activities/${id}/correction`, { reason: '再次申请更正' }, await c.login('demo-volunteer'))
    expect([late.status, late.body.message]).toEqual([409, '时长确认已超过 7 天，不能再申请更正'])
  })
})

describe('points: ledger and redemption', () => {
  test('five redemptions at once against a balance for two: exactly two codes', async () => {
    const { c, vol, earn, summary } = await setup()
    await earn(10)
    expect((await summary()).available).toBe(45)
    const all = await Promise.all([0, 1, 2, 3, 4].map(() => c.post('/points/redemptions', { offerId: 'of-pharmacy-1' }, vol)))
    expect(all.filter((r) => r.status === 201)).toHaveLength(2)
    const refused = all.filter((r) => r.status === 409)
    expect(refused).toHaveLength(3)
    expect(refused[0].body.message).toMatch('积分不足')
    expect(await summary()).toMatchObject({ balance: 45, held: 40, available: 5 })
    const led = (await c.get('/points/ledger', vol)).body.items
    const sum = led.reduce((s: number, e: { points: number }) => s + e.points, 0)
    expect(sum).toBe(45)
  })

  test('the merchant verifies and confirms once; expired releases; another shop refused', async () => {
    const { server, c, clock, vol, mer, earn, summary } = await setup()
    await earn(30)
    const stock = server.db.offers.find((o) => o.id === 'of-barber-2')!.stock
    const r = (await c.post('/points/redemptions', { offerId: 'of-barber-2' }, vol)).body
    expect(r.code).toMatch(/^\d{6}$/)
    // a pending code is the volunteer's until shown at the counter: the shop neither lists it nor
    // may confirm it by its id alone
    expect((await c.get('/points/redemptions', mer)).body.items.map((x: { id: string }) => x.id)).not.toContain(r.id)
    expect((await c.get(`/points/redemptions/${r.id}`, mer)).status).toBe(404)
    const blind = await c.post(`/points/redemptions/${r.id}/confirm`, {}, mer)
    expect([blind.status, blind.body.message]).toEqual([409, '请先扫码或输入志愿者出示的兑换码'])
    const seen = await c.post('/points/redemptions/verify', { token: r.token }, mer)
    expect(seen.body).toMatchObject({ offerTitle: '老人修面', points: 50, volunteerName: '谢*欣', code: null })
    expect((await c.post(`/points/redemptions/${r.id}/confirm`, {}, mer)).body.status).toBe('redeemed')
    expect(await summary()).toMatchObject({ balance: 35, held: 0 })
    const again = await c.post('/points/redemptions/verify', { code: r.code }, mer)
    expect([again.status, again.body.message]).toEqual([409, '这个兑换码已使用过'])
    expect((await c.post(`/points/redemptions/${r.id}/confirm`, {}, mer)).status).toBe(409)
    const wb = (await c.get('/points/workbench', mer)).body
    expect(wb.today).toMatchObject({ count: 1, points: 50 })
    expect(wb.merchant.offers.find((o: { id: string }) => o.id === 'of-barber-2').stock).toBe(stock - 1)
    // another shop's code
    const other = (await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)).body
    const foreign = await c.post('/points/redemptions/verify', { token: other.token }, mer)
    expect([foreign.status, foreign.body.message]).toEqual([409, expect.stringContaining('刘记米粉早餐店')])
    expect((await c.post('/points/redemptions/verify', { code: other.code }, mer)).status).toBe(404)
    expect((await summary()).held).toBe(20)
    clock.advance(11 * 60 * 1000)
    expect(await summary()).toMatchObject({ held: 0, available: 35 })
    const led = (await c.get('/points/ledger', vol)).body.items
    expect(led[0]).toMatchObject({ kind: 'released', hold: -20 })
    expect((await c.post('/points/redemptions/verify', { code: other.code }, mer)).status).toBe(404)
  })

  test('the last item redeemed twice at once: one success; monthly limit; paused; bad ids', async () => {
    const { c, vol, res, mer, earn } = await setup()
    await earn(60, [vol, res])
    expect((await c.post('/points/offers/of-barber-2', { stock: 1 }, mer)).body.stock).toBe(1)
    const both = await Promise.all([vol, res].map((t) => c.post('/points/redemptions', { offerId: 'of-barber-2' }, t)))
    expect(both.map((r) => r.status).sort()).toEqual([201, 409])
    expect(both.find((r) => r.status === 409)?.body.message).toBe('该商品已兑完')
    await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    const limit = await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    expect([limit.status, limit.body.message]).toEqual([409, expect.stringContaining('每人每月限兑 4 次')])
    await c.post('/points/offers/of-barber-1', { paused: true }, mer)
    expect((await c.post('/points/redemptions', { offerId: 'of-barber-1' }, res)).body.message).toBe('该商品已暂停兑换')
    expect((await c.post('/points/offers/of-books-1', { stock: 1 }, mer)).status).toBe(404)
    expect((await c.post('/points/redemptions', { offerId: 'nope' }, vol)).body.fields.offerId).toBe('兑换商品不存在')
  })

  test('points expire after 31 December of the next year, oldest first', async () => {
    const { clock, c } = await setup()
    clock.set(T('2027-12-31T15:59:00Z'))
    let vol = await c.login('demo-volunteer')
    expect((await c.get('/points/me', vol)).body.balance).toBe(25)
    clock.set(T('2028-01-01T00:00:00Z'))
    vol = await c.login('demo-volunteer')
    expect((await c.get('/points/me', vol)).body).toMatchObject({ balance: 0, expiring: [] })
    expect((await c.get('/points/ledger', vol)).body.items[0]).toMatchObject({ kind: 'expired', points: -25, at: '2027-12-31T16:00:00.000Z' })
  })

  test('an offer after its end is refused', async () => {
    const { clock, c } = await setup()
    clock.set(T('2027-07-02T01:00:00Z'))
    expect((await c.post('/points/redemptions', { offerId: 'of-pharmacy-1' }, await c.login('demo-volunteer'))).body.message).toMatch('兑换已于 2027-06-30 结束')
  })
})

describe('points: access and the certificate', () => {
  test('roles and the public check by number with a masked name', async () => {
    const { c, vol, mer, org } = await setup()
    expect((await c.get('/points/me')).status).toBe(401)
    expect((await c.get('/points/ledger', mer)).status).toBe(403)
    expect((await c.get('/points/workbench', vol)).status).toBe(403)
    expect((await c.get('/points/activities/VA-1/code', vol)).status).toBe(403)
    const cert = (await c.post('/points/certificates', {}, vol)).body
    expect(cert).toMatchObject({ name: '谢雨欣', hoursTotal: 2.5 })
    // a number nobody can guess from the next one
    expect(cert.no).toMatch(/^ZY\d{4}\d{4}[0-9A-Z]{6}$/)
    const pub = await c.get(`/points/certificates/${cert.no}`)
    expect(pub.body).toMatchObject({ name: '谢*欣', hoursTotal: 2.5, years: [{ year: 2026, hours: 2.5, activities: 1 }] })
    expect((await c.get('/points/certificates/ZY0000')).status).toBe(404)
    expect((await c.get('/points/redemptions', org)).body.items).toEqual([])
  })
})
