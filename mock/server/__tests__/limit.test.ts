import { reportInput } from '../../../test/utils/bodies'
import { emptyCore } from '../db'
import { isApiFail } from '../errors'
import { rateLimit } from '../limit'
import { createMockServer } from '../index'
import { HOUR, T0, client, newServer } from './helpers'

const MIN = 60 * 1000
const at = (ms: number) => new Date(Date.parse(T0) + ms)

function failureOf(f: () => void) {
  try {
    f()
  } catch (e) {
    if (isApiFail(e)) return { status: e.status, body: e.body, headers: e.headers }
    throw e
  }
  return null
}

describe('rateLimit', () => {
  test('N per user in a rolling window, then 429 RATE_LIMITED until the oldest hit leaves the window', () => {
    const db = emptyCore(at(0))
    const limit = rateLimit({ name: 'test.send', max: 3, windowMs: 10 * MIN })
    limit.take(db, 'u1', at(0))
    limit.take(db, 'u1', at(4 * MIN))
    limit.take(db, 'u1', at(5 * MIN))
    expect(limit.remaining(db, 'u1', at(5 * MIN))).toBe(0)
    // the first hit leaves the window at 10 min: 1 minute from 9 min, 1 second from 10 min − 1 ms
    expect(failureOf(() => limit.take(db, 'u1', at(9 * MIN)))).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '操作太频繁，请 1 分钟后再试', retryAfterSeconds: 60 },
      headers: { 'Retry-After': '60' },
    })
    expect(failureOf(() => limit.take(db, 'u1', at(10 * MIN - 1)))).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '操作太频繁，请 1 秒后再试', retryAfterSeconds: 1 },
      headers: { 'Retry-After': '1' },
    })
    expect(limit.retryAfterMs(db, 'u1', at(9 * MIN))).toBe(MIN)
    // refused attempts are not hits: at 10 min the first hit has left the window, so one more goes
    expect(failureOf(() => limit.take(db, 'u1', at(10 * MIN)))).toBeNull()
    expect(failureOf(() => limit.take(db, 'u1', at(10 * MIN + 1)))).not.toBeNull()
    expect(limit.remaining(db, 'u1', at(16 * MIN))).toBe(2)
  })

  test('users and limits are counted apart', () => {
    const db = emptyCore(at(0))
    const a = rateLimit({ name: 'test.a', max: 1, windowMs: HOUR })
    const b = rateLimit({ name: 'test.b', max: 1, windowMs: HOUR, message: '每小时只能预约一次' })
    a.take(db, 'u1', at(0))
    expect(() => a.take(db, 'u2', at(0))).not.toThrow()
    expect(() => b.take(db, 'u1', at(0))).not.toThrow()
    expect(failureOf(() => b.take(db, 'u1', at(1)))).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '每小时只能预约一次', retryAfterSeconds: 3600 },
      headers: { 'Retry-After': '3600' },
    })
  })

  test('check records nothing, hit records without checking: for actions that may still fail after the check', () => {
    const db = emptyCore(at(0))
    const limit = rateLimit({ name: 'test.book', max: 1, windowMs: HOUR })
    limit.check(db, 'u1', at(0))
    limit.check(db, 'u1', at(0))
    expect(limit.remaining(db, 'u1', at(0))).toBe(1)
    limit.hit(db, 'u1', at(0))
    expect(() => limit.check(db, 'u1', at(1))).toThrow()
  })

  test('the hits live in the db and are forgotten once out of their window', () => {
    const db = emptyCore(at(0))
    const short = rateLimit({ name: 'test.short', max: 5, windowMs: MIN })
    const long = rateLimit({ name: 'test.long', max: 5, windowMs: HOUR })
    short.hit(db, 'u1', at(0))
    long.hit(db, 'u1', at(0))
    expect(db.rateLimits).toEqual({ 'test.short|u1': { windowMs: MIN, hits: [Date.parse(T0)] }, 'test.long|u1': { windowMs: HOUR, hits: [Date.parse(T0)] } })
    long.hit(db, 'u2', at(2 * MIN))
    expect(Object.keys(db.rateLimits).sort()).toEqual(['test.long|u1', 'test.long|u2'])
  })
})

describe('the reports limit (10 an hour) is one of them', () => {
  test('it survives a reload and goes with a demo reset', async () => {
    const { server, clock, persist } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    for (let i = 0; i < 10; i++) expect((await c.post('/reports', reportInput({ description: `第${i + 1}次反映：楼下垃圾没人清运` }), token)).status).toBe(201)
    const reloaded = client(createMockServer({ clock, persist }))
    expect((await reloaded.post('/reports', reportInput(), token)).body.code).toBe('RATE_LIMITED')
    await reloaded.post('/demo/reset', {}, null)
    expect((await reloaded.post('/reports', reportInput(), token)).status).toBe(201)
  })

  test('a refused body is not counted', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    for (let i = 0; i < 12; i++) expect((await c.post('/reports', reportInput({ description: '短' }), token)).status).toBe(400)
    expect((await c.post('/reports', reportInput(), token)).status).toBe(201)
  })
})
