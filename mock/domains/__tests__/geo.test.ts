// Finding a grid: by building (我的住址), by a point (用当前位置), or not at all (我不确定 → the
// community assigns it).
import { reportInput } from '../../../test/utils/bodies'
import { gridBoundary } from '../geo/seed'
import { gridAt, pointInPolygon } from '../geo/state'
import { DAY, HOUR, client, newServer, type Json } from '../../server/__tests__/helpers'

describe('point in polygon', () => {
  const square: Array<[number, number]> = [[1, 0], [1, 1], [0, 1], [0, 0]]
  test('inside, outside, and beyond each side', () => {
    expect(pointInPolygon(0.5, 0.5, square)).toBe(true)
    expect(pointInPolygon(1.5, 0.5, square)).toBe(false)
    expect(pointInPolygon(-0.5, 0.5, square)).toBe(false)
    expect(pointInPolygon(0.5, 1.5, square)).toBe(false)
    expect(pointInPolygon(0.5, -0.5, square)).toBe(false)
  })
  test('a concave polygon: the notch is outside', () => {
    // a U opening to the north: the notch between the arms is not in it
    const u: Array<[number, number]> = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3]]
    expect(pointInPolygon(2, 1.5, u)).toBe(false)
    expect(pointInPolygon(0.5, 1.5, u)).toBe(true)
    expect(pointInPolygon(2, 0.5, u)).toBe(true)
  })
})

describe('the seeded grids cover the district without overlap', () => {
  test('each point of a fine raster is in at most one grid; the slanted cut decides north and south', () => {
    const { server } = newServer()
    const db = server.db
    for (let lat = 28.1705; lat < 28.19; lat += 0.001) {
      for (let lng = 112.9705; lng < 113.02; lng += 0.001) {
        const hits = db.grids.filter((g) => pointInPolygon(lat, lng, g.boundary))
        expect(hits.length).toBe(1)
      }
    }
    // the same latitude is north of the cut at the east side of 西牌楼社区 and south of it at the west
    expect(gridAt(db, 28.1805, 112.979)?.id).toBe('gd-xpl-1')
    expect(gridAt(db, 28.1805, 112.971)?.id).toBe('gd-xpl-2')
    expect(gridAt(db, 28.2, 112.975)).toBeUndefined()
    expect(gridBoundary(4, 1)).toHaveLength(4)
  })
})

describe('GET /geo/compounds and /geo/locate (public)', () => {
  test('search by name or by pinyin initials; buildings carry their grid', async () => {
    const { server } = newServer()
    const c = client(server)
    const byName = await c.get('/geo/compounds', null, { q: '樊西' })
    expect(byName.status).toBe(200)
    expect(byName.body.map((x: Json) => x.name)).toEqual(['樊西巷小区'])
    const fxx = byName.body[0]
    // the straddling compound: buildings 1–3 in the first grid, 4–6 in the second
    expect(fxx.buildings.map((b: Json) => `${b.name}:${b.gridId}`)).toEqual([
      '1栋:gd-xpl-1',
      '2栋:gd-xpl-1',
      '3栋:gd-xpl-1',
      '4栋:gd-xpl-2',
      '5栋:gd-xpl-2',
      '6栋:gd-xpl-2',
    ])
    const byInitials = await c.get('/geo/compounds', null, { q: 'XPL' })
    expect(byInitials.body.map((x: Json) => x.name)).toEqual(['西牌楼小区'])
    // initials inside the word match too, after those that start with them
    const inner = await c.get('/geo/compounds', null, { q: 'xq' })
    expect(inner.body.length).toBeGreaterThan(3)
    expect((await c.get('/geo/compounds', null, { q: '火星小区' })).body).toEqual([])
    const tooLong = await c.get('/geo/compounds', null, { q: '这'.repeat(21) })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.fields.q).toBe('搜索内容最多20个字')
  })

  test('locate: the grid that holds the point, null outside every grid, 400 for a bad number', async () => {
    const { server } = newServer()
    const c = client(server)
    const inTpj2 = await c.get('/geo/locate', null, { latitude: '28.175', longitude: '112.985' })
    expect(inTpj2.status).toBe(200)
    expect(inTpj2.body.grid).toMatchObject({ id: 'gd-tpj-2', name: '太平街社区第二网格', servicePhone: '0731-85020002', workerName: '黄*涛' })
    const outside = await c.get('/geo/locate', null, { latitude: '39.9', longitude: '116.4' })
    expect(outside.body).toEqual({ grid: null })
    const bad = await c.get('/geo/locate', null, { latitude: '95', longitude: 'abc' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toMatchObject({ latitude: '纬度应在 -90 到 90 之间', longitude: '经度应在 -180 到 180 之间' })
  })
})

describe('POST /me/home (我的住址)', () => {
  test('a new WeChat user names a building: home, grid and community follow, and stay', async () => {
    const { server } = newServer()
    const c = client(server)
    const login = await c.post('/auth/wx-login', { code: 'h5-newcomer-1' }, null)
    const token = login.body.token
    expect(login.body.user).toMatchObject({ gridId: null, communityId: null, home: null })
    const set = await c.post('/me/home', { buildingId: 'bd-xpl-2-5', room: '2单元301' }, token)
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({
      gridId: 'gd-xpl-2',
      communityId: 'cm-xpl',
      home: { compoundName: '樊西巷小区', buildingName: '5栋', room: '2单元301', gridId: 'gd-xpl-2', communityId: 'cm-xpl' },
    })
    expect((await c.get('/me', token)).body.home.buildingId).toBe('bd-xpl-2-5')
  })

  test('a grid worker keeps the grid they work in', async () => {
    const { server } = newServer()
    const c = client(server)
    const worker = await c.login('demo-grid-worker')
    const set = await c.post('/me/home', { buildingId: 'bd-htl-3-1' }, worker)
    expect(set.body).toMatchObject({ gridId: 'gd-xpl-1', home: { gridId: 'gd-htl-2' } })
  })

  test('unknown building, bad room, no login, extra fields', async () => {
    const { server } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const unknown = await c.post('/me/home', { buildingId: 'bd-nowhere' }, resident)
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields.buildingId).toBe('所选楼栋不存在，请重新选择')
    const room = await c.post('/me/home', { buildingId: 'bd-xpl-1-1', room: '门'.repeat(21) }, resident)
    expect(room.body.fields.room).toBe('门牌最多20个字')
    expect((await c.post('/me/home', { buildingId: 'bd-xpl-1-1' }, null)).status).toBe(401)
    expect((await c.post('/me/home', { buildingId: 'bd-xpl-1-1', gridId: 'gd-htl-1' }, resident)).status).toBe(400)
  })

  test('the seeded resident has a home in her grid', async () => {
    const { server } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    expect((await c.get('/me', resident)).body.home).toMatchObject({ compoundName: '西牌楼小区', buildingName: '3栋', gridId: 'gd-xpl-1' })
  })
})

describe('我不确定在哪个网格: the community assigns it', () => {
  async function unsure() {
    const { server, clock } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const organiser = await c.login('demo-organiser')
    const worker2 = await c.login('demo-grid-worker-2')
    const worker1 = await c.login('demo-grid-worker')
    const r = await c.post('/reports', reportInput({ location: { address: '樊西巷口', communityId: 'cm-xpl', gridUnknown: true } }), resident)
    expect(r.status).toBe(201)
    return { server, clock, c, resident, organiser, worker1, worker2, r: r.body as Json }
  }

  test('it waits at 派发 for the community, whose worker sees it first and gets a message', async () => {
    const { c, organiser, worker1, r } = await unsure()
    expect(r).toMatchObject({ status: 'dispatching', currentGate: 'dispatch', holder: '西牌楼社区（待分派网格）', gridId: '', overdue: false })
    // the reporter may still add to it, or take it back, while it waits
    expect(r.can).toContain('supplement')
    expect(r.gates.map((g: Json) => `${g.gate}:${g.state}`).slice(0, 3)).toEqual(['accept:done', 'dispatch:current', 'handle:waiting'])
    expect(Date.parse(r.gates[1].deadline) - Date.parse(r.createdAt)).toBe(24 * HOUR)
    // no grid worker has it
    expect((await c.get(`/reports/${r.id}`, worker1)).status).toBe(404)
    const list = await c.get('/reports', organiser, { scope: 'community', status: 'open' })
    expect(list.status).toBe(200)
    // 待分派 first: the seeded one waiting longer, then this one
    expect(list.body.items.slice(0, 2).map((i: Json) => `${i.id}:${i.status}`)).toContain(`${r.id}:dispatching`)
    expect(list.body.items[0].status).toBe('dispatching')
    const inbox = await c.get('/inbox', organiser)
    expect(inbox.body.items[0]).toMatchObject({ title: '待分派工单', subject: { type: 'report', id: r.id } })
    const seen = await c.get(`/reports/${r.id}`, organiser)
    expect(seen.body).toMatchObject({ relation: 'community', can: ['assign'], contactPhone: '138****1234', reporterName: '王*英' })
  })

  test('assigning: a gate with its actor, the clock starts, the worker and the resident are told', async () => {
    const { c, clock, organiser, worker2, resident, r } = await unsure()
    clock.advance(2 * HOUR)
    const done = await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-xpl-2' }, organiser)
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'pending', gridId: 'gd-xpl-2', currentGate: 'handle', holder: '网格员 陈*' })
    const dispatch = done.body.gates[1]
    expect(dispatch).toMatchObject({ state: 'done', actorName: '唐文斌' })
    // others see the community worker's name masked
    expect((await c.get(`/reports/${r.id}`, resident)).body.gates[1].actorName).toBe('唐*斌')
    expect(Date.parse(done.body.deadline) - Date.parse(dispatch.at)).toBe(7 * DAY)
    expect(done.body.events.map((e: Json) => e.action)).toEqual(['submit', 'dispatch', 'assign'])
    const queue = await c.get('/reports', worker2, { scope: 'queue' })
    expect(queue.body.items.find((i: Json) => i.id === r.id)).toMatchObject({ status: 'pending' })
    const told = await c.get('/inbox', resident)
    expect(told.body.items[0]).toMatchObject({ title: '社区已分派网格' })
    // twice: the ticket has moved on
    const again = await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-xpl-1' }, organiser)
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('该工单已分派')
  })

  test('refused: a grid of another community, a grid worker, a community worker of another community', async () => {
    const { server, c, organiser, worker2, r } = await unsure()
    const other = await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-htl-1' }, organiser)
    expect(other.status).toBe(400)
    expect(other.body.fields.gridId).toBe('请选择本社区的网格')
    expect((await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-xpl-2' }, worker2)).status).toBe(403)
    // move the organiser to another community: the ticket is no longer theirs to see
    server.db.users['demo-organiser'].communityId = 'cm-htl'
    expect((await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-xpl-2' }, organiser)).status).toBe(404)
  })

  test('while it waits: the reporter adds to it, urges it once the day is over, or takes it back; the community is told', async () => {
    const { c, clock, resident, organiser, r } = await unsure()
    const inboxTitles = async () => (await c.get('/inbox', organiser)).body.items.map((m: Json) => m.title)
    const more = await c.post(`/reports/${r.id}/supplement`, { text: '就在路灯杆旁边，晚上特别黑。', photos: [] }, resident)
    expect(more.status).toBe(200)
    expect(await inboxTitles()).toContain('居民补充了情况')
    expect((await c.post(`/reports/${r.id}/urge`, {}, resident)).status).toBe(409)
    clock.advance(25 * HOUR)
    expect((await c.get(`/reports/${r.id}`, resident)).body).toMatchObject({ overdue: true })
    const urged = await c.post(`/reports/${r.id}/urge`, {}, resident)
    expect(urged.status).toBe(200)
    expect(urged.body.urgeCount).toBe(1)
    expect(urged.body.events.at(-1)).toMatchObject({ action: 'urge', gate: 'dispatch' })
    const inbox = (await c.get('/inbox', organiser)).body.items
    expect(inbox[0]).toMatchObject({ kind: 'report_urge', title: '居民催办', link: `/packages/report/detail/index?id=${r.id}` })
    expect(urged.body.can).toContain('withdraw')
    const back = await c.post(`/reports/${r.id}/withdraw`, { reason: '已经有人修好了' }, resident)
    expect(back.status).toBe(200)
    expect(back.body.status).toBe('withdrawn')
    expect(await inboxTitles()).toContain('工单已撤回')
    expect((await c.post(`/reports/${r.id}/assign`, { gridId: 'gd-xpl-2' }, organiser)).status).toBe(409)
  })

  test('a form that neither names a grid nor says 我不确定 is told which field to fill', async () => {
    const { server } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const none = await c.post('/reports', reportInput({ location: { address: '樊西巷口', communityId: 'cm-xpl' } }), resident)
    expect(none.status).toBe(400)
    expect(none.body.fields['location.gridId']).toBe('请选择网格，或选“我不确定在哪个网格”')
  })
})
