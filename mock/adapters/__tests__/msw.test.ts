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
