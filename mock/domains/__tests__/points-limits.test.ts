// 志愿积分 rate limits: redemption codes per volunteer, check-in attempts per user (the 6-digit
// short code must not be guessed by trying), code lookups per shop. 429 with Retry-After.
import { activityInput } from '../../../test/utils/bodies'
import { client, newServer } from '../../server/__tests__/helpers'

const T = (iso: string) => Date.parse(iso)
const MIN = 60 * 1000

async function setup() {
  const { server, clock } = newServer()
  const c = client(server)
  const [vol, org, mer] = await Promise.all(['demo-volunteer', 'demo-organiser', 'demo-merchant'].map((id) => c.login(id)))
  return { server, clock, c, vol, org, mer }
}

test('redemptions: 10 codes per volunteer in 10 minutes; refusals do not count; then 429 with Retry-After', async () => {
  const { server, clock, c, vol } = await setup()
  // plenty of points, so that only the limits refuse
  server.db.ledger.push({ id: 'LE-test', userId: 'demo-volunteer', kind: 'earned', at: clock.now().toISOString(), points: 5000, hold: 0, reason: '测试', year: 2026 })
  const redeem = (offerId: string) => c.post('/points/redemptions', { offerId }, vol)
  for (let i = 0; i < 4; i++) expect((await redeem('of-breakfast-2')).status).toBe(201)
  // the monthly limit refuses the fifth: it holds nothing and costs nothing
  expect((await redeem('of-breakfast-2')).status).toBe(409)
  for (let i = 0; i < 4; i++) expect((await redeem('of-pharmacy-1')).status).toBe(201)
  for (let i = 0; i < 2; i++) expect((await redeem('of-breakfast-1')).status).toBe(201)
  const over = await redeem('of-pharmacy-2')
  expect([over.status, over.body.code, over.body.message]).toEqual([429, 'RATE_LIMITED', '兑换太频繁，请稍后再试'])
  expect(Number(over.headers?.['Retry-After'])).toBeGreaterThan(0)
  expect(Number(over.headers?.['Retry-After'])).toBeLessThanOrEqual(600)
  clock.advance(10 * MIN + 1000)
  expect((await c.post('/points/redemptions', { offerId: 'of-pharmacy-2' }, await c.login('demo-volunteer'))).status).toBe(201)
})

test('check-in: 20 attempts a minute per user, wrong codes included; the right code after that waits too', async () => {
  const { clock, c, vol, org } = await setup()
  const id = (await c.post('/points/activities', activityInput(), org)).body.id as string
  expect((await c.post(`/points/activities/${id}/signup`, {}, vol)).status).toBe(200)
  clock.set(T('2026-11-24T00:50:00Z'))
  const code = (await c.get(`/points/activities/${id}/code`, org)).body
  const wrong = code.shortCode === '000000' ? '000001' : '000000'
  for (let i = 0; i < 20; i++) {
    const r = await c.post('/points/check', { action: 'in', activityId: id, shortCode: wrong }, vol)
    expect(r.status).toBe(400)
  }
  const blocked = await c.post('/points/check', { action: 'in', activityId: id, shortCode: code.shortCode }, vol)
  expect([blocked.status, blocked.body.message]).toEqual([429, '签到尝试太频繁，请稍后再试'])
  expect(blocked.headers?.['Retry-After']).toBe('60')
  // another volunteer is not held up by this one
  const res = await c.login('demo-resident')
  expect((await c.post('/points/check', { action: 'in', activityId: id, shortCode: wrong }, res)).status).toBe(400)
  clock.advance(MIN)
  const fresh = (await c.get(`/points/activities/${id}/code`, org)).body
  const ok = await c.post('/points/check', { action: 'in', activityId: id, shortCode: fresh.shortCode }, vol)
  expect([ok.status, ok.body.mine]).toEqual([200, 'checked_in'])
})

test('verify: 30 lookups a minute per shop, misses included', async () => {
  const { clock, c, mer } = await setup()
  for (let i = 0; i < 30; i++) {
    const r = await c.post('/points/redemptions/verify', { code: String(100000 + i) }, mer)
    expect(r.status).toBe(404)
  }
  const over = await c.post('/points/redemptions/verify', { code: '123456' }, mer)
  expect([over.status, over.body.message, over.headers?.['Retry-After']]).toEqual([429, '核销查询太频繁，请稍后再试', '60'])
  clock.advance(MIN)
  expect((await c.post('/points/redemptions/verify', { code: '123456' }, mer)).status).toBe(404)
})
