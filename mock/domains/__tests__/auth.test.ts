import { ROLES } from '../../../src/contract'
import { reportInput } from '../../../test/utils/bodies'
import { DAY, T0, client, newServer, res, type Json } from '../../server/__tests__/helpers'

const DEMO_IDS = [
  'demo-resident',
  'demo-resident-2',
  'demo-grid-worker',
  'demo-grid-worker-2',
  'demo-helper',
  'demo-mediator',
  'demo-police',
  'demo-lawyer',
  'demo-volunteer',
  'demo-organiser',
  'demo-merchant',
]

describe('auth', () => {
  test('the demo accounts are public, cover all seven roles and show masked phones only', async () => {
    const { server } = newServer()
    const r = await client(server).get('/auth/demo-accounts')
    expect(r.status).toBe(200)
    const list = r.body as Json[]
    expect(list.map((a) => a.id)).toEqual(DEMO_IDS)
    for (const a of list) {
      expect(a.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
      expect(a.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/)
      expect(a.communityName).toMatch(/社区$/)
      expect(a.gridName).toMatch(/网格$/)
      expect(a.note.length).toBeGreaterThan(4)
    }
    const roles = new Set(list.flatMap((a) => a.roles))
    expect([...roles].sort()).toEqual([...ROLES].sort())
    expect(list[0]).toMatchObject({ name: '王秀英', roles: ['resident', 'volunteer'], phoneMasked: '138****1234', communityName: '西牌楼社区', gridName: '西牌楼社区第一网格' })
    expect(list[2]).toMatchObject({ roles: ['grid_worker'], gridName: '西牌楼社区第一网格' })
    expect(list[3].gridName).not.toBe(list[2].gridName)
  })

  test('demo login gives a 7-day session; an unknown account is a field error', async () => {
    const { server } = newServer()
    const c = client(server)
    const r = await c.post('/auth/demo-login', { accountId: 'demo-grid-worker' })
    expect(r.status).toBe(200)
    expect(r.body.token).toMatch(/^tk_/)
    expect(r.body.expiresAt).toBe(new Date(Date.parse(T0) + 7 * DAY).toISOString())
    expect(r.body.user).toEqual({ id: 'demo-grid-worker', name: '刘志华', phoneMasked: '137****0101', roles: ['grid_worker'], communityId: 'cm-xpl', gridId: 'gd-xpl-1', home: null })
    const bad = await c.post('/auth/demo-login', { accountId: 'nobody' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toEqual({ accountId: '演示账号不存在' })
  })

  test('a WeChat code maps to a stable new resident without a grid', async () => {
    const { server } = newServer()
    const c = client(server)
    const a = await c.post('/auth/wx-login', { code: 'wx-code-1' })
    const b = await c.post('/auth/wx-login', { code: 'wx-code-1' })
    const other = await c.post('/auth/wx-login', { code: 'wx-code-2' })
    expect(a.status).toBe(200)
    expect(a.body.user).toMatchObject({ roles: ['resident'], gridId: null, communityId: null })
    expect(a.body.user.name).toMatch(/^微信用户[A-Z0-9]{4}$/)
    expect(a.body.user.phoneMasked).toMatch(/^13\d\*{4}\d{4}$/)
    expect(b.body.user.id).toBe(a.body.user.id)
    expect(b.body.token).not.toBe(a.body.token)
    expect(other.body.user.id).not.toBe(a.body.user.id)
    expect((await c.get('/me', a.body.token)).body.id).toBe(a.body.user.id)
    expect((await c.post('/auth/wx-login', {})).body.fields).toEqual({ code: expect.any(String) })
  })

  test('with a device id, a weapp code (new on every Taro.login) maps to the device; H5’s pseudo code h5-<id> to itself', async () => {
    const { server } = newServer()
    const login = async (code: string, device: string | null, key: string) => {
      const headers: Record<string, string> = { 'idempotency-key': key }
      if (device) headers['x-device-id'] = device
      const r = res(await server.handle({ method: 'POST', path: '/auth/wx-login', query: {}, headers, body: { code } }))
      expect(r.status).toBe(200)
      return (r.body as Json).user.id as string
    }
    const phone = await login('081xYz000one', 'phone-1', 'k1')
    expect(await login('081xYz000two', 'phone-1', 'k2')).toBe(phone)
    expect(await login('081xYz000three', 'phone-2', 'k3')).not.toBe(phone)
    // H5: the code is the device's own pseudo code, whatever X-Device-Id says
    const browser = await login('h5-abc123', 'browser-1', 'k4')
    expect(await login('h5-abc123', null, 'k5')).toBe(browser)
    expect(await login('h5-abc123', 'browser-2', 'k6')).toBe(browser)
    expect(await login('h5-other', 'browser-1', 'k7')).not.toBe(browser)
  })

  test('logout ends the session', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    expect((await c.post('/auth/logout', {}, token)).body).toEqual({ ok: true })
    expect((await c.get('/me', token)).status).toBe(401)
  })
})

describe('geo', () => {
  test('天心区 with streets, communities and grids, each grid with a worker and a service phone', async () => {
    const { server } = newServer()
    const geo = (await client(server).get('/geo')).body
    expect(geo.district).toEqual({ id: 'tianxin', name: '天心区' })
    expect(geo.streets.map((s: Json) => s.name)).toEqual(expect.arrayContaining(['坡子街街道', '城南路街道']))
    expect(geo.communities.length).toBeGreaterThanOrEqual(4)
    expect(geo.grids.length).toBeGreaterThanOrEqual(8)
    expect(geo.grids[0]).toEqual({ id: 'gd-xpl-1', name: '西牌楼社区第一网格', communityId: 'cm-xpl', servicePhone: expect.stringMatching(/^0731-\d{8}$/), workerName: '刘*华' })
    const communityIds = geo.communities.map((x: Json) => x.id)
    const streetIds = geo.streets.map((x: Json) => x.id)
    for (const g of geo.grids) {
      expect(communityIds).toContain(g.communityId)
      expect(g.workerName).toMatch(/\*/)
      const w = Object.values(server.db.users).find((u) => u.roles.includes('grid_worker') && u.gridId === g.id)
      expect(w).toBeDefined()
    }
    for (const cm of geo.communities) expect(streetIds).toContain(cm.streetId)
  })
})

describe('inbox', () => {
  test('newest first, unread count, mark some or all read', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const worker = await c.login('demo-grid-worker')
    const before = (await c.get('/inbox/unread', worker)).body.unread
    const body = reportInput({ category: 'parking', description: '门口又有车堵住了消防通道。', location: { address: '三王街6号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' } })
    await c.post('/reports', body, resident)
    clock.advance(1000)
    await c.post('/reports', { ...body, description: '门口的消防通道第二次被堵住了。' }, resident)
    expect((await c.get('/inbox/unread', worker)).body.unread).toBe(before + 2)
    const page = (await c.get('/inbox', worker, { limit: '2' })).body
    expect(page.items).toHaveLength(2)
    expect(page.items[0].body).toContain('第二次')
    expect(Date.parse(page.items[0].at)).toBeGreaterThan(Date.parse(page.items[1].at))
    expect(page.total).toBeGreaterThan(2)
    const read = await c.post('/inbox/read', { ids: [page.items[0].id] }, worker)
    expect(read.body).toEqual({ unread: before + 1 })
    // another user's message ids are ignored
    const theirs = (await c.get('/inbox', resident)).body.items[0].id
    await c.post('/inbox/read', { ids: [theirs] }, worker)
    expect((await c.get('/inbox', resident)).body.items[0].read).toBe(false)
    expect((await c.post('/inbox/read', { all: true }, worker)).body).toEqual({ unread: 0 })
    expect((await c.get('/inbox', worker)).body.items.every((m: Json) => m.read)).toBe(true)
  })

  test('the inbox needs a login', async () => {
    const { server } = newServer()
    expect((await client(server).get('/inbox')).status).toBe(401)
  })

  test('POST /me/phone gives callers their own full phone, and nobody else', async () => {
    const { server } = newServer()
    const c = client(server)
    expect((await c.post('/me/phone', { code: 'wx-phone-code' })).status).toBe(401)
    const resident = await c.login('demo-resident')
    const mine = await c.post('/me/phone', { code: 'wx-phone-code' }, resident)
    expect(mine.status).toBe(200)
    expect(mine.body.phone).toMatch(/^1\d{10}$/)
    expect(mine.body.phone).toBe(server.db.users['demo-resident'].phone)
    const worker = await c.login('demo-grid-worker')
    expect((await c.post('/me/phone', { code: 'x' }, worker)).body.phone).toBe(server.db.users['demo-grid-worker'].phone)
    expect(await c.post('/me/phone', {}, resident)).toMatchObject({ status: 400, body: { fields: { code: '未获得手机号授权' } } })
  })
})

