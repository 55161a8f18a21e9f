import { homeEntries, workbenchesFor } from '@/modules'
import { PAGES, type Role } from '@/contract'
import { signInAs } from '../../../test/utils/client'
import { withMockServer } from '../../../test/utils/mock'

withMockServer()

test('every module has its 首页 entry, each opening its own page', () => {
  const entries = homeEntries(['merchant'])
  expect(entries.map((e) => e.key)).toEqual(['report', 'booking', 'dispute', 'points', 'merchant', 'community'])
  expect(entries.find((e) => e.key === 'dispute')).toMatchObject({ url: PAGES.dispute, title: '解忧小屋' })
  expect(entries.find((e) => e.key === 'points')).toMatchObject({ url: PAGES.points })
})

test("the merchant's entry is on 首页 only for a merchant, and their workbench leads to their page", () => {
  expect(homeEntries().map((e) => e.key)).not.toContain('merchant')
  expect(homeEntries(['resident', 'volunteer']).map((e) => e.key)).not.toContain('merchant')
  const entry = homeEntries(['merchant']).find((e) => e.key === 'merchant')!
  expect(entry.url).toBe(PAGES.merchant)

  const [bench] = workbenchesFor(['merchant'], 'merchant')
  expect(bench).toMatchObject({ key: 'merchant', role: 'merchant', url: PAGES.merchant, action: { url: PAGES.merchantVerify } })
})

test('a person sees one workbench per module of each role, the active role first, each with its list', () => {
  const benches = workbenchesFor(['resident', 'volunteer'], 'volunteer')
  expect(benches.map((b) => `${b.role}/${b.key}`)).toEqual(['volunteer/points', 'resident/report', 'resident/booking', 'resident/dispute'])
  expect(benches[0]).toMatchObject({ url: PAGES.points, title: '我的志愿活动' })
  expect(benches[3]).toMatchObject({ title: '我的调解', url: PAGES.dispute })
  const [mediator] = workbenchesFor(['mediator'], 'mediator')
  expect(mediator).toMatchObject({ title: '调解员工作台', action: { url: PAGES.disputeDesk } })
})

// Each list is fetched as its person would, through the app's request path to the mock: a list
// that asked the wrong route, or another role's, would answer an error or an empty page.
const SEEDED_WORK: [string, Role, string, number][] = [
  ['demo-resident', 'resident', 'report', 1],
  ['demo-resident', 'resident', 'booking', 1],
  ['demo-resident', 'volunteer', 'points', 1],
  ['demo-grid-worker', 'grid_worker', 'report', 1],
  ['demo-helper', 'helper', 'booking', 1],
  ['demo-mediator', 'mediator', 'dispute', 1],
  ['demo-organiser', 'organiser', 'report', 1],
  ['demo-organiser', 'organiser', 'points', 1],
  ['demo-merchant', 'merchant', 'merchant', 1],
]

test.each(SEEDED_WORK)('%s as %s: the %s workbench lists the seeded work (at least %i), each item opening a page of its module', async (account, role, key, least) => {
  await signInAs(account)
  const bench = workbenchesFor([role], role).find((b) => b.key === key)!
  expect(bench.fetch).toEqual(expect.any(Function))
  const page = await bench.fetch!(bench.filters?.[0]?.value)
  expect(page.items.length).toBeGreaterThanOrEqual(least)
  for (const item of page.items) {
    expect(item.title).not.toBe('')
    expect(item.link).toMatch(/^\/(packages|pages)\//)
  }
})

test('民情地图 is on 首页 for everyone, logged in or not; the community worker has 社区数据看板 in 办事, without a list', () => {
  for (const roles of [[], ['resident'], ['grid_worker']] as const) {
    const map = homeEntries(roles).find((e) => e.key === 'community')
    expect(map).toMatchObject({ title: '民情地图', url: PAGES.communityMap })
    expect(map?.login).toBeFalsy()
  }
  const benches = workbenchesFor(['organiser'], 'organiser')
  const board = benches.find((b) => b.key === 'community')!
  expect(board).toMatchObject({ role: 'organiser', title: '社区数据看板', url: PAGES.communityDashboard, action: { url: PAGES.communityDashboard } })
  expect(board.fetch).toBeUndefined()
  expect(board).toMatchObject({ links: [{ url: PAGES.communityMap }] })
  expect(board.note).toMatch(/响应率/)
  // the community's tickets stay first in 办事
  expect(benches[0].key).toBe('report')
  expect(workbenchesFor(['resident', 'grid_worker'], 'resident').map((b) => b.key)).not.toContain('community')
})
