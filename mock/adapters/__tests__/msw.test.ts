import { withMockServer } from '../../../test/utils/mock'
import { createClock } from '../../server'

const T0 = '2026-11-22T01:00:00.000Z'
const { server } = withMockServer({ clock: createClock(T0) })


test('plain fetch reaches the mock through msw/node', async () => {
  const r = await fetch('http://localhost/api/v1/geo')
  expect(r.status).toBe(200)
  expect(r.headers.get('content-type')).toContain('application/json')
  const geo = await r.json()
  expect(geo.district.name).toBe('天心区')
  expect(geo.grids[0].name).toBe('西牌楼社区第一网格')
})

test('headers, query and JSON bodies travel both ways', async () => {
  const login = await fetch('http://localhost/api/v1/auth/demo-login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-1' },
    body: JSON.stringify({ accountId: 'demo-resident' }),
  })
  expect(login.status).toBe(200)
  const { token } = await login.json()
  const mine = await fetch('http://localhost/api/v1/reports?scope=mine&limit=1', { headers: { Authorization: `Bearer ${token}` } })
  expect(mine.status).toBe(200)
  const page = await mine.json()
  expect(page.items).toHaveLength(1)
  expect(page.total).toBeGreaterThan(1)
  expect(page.nextCursor).toEqual(expect.any(String))

  const replay = await fetch('http://localhost/api/v1/auth/demo-login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-1' },
    body: JSON.stringify({ accountId: 'demo-resident' }),
  })
  expect((await replay.json()).token).toBe(token)
  expect(replay.headers.get('idempotent-replayed')).toBe('true')

  const noKey = await fetch('http://localhost/api/v1/auth/logout', { method: 'POST' })
  expect(noKey.status).toBe(400)
  expect((await noKey.json()).code).toBe('IDEMPOTENCY_KEY_REQUIRED')
})

test('errors keep their status and body; offline is a network error', async () => {
  const r = await fetch('http://localhost/api/v1/me')
  expect(r.status).toBe(401)
  expect(await r.json()).toEqual({ code: 'UNAUTHORIZED', message: '请先登录' })
  server.control.setFaults({ offline: true })
  await expect(fetch('http://localhost/api/v1/geo')).rejects.toThrow(TypeError)
})

describe('hostile requests through msw', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)

  test('10 KB nested 5 000 levels → 400 内容层级太深, not a 500 with a stack', async () => {
    const r = await fetch('http://localhost/api/v1/auth/demo-login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-deep' },
      body: deep(5000),
    })
    expect(r.status).toBe(400)
    expect(await r.json()).toEqual({ code: 'BAD_REQUEST', message: '内容层级太深' })
  })

  test('a body over the limit → 413; the raw text is what is measured', async () => {
    const r = await fetch('http://localhost/api/v1/auth/wx-login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-big' },
      body: JSON.stringify({ code: 'c'.repeat(1024 * 1024) }),
    })
    expect(r.status).toBe(413)
    expect(await r.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大（最多 64 KB）' })
  })

  test('anything that throws → 500 INTERNAL in Chinese, never a stack trace', async () => {
    const spy = jest.spyOn(server, 'handle').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const r = await fetch('http://localhost/api/v1/geo')
      expect(r.status).toBe(500)
      const text = await r.text()
      expect(JSON.parse(text)).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后重试' })
      expect(text).not.toMatch(/stack|RangeError|Maximum/)
    } finally {
      spy.mockRestore()
      quiet.mockRestore()
    }
  })

  test('a 429 carries Retry-After', async () => {
    let last: Response | null = null
    for (let i = 0; i < 25; i++) {
      last = await fetch('http://localhost/api/v1/auth/demo-login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `msw-login-${i}`, 'X-Device-Id': 'msw-phone' },
        body: JSON.stringify({ accountId: 'demo-resident' }),
      })
      if (last.status === 429) break
    }
    expect(last?.status).toBe(429)
    expect(last?.headers.get('retry-after')).toBe('600')
    expect(await last?.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请 10 分钟后再试', retryAfterSeconds: 600 })
  })
})
