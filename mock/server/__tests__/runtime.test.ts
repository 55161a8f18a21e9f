import { reportInput } from '../../../test/utils/bodies'

// The core must run in the WeChat runtime: no URL, TextEncoder, structuredClone, crypto, fetch,
// Request/Response/Headers, window or document. Remove what jsdom lets us remove (window and
// document are not configurable; a grep in review covers those), then load and drive the core.
const GONE = ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'crypto', 'fetch', 'Request', 'Response', 'Headers', 'window', 'document', 'localStorage']

test('the core works without browser or Node web globals', async () => {
  const g = globalThis as unknown as Record<string, unknown>
  const saved: Record<string, PropertyDescriptor | undefined> = {}
  for (const name of GONE) {
    saved[name] = Object.getOwnPropertyDescriptor(g, name)
    try {
      Object.defineProperty(g, name, { value: undefined, configurable: true, writable: true })
    } catch {
      // not configurable here: ignore
    }
  }
  try {
    expect([typeof g.URL, typeof g.TextEncoder, typeof g.structuredClone, typeof g.Request, typeof g.fetch]).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined'])
    // required (not imported) so that it loads after the globals are gone
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const core = require('../index') as typeof import('../index')
    const server = core.createMockServer({ clock: core.createClock('2026-11-22T01:00:00Z'), persist: core.createMemoryPersist() })
    const login = await server.handle({ method: 'POST', path: '/auth/demo-login', query: {}, headers: { 'idempotency-key': 'k' }, body: { accountId: 'demo-resident' } })
    expect(login).toMatchObject({ status: 200 })
    const token = (login as { body: { token: string } }).body.token
    const created = await server.handle({
      method: 'POST',
      path: '/api/v1/reports',
      query: {},
      headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'k2' },
      body: reportInput({ category: 'noise', description: '楼下商铺半夜还在装修，电钻声很吵。', location: { address: '西牌楼街18号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' } }),
    })
    expect(created).toMatchObject({ status: 201, body: { status: 'pending', urgency: 'ordinary' } })
    const list = await server.handle({ method: 'GET', path: '/reports?scope=mine&limit=1', query: {}, headers: { authorization: `Bearer ${token}` }, body: undefined })
    expect(list).toMatchObject({ status: 200, body: { items: [{ category: 'noise' }] } })
  } finally {
    for (const name of GONE) {
      const d = saved[name]
      if (d) Object.defineProperty(g, name, d)
      else delete g[name]
    }
  }
})
