// The published rates on a slice counted by hand, the hot topics, who may read which figures,
// and that nothing public names, reaches or describes a person.
import { personalStrings } from '../../../test/utils/privacy'
import { handleInput, rateInput, reportInput } from '../../../test/utils/bodies'
import { DAY, HOUR, T0, client, newServer, type Json } from '../../server/__tests__/helpers'
import type { ReportRecord } from '../reports/state'
import { dashboardOf, hotTopicsOf, publicRef, ratesOf, weeklyOf } from '../stats'
import { Ticket } from './stats-helpers'

// The clock of newServer: 2026-11-22 09:00 China time, a Sunday. 本月 is 11-01 00:00 China
// (2026-10-31T16:00Z) up to now; 上月 is October, China time.
const NOW = Date.parse('2026-11-22T01:00:00.000Z')
const z = (s: string) => `2026-${s}:00.000Z`

/**
 * Grid gd-xpl-1 (西牌楼第一网格) unless said otherwise; 漏水 has 24 h, 垃圾堆积 7 days.
 *   A 漏水 11-02 02:00, taken +2 h, handled 11-02 12:00 (deadline 11-03 02:00: on time), 满意 11-03 00:00
 *   B 垃圾 11-05 00:00, taken +30 h (late), handled 11-13 00:00 (deadline 11-12 00:00: late), 基本满意 11-13 02:00
 *   C 漏水 11-10 00:00, taken +1 h, handled 11-10 05:00, 不满意 11-10 08:00 (reopened, deadline 11-11 08:00),
 *     handled again 11-12 00:00 (late), 满意 11-12 01:00
 *   D 垃圾 11-15 00:00, taken +3 h, still handling; deadline 11-22 00:00 has passed (overdue)
 *   E 漏水 11-20 00:00, never taken; deadline 11-21 00:00 passed (overdue)
 *   F 垃圾 11-21 00:00, withdrawn an hour later: reported, nothing else
 *   G 漏水 10-20 00:00 (last month), taken +1 h, handled 10-20 05:00, waiting for the rating
 *   I 漏水 in gd-xpl-2 11-03 00:00, taken +1 h, handling, deadline 11-04 00:00 passed (overdue)
 *   J 垃圾 in gd-tpj-1 (another community) 11-06 00:00, taken +1 h, handled 11-06 10:00, 满意 11-06 12:00
 */
function slice() {
  const A = new Ticket('gd-xpl-1', 'water_leak', z('11-02T02:00')).take(z('11-02T04:00')).handle(z('11-02T12:00')).rate(z('11-03T00:00'), 'satisfied')
  const B = new Ticket('gd-xpl-1', 'environment', z('11-05T00:00')).take(z('11-06T06:00')).handle(z('11-13T00:00')).rate(z('11-13T02:00'), 'basically')
  const C = new Ticket('gd-xpl-1', 'water_leak', z('11-10T00:00'))
    .take(z('11-10T01:00'))
    .handle(z('11-10T05:00'))
    .rate(z('11-10T08:00'), 'unsatisfied')
    .handle(z('11-12T00:00'))
    .rate(z('11-12T01:00'), 'satisfied')
  const D = new Ticket('gd-xpl-1', 'environment', z('11-15T00:00')).take(z('11-15T03:00'))
  const E = new Ticket('gd-xpl-1', 'water_leak', z('11-20T00:00'))
  const F = new Ticket('gd-xpl-1', 'environment', z('11-21T00:00')).withdraw(z('11-21T01:00'))
  const G = new Ticket('gd-xpl-1', 'water_leak', z('10-20T00:00')).take(z('10-20T01:00')).handle(z('10-20T05:00'))
  const I = new Ticket('gd-xpl-2', 'water_leak', z('11-03T00:00')).take(z('11-03T01:00'))
  const J = new Ticket('gd-tpj-1', 'environment', z('11-06T00:00')).take(z('11-06T01:00')).handle(z('11-06T10:00')).rate(z('11-06T12:00'), 'satisfied')
  return [A, B, C, D, E, F, G, I, J].map((t) => t.r)
}

const grid1 = { scope: 'grid' as const, id: 'gd-xpl-1', name: '西牌楼社区第一网格' }
const xpl = { scope: 'community' as const, id: 'cm-xpl', name: '西牌楼社区' }
const district = { scope: 'district' as const, id: 'tianxin', name: '天心区' }

describe('stats: the rates, counted by hand', () => {
  test('a grid this month', () => {
    const [r] = ratesOf(slice(), [grid1], 'this_month', NOW)
    expect(r).toMatchObject({ scope: 'grid', id: 'gd-xpl-1', period: 'this_month', from: '2026-10-31T16:00:00.000Z', to: '2026-11-22T01:00:00.000Z' })
    expect(r.counts).toEqual({
      reported: 6, // A B C D E F (G was filed in October)
      patrol: 0,
      open: 2, // D handling, E pending (now, whatever the period)
      overdue: 2, // D and E are past their deadlines
      dispatched: 5, // A B C D E (F withdrawn counts as reported only)
      respondedIn24h: 3, // A +2 h, C +1 h, D +3 h; B took 30 h, E never
      due: 5, // deadlines in November: A 11-03, B 11-12, C 11-11 (after the reopen), D 11-22, E 11-21
      solved: 3, // A 满意, B 基本满意, C 满意 at last
      rated: 4, // A, B, C twice (不满意, then 满意)
      satisfied: 3,
      handled: 3, // A, B, C (C's latest completion 11-12 counts)
      handledOnTime: 1, // A; B a day late; C's second round was due 11-11 08:00
    })
    expect(r.responseRate).toBe(0.6) // 3 / 5
    expect(r.resolutionRate).toBe(0.6) // 3 / 5
    expect(r.satisfactionRate).toBe(0.75) // 3 / 4
    expect(r.onTimeRate).toBe(0.3333) // 1 / 3
    expect(r.gateHours).toEqual({
      accept: 0, // at filing, A–E
      dispatch: 0, // at once, A–E
      handle: 80.67, // A 10 h, B 192 h (from dispatch), C 40 h (from its reopen 11-10 08:00): 242 / 3
      review: 0,
      reply: 0,
      visit: 5, // A 12 h, B 2 h, C 1 h: 15 / 3
    })
  })

  test('its community and the district in the same pass; last month', () => {
    const [c, d] = ratesOf(slice(), [xpl, district], 'this_month', NOW)
    // the grid plus I (gd-xpl-2): reported, open, overdue, dispatched and taken in 1 h, due 11-04
    expect(c.counts).toMatchObject({ reported: 7, open: 3, overdue: 3, dispatched: 6, respondedIn24h: 4, due: 6, solved: 3, rated: 4, satisfied: 3, handled: 3, handledOnTime: 1 })
    expect(c.responseRate).toBe(0.6667) // 4 / 6
    expect(c.resolutionRate).toBe(0.5) // 3 / 6
    // plus J in 太平街: dispatched, taken in 1 h, handled on time, due and solved, rated 满意
    expect(d.counts).toMatchObject({ reported: 8, open: 3, dispatched: 7, respondedIn24h: 5, due: 7, solved: 4, rated: 5, satisfied: 4, handled: 4, handledOnTime: 2 })
    expect(d.onTimeRate).toBe(0.5) // 2 / 4
    const [last] = ratesOf(slice(), [grid1], 'last_month', NOW)
    expect(last).toMatchObject({ from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z' })
    // G: filed, dispatched, taken in 1 h, handled on time; due 10-21, waiting for its rating
    expect(last.counts).toMatchObject({ reported: 1, dispatched: 1, respondedIn24h: 1, due: 1, solved: 0, rated: 0, handled: 1, handledOnTime: 1 })
    expect(last).toMatchObject({ responseRate: 1, resolutionRate: 0, satisfactionRate: null, onTimeRate: 1 })
  })

  test('nothing to count: null rates, null gate hours', () => {
    const [r] = ratesOf([], [district], 'this_year', NOW)
    expect(r).toMatchObject({ responseRate: null, resolutionRate: null, satisfactionRate: null, onTimeRate: null, from: '2025-12-31T16:00:00.000Z' })
    expect(Object.values(r.gateHours).every((h) => h === null)).toBe(true)
  })

  test('a patrol report is reported and counted as patrol, but was never dispatched to anyone', () => {
    const p = new Ticket('gd-xpl-1', 'environment', z('11-20T00:00'), { patrol: true }).take(z('11-20T00:00'))
    const [r] = ratesOf([p.r], [grid1], 'this_month', NOW)
    expect(r.counts).toMatchObject({ reported: 1, patrol: 1, open: 1, dispatched: 0 })
  })
})

describe('stats: hot topics and the trend', () => {
  // this week starts Monday 11-16 00:00 China (11-15T16:00Z); the four before it start 10-19
  const weekDay = (mondayUtc: string, k: number) => new Date(Date.parse(mondayUtc) + 8 * 3600e3 + k * 3600e3).toISOString()
  const THIS = '2026-11-15T16:00:00.000Z'
  const before = (w: number) => new Date(Date.parse(THIS) - w * 7 * 86400e3).toISOString()

  test('a category is hot at ≥ 1.5 × the four weeks before and ≥ HOT_TOPIC_MIN', () => {
    const reports: ReportRecord[] = []
    const file = (cat: 'noise' | 'parking' | 'greenery' | 'environment', week: string, n: number) => {
      for (let k = 0; k < n; k++) reports.push(new Ticket('gd-xpl-1', cat, weekDay(week, k)).r)
    }
    // noise: 5 now against 1 a week → hot; parking: 6 against 4 (6 = 1.5 × 4) → hot;
    // greenery: 7 against 5 (7 < 7.5) → not; environment: 4 against none → under the minimum
    file('noise', THIS, 5)
    file('parking', THIS, 6)
    file('greenery', THIS, 7)
    file('environment', THIS, 4)
    for (let w = 1; w <= 4; w++) {
      file('noise', before(w), 1)
      file('parking', before(w), 4)
      file('greenery', before(w), 5)
    }
    // five weeks back is outside the baseline
    file('greenery', before(5), 30)
    const d = dashboardOf(reports, xpl, [grid1], district, 'this_month', NOW)
    expect(d.hotTopics).toEqual([
      { category: 'parking', count: 6, baseline: 4 },
      { category: 'noise', count: 5, baseline: 1 },
    ])
    expect(d.trend.map((t) => t.week)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'])
    expect(d.trend.map((t) => t.reported)).toEqual([0, 0, 30, 10, 10, 10, 10, 22])
    // November (China): this week's 22 and the last four weeks' share that fell on or after 11-01
    expect(d.topCategories[0]).toMatchObject({ category: 'greenery' })
  })

  test('the rule at its edges', () => {
    expect(hotTopicsOf({ noise: [0, 0, 0, 0, 0, 0, 0, 5] })).toEqual([{ category: 'noise', count: 5, baseline: 0 }])
    expect(hotTopicsOf({ noise: [0, 0, 0, 4, 4, 4, 4, 5] })).toEqual([])
    expect(hotTopicsOf({ noise: [0, 0, 0, 4, 4, 4, 3, 6] })).toEqual([{ category: 'noise', count: 6, baseline: 3.75 }])
  })

  test('solved tickets are counted in the week they closed', () => {
    const w = weeklyOf(slice(), 'cm-xpl', NOW, 'this_month')
    // A closed 11-03 (week of 11-02), C 11-12 and B 11-13 (week of 11-09)
    expect(w.trend.map((t) => t.solved)).toEqual([0, 0, 0, 0, 0, 1, 2, 0])
  })
})

async function withSlice() {
  const { server } = newServer()
  server.db.reports.splice(0, server.db.reports.length, ...slice())
  return { server, c: client(server) }
}

describe('stats: who may read which figures', () => {
  test('per role; others and unknown ids are 404', async () => {
    const { c } = await withSlice()
    const [res, gw, org] = await Promise.all(['demo-resident', 'demo-grid-worker', 'demo-organiser'].map((id) => c.login(id)))
    const rates = (t: string | null, q: Record<string, string>) => c.get('/stats/rates', t, q)
    expect((await rates(null, {})).status).toBe(401)
    for (const t of [res, gw, org]) expect((await rates(t, {})).body).toMatchObject({ scope: 'district', id: 'tianxin', name: '天心区' })
    expect((await rates(res, { scope: 'grid', id: 'gd-xpl-1' })).status).toBe(404)
    expect((await rates(res, { scope: 'community', id: 'cm-xpl' })).status).toBe(404)
    const mine = await rates(gw, { scope: 'grid', id: 'gd-xpl-1' })
    expect(mine.status).toBe(200)
    expect(mine.body.counts.dispatched).toBe(5)
    expect((await rates(gw, { scope: 'grid', id: 'gd-xpl-2' })).status).toBe(404)
    expect((await rates(gw, { scope: 'community', id: 'cm-xpl' })).status).toBe(404)
    expect((await rates(gw, { scope: 'grid', id: 'gd-nope' })).status).toBe(404)
    expect((await rates(org, { scope: 'community', id: 'cm-xpl' })).body.counts.dispatched).toBe(6)
    expect((await rates(org, { scope: 'grid', id: 'gd-xpl-2' })).status).toBe(200)
    expect((await rates(org, { scope: 'community', id: 'cm-tpj' })).status).toBe(404)
    expect((await rates(org, { scope: 'grid', id: 'gd-tpj-1' })).status).toBe(404)
    expect((await rates(org, { scope: 'district', id: 'elsewhere' })).status).toBe(404)
    const noId = await rates(org, { scope: 'grid' })
    expect(noId).toMatchObject({ status: 400, body: { fields: { id: '请指定网格或社区' } } })
    const bad = await rates(org, { period: 'forever' })
    expect(bad).toMatchObject({ status: 400, body: { fields: { period: '统计周期应为本月、上月或今年' } } })

    expect((await c.get('/stats/dashboard', res)).status).toBe(403)
    expect((await c.get('/stats/dashboard', gw)).status).toBe(403)
    const dash = await c.get('/stats/dashboard', org, { period: 'this_month' })
    expect(dash.status).toBe(200)
    expect(dash.body.community.counts.reported).toBe(7)
    expect(dash.body.grids.map((g: Json) => [g.id, g.counts.reported])).toEqual([['gd-xpl-1', 6], ['gd-xpl-2', 1]])
    expect(dash.body.district.counts.reported).toBe(8)
    expect(dash.body.trend).toHaveLength(8)
  })

  test('grid figures: public, this month, the grid service phone; an unknown grid 404', async () => {
    const { c, server } = await withSlice()
    const g = await c.get('/public/grids/gd-xpl-1')
    expect(g.status).toBe(200)
    const grid = server.db.grids.find((x) => x.id === 'gd-xpl-1')!
    expect(g.body).toMatchObject({ gridId: 'gd-xpl-1', gridName: grid.name, communityName: '西牌楼社区', open: 2, servicePhone: grid.servicePhone })
    expect(g.body.rates).toMatchObject({ period: 'this_month', responseRate: 0.6, onTimeRate: 0.3333 })
    expect((await c.get('/public/grids/gd-nope')).status).toBe(404)
    expect((await c.get('/public/grids/__proto__')).status).toBe(404)
  })

  test('民情地图: filters, counts, bad filters at the field', async () => {
    const { c, server } = await withSlice()
    const all = (await c.get('/public/map')).body
    expect(all.items).toHaveLength(9)
    expect(all.items.map((i: Json) => i.month)).toEqual(['2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-10'])
    const g1 = all.communities.find((x: Json) => x.id === 'cm-xpl').grids[0]
    expect(g1).toMatchObject({ id: 'gd-xpl-1', open: 2, closed: 3, patrol: 0 })
    const f = (await c.get('/public/map', null, { communityId: 'cm-xpl', category: 'water_leak', status: 'handling' })).body
    expect(f.items).toHaveLength(1) // I (C is closed, E pending)
    expect(f.items[0]).toMatchObject({ gridId: 'gd-xpl-2', gate: 'handle', daysOpen: 19, patrol: false })
    expect(f.items[0].ref).toBe(publicRef(server.db, server.db.reports.find((r) => r.location.gridId === 'gd-xpl-2')!.id))
    const bad = await c.get('/public/map', null, { communityId: 'cm-nope', status: 'lost', category: 'x' })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toMatchObject({ status: '状态无效', category: '问题类别无效' })
    expect((await c.get('/public/map', null, { communityId: 'cm-nope' })).body.fields).toEqual({ communityId: '社区无效' })
    expect((await c.get('/public/map', null, { page: '2' })).status).toBe(400)
  })
})

describe('stats: nothing public identifies a person', () => {
  test('every public answer, checked against every seeded name, phone, description, address, photo and ticket number', async () => {
    const { server } = newServer()
    const c = client(server)
    const answers: Json[] = []
    const get = async (path: string, q: Record<string, string> = {}) => {
      const r = await c.get(path, null, q)
      expect(r.status).toBe(200)
      answers.push(r.body)
      return r.body
    }
    const map = await get('/public/map')
    for (const cm of server.db.communities) await get('/public/map', { communityId: cm.id })
    for (const s of ['dispatching', 'pending', 'handling', 'replied', 'closed', 'community_review', 'withdrawn', 'civil', 'reviewing']) await get('/public/map', { status: s })
    for (const g of server.db.grids) await get(`/public/grids/${g.id}`)
    const text = JSON.stringify(answers)
    const found = personalStrings(server).filter((s) => text.includes(s))
    expect(found).toEqual([])

    // an item carries exactly what PublicItem lists
    expect(map.items.length).toBeGreaterThan(10)
    for (const i of map.items) expect(Object.keys(i).sort()).toEqual(['category', 'communityId', 'daysOpen', 'gate', 'gridId', 'gridName', 'month', 'patrol', 'ref', 'status'])
    // anonymous reports are a count only
    const anon = server.db.reports.filter((r) => r.anonymous)
    expect(anon.length).toBeGreaterThan(0)
    expect(map.counted.anonymous).toBe(anon.length)
    expect(map.items).toHaveLength(server.db.reports.length - anon.length)
    const refs = new Set(map.items.map((i: Json) => i.ref))
    for (const r of anon) expect(refs.has(publicRef(server.db, r.id))).toBe(false)
    // stable: the same ticket, the same handle
    expect((await c.get('/public/map')).body.items.map((i: Json) => i.ref)).toEqual(map.items.map((i: Json) => i.ref))
  })
})

describe('stats: a ticket driven through the loop, not built by hand', () => {
  // 审核 holds the worker's reply until it passes, and the reply the resident reads is dated
  // then: 办理 on time stays on time however long 审核 took, also once the ticket is reopened
  test('办理 on time is measured at 办结, not at 审核 or the reply, before and after a reopen', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const [resident, worker, organiser] = await Promise.all(['demo-resident', 'demo-grid-worker', 'demo-organiser'].map((id) => c.login(id)))
    const filed = await c.post('/reports', reportInput({ category: 'water_leak' }), resident)
    const id = filed.body.id as string
    expect(filed.body.deadline).toBe(new Date(Date.parse(T0) + DAY).toISOString())
    await c.post(`/reports/${id}/take`, {}, worker)
    clock.advance(20 * HOUR)
    expect((await c.post(`/reports/${id}/handle`, handleInput(), worker)).body.status).toBe('reviewing')
    clock.advance(10 * HOUR) // 审核 passes after the 24 h deadline
    expect((await c.post(`/reports/${id}/review`, { action: 'pass' }, organiser)).body.status).toBe('replied')
    const record = () => server.db.reports.find((r) => r.id === id)!
    const counts = () => ratesOf([record()], [grid1], 'this_month', clock.now().getTime())[0].counts
    clock.advance(60e3) // a period running now ends now: what happened this instant is not in it yet
    expect(counts()).toMatchObject({ handled: 1, handledOnTime: 1 })
    expect((await c.post(`/reports/${id}/rate`, rateInput({ rating: 'unsatisfied', comment: '水还在漏，没有修好' }), resident)).body.status).toBe('handling')
    clock.advance(60e3)
    expect(counts()).toMatchObject({ handled: 1, handledOnTime: 1, rated: 1, satisfied: 0 })
  })
})
