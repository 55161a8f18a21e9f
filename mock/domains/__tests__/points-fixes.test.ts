// 志愿积分 server rules that were missing: a db made without the seed still signs with a real key
// and expires from the right year; signatures compare in constant time; points released after
// their year's expiry expire then; an edit cannot move an activity onto another of a signed-up
// volunteer's.
import { activityInput } from '../../../test/utils/bodies'
import { createClock, createMemoryPersist, createMockServer } from '../../server'
import { randomHex, safeEqual } from '../../server/crypto'
import { client, newServer } from '../../server/__tests__/helpers'
import { FORGED_CODE, currentCode, readCode, tickPoints, type ActivityRecord, type PointsDb } from '../points'

const T = (iso: string) => Date.parse(iso)

describe('points: a db made without the seed', () => {
  const emptyDb = (iso: string) => createMockServer({ clock: createClock(iso), seed: false }).db as unknown as PointsDb
  const activity = (): ActivityRecord => ({ id: 'VA-1', title: '测试', type: 'clean', communityId: 'c', organiserId: 'o', place: 'p', start: '2026-11-24T01:00:00.000Z', end: '2026-11-24T03:00:00.000Z', capacity: 5, pointsPerHour: 10, bring: '', cover: null, cancelled: false, cancelReason: '', participants: [] })

  test('signs check-in codes with a random key made on first use, never an empty one', () => {
    const db = emptyDb('2026-11-24T00:50:00.000Z')
    expect(db.pointsSecret).toBe('')
    const a = activity()
    db.activities.push(a)
    const now = T('2026-11-24T00:50:00Z')
    const code = currentCode(db, a, now)
    expect(db.pointsSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(readCode(db, { token: code.token }, now)).toBe(a)
    // a token signed with the empty key is refused
    const other = emptyDb('2026-11-24T00:50:00.000Z')
    other.activities.push(activity())
    const forged = currentCode(other, other.activities[0], now).token
    // refused as forged, at the field — not any error
    let refused: unknown = null
    try {
      readCode(db, { token: forged }, now)
    } catch (e) {
      refused = e
    }
    expect(refused).toMatchObject({ status: 400, body: { fields: { token: FORGED_CODE } } })
  })

  test('expires from the year before its oldest earnings, not from year 0, and not this year’s', () => {
    const db = emptyDb('2026-11-24T00:00:00.000Z')
    expect(db.pointsExpiredYear).toBe(0)
    const earned = (id: string, year: number, points: number) => db.ledger.push({ id, userId: 'u1', kind: 'earned', at: `${year}-06-01T00:00:00.000Z`, points, hold: 0, reason: '测试', year })
    earned('LE-1', 2024, 30)
    earned('LE-2', 2026, 40)
    expect(tickPoints(db, new Date(T('2026-11-24T00:00:00Z')))).toBe(true)
    expect(db.pointsExpiredYear).toBe(2024)
    const expired = db.ledger.filter((e) => e.kind === 'expired')
    expect(expired).toEqual([expect.objectContaining({ userId: 'u1', points: -30, at: '2025-12-31T16:00:00.000Z' })])
    // nothing more on the next tick
    expect(tickPoints(db, new Date(T('2026-11-24T00:00:00Z')))).toBe(false)
  })

  test('an empty ledger starts two years back: this year’s and last year’s points are still good', () => {
    const db = emptyDb('2026-11-24T00:00:00.000Z')
    // the first tick sets the key and the year (and says so, so that a GET saves them)
    expect(tickPoints(db, new Date(T('2026-11-24T00:00:00Z')))).toBe(true)
    expect(db.pointsExpiredYear).toBe(2024)
    expect(db.pointsSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(tickPoints(db, new Date(T('2026-11-24T00:00:00Z')))).toBe(false)
  })
})

test('safeEqual: equal strings only, whatever their lengths', () => {
  expect(safeEqual('abc', 'abc')).toBe(true)
  expect(safeEqual('abc', 'abd')).toBe(false)
  expect(safeEqual('abc', 'ab')).toBe(false)
  expect(safeEqual('', 'a')).toBe(false)
  expect(safeEqual('', '')).toBe(true)
})

test('randomHex: n random bytes as hex', () => {
  expect(randomHex(32)).toMatch(/^[0-9a-f]{64}$/)
  expect(randomHex(32)).not.toBe(randomHex(32))
})

describe('points: a hold released after the year’s expiry', () => {
  async function holdOverNewYear() {
    const { server, clock } = newServer()
    const c = client(server)
    // the offer is still on sale then
    for (const o of server.db.offers) o.validTo = '2028-12-31'
    // 23:55 on 31 December 2027, China time: the 25 points of 2026 expire in 5 minutes
    clock.set(T('2027-12-31T15:55:00Z'))
    const vol = await c.login('demo-volunteer')
    const r = await c.post('/points/redemptions', { offerId: 'of-breakfast-2' }, vol)
    expect(r.status).toBe(201)
    expect((await c.get('/points/me', vol)).body).toMatchObject({ balance: 25, held: 20, available: 5 })
    return { server, clock, c }
  }
  /** 曾庆丰 works the breakfast shop's counter for this one */
  const breakfastCounter = (db: PointsDb) => {
    for (const m of db.merchants) m.userIds = m.id === 'mc-breakfast' ? ['demo-merchant'] : []
  }

  const expectExpiredAfterRelease = async (c: ReturnType<typeof client>) => {
    const vol = await c.login('demo-volunteer')
    expect((await c.get('/points/me', vol)).body).toMatchObject({ balance: 0, held: 0, available: 0, expiring: [] })
    const led = (await c.get('/points/ledger', vol)).body.items
    expect(led.slice(0, 3)).toEqual([
      expect.objectContaining({ kind: 'expired', points: -20, at: '2027-12-31T16:05:00.000Z' }),
      expect.objectContaining({ kind: 'released', hold: -20, at: '2027-12-31T16:05:00.000Z' }),
      expect.objectContaining({ kind: 'expired', points: -5, at: '2027-12-31T16:00:00.000Z' }),
    ])
    expect(led[0].reason).toMatch('2026 年获得的积分')
  }

  test('the year expires first (the held points stay), then the released points expire', async () => {
    const { clock, c } = await holdOverNewYear()
    clock.set(T('2027-12-31T16:01:00Z'))
    const vol = await c.login('demo-volunteer')
    expect((await c.get('/points/me', vol)).body).toMatchObject({ balance: 20, held: 20, available: 0 })
    clock.set(T('2027-12-31T16:30:00Z'))
    await expectExpiredAfterRelease(c)
  })

  test('one jump of the clock over both: the same entries, in the order of their times', async () => {
    const { clock, c } = await holdOverNewYear()
    clock.set(T('2028-01-02T00:00:00Z'))
    await expectExpiredAfterRelease(c)
  })

  test('a hold redeemed after the expiry is simply spent', async () => {
    const { server, clock, c } = await holdOverNewYear()
    breakfastCounter(server.db as unknown as PointsDb)
    const mer = await c.login('demo-merchant')
    clock.set(T('2027-12-31T16:02:00Z'))
    const r = (await c.get('/points/redemptions', await c.login('demo-volunteer'))).body.items[0]
    // at the counter the code is shown first, then confirmed
    expect((await c.post('/points/redemptions/verify', { code: r.code }, mer)).status).toBe(200)
    expect((await c.post(`/points/redemptions/${r.id}/confirm`, {}, mer)).status).toBe(200)
    clock.set(T('2027-12-31T16:30:00Z'))
    const vol = await c.login('demo-volunteer')
    expect((await c.get('/points/me', vol)).body).toMatchObject({ balance: 0, held: 0 })
    expect((await c.get('/points/ledger', vol)).body.items.filter((e: { kind: string }) => e.kind === 'expired')).toHaveLength(1)
  })
})

describe('points: editing an activity’s times', () => {
  test('refused (409 at start) when it would overlap another sign-up of a volunteer on it; fine otherwise', async () => {
    const { server } = newServer()
    const c = client(server)
    const [vol, org, res] = await Promise.all(['demo-volunteer', 'demo-organiser', 'demo-resident'].map((id) => c.login(id)))
    const a = (await c.post('/points/activities', activityInput(), org)).body.id as string
    const b = (await c.post('/points/activities', activityInput({ start: '2026-11-24T05:00:00.000Z', end: '2026-11-24T06:00:00.000Z', capacity: 1 }), org)).body.id as string
    expect((await c.post(`/points/activities/${a}/signup`, {}, vol)).status).toBe(200)
    expect((await c.post(`/points/activities/${b}/signup`, {}, res)).status).toBe(200)
    // 谢雨欣 waits for a seat on b: her time is spoken for as well
    expect((await c.post(`/points/activities/${b}/signup`, { waitlist: true }, vol)).body.mine).toBe('waitlisted')
    const clash = await c.post(`/points/activities/${b}/edit`, activityInput({ start: '2026-11-24T02:00:00.000Z', end: '2026-11-24T04:00:00.000Z', capacity: 1 }), org)
    expect(clash.status).toBe(409)
    expect(clash.body.fields.start).toMatch('时间重叠')
    expect(clash.body.fields.start).toMatch('谢雨欣')
    expect((await c.get(`/points/activities/${b}`, org)).body.start).toBe('2026-11-24T05:00:00.000Z')
    // next to it is fine
    const moved = await c.post(`/points/activities/${b}/edit`, activityInput({ start: '2026-11-24T03:00:00.000Z', end: '2026-11-24T04:00:00.000Z', capacity: 1 }), org)
    expect([moved.status, moved.body.start]).toEqual([200, '2026-11-24T03:00:00.000Z'])
    // once she has left a, the overlap is nobody's
    expect((await c.post(`/points/activities/${a}/leave`, {}, vol)).status).toBe(200)
    expect((await c.post(`/points/activities/${b}/edit`, activityInput({ start: '2026-11-24T02:00:00.000Z', end: '2026-11-24T04:00:00.000Z', capacity: 1 }), org)).status).toBe(200)
  })
})

test('a db stored before covers and offer photos: migrated, with a new random key', () => {
  const persist = createMemoryPersist()
  const first = createMockServer({ clock: createClock('2026-11-22T01:00:00.000Z'), persist })
  const stored = JSON.parse(persist.peek() || JSON.stringify(first.db))
  stored.versions.points = 1
  for (const a of stored.activities) delete a.cover
  for (const o of stored.offers) delete o.photo
  stored.pointsSecret = 'derived-from-the-seed-time'
  persist.save(JSON.stringify(stored))
  const db = createMockServer({ clock: createClock('2026-11-22T01:00:00.000Z'), persist }).db as unknown as PointsDb
  expect(db.activities.every((a) => a.cover === null)).toBe(true)
  expect(db.offers.find((o) => o.id === 'of-barber-1')?.photo).toMatch(/^ph_s/)
  expect(db.pointsSecret).toMatch(/^[0-9a-f]{64}$/)
})
