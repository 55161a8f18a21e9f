import { homeEntries, workbenchesFor } from '@/modules'
import { PAGES } from '@/contract'

test('every module is built: each 首页 entry opens its own page and has nothing to do meanwhile', () => {
  const entries = homeEntries(['merchant'])
  expect(entries.map((e) => e.key)).toEqual(['report', 'booking', 'dispute', 'points', 'merchant'])
  for (const e of entries) expect(e.meanwhile).toBeUndefined()
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
  expect(bench.fetch).toBeDefined()
})

test('a person sees one workbench per module of each role, the active role first, each with its list', () => {
  const benches = workbenchesFor(['resident', 'volunteer'], 'volunteer')
  expect(benches.map((b) => `${b.role}/${b.key}`)).toEqual(['volunteer/points', 'resident/report', 'resident/booking', 'resident/dispute'])
  expect(benches[0]).toMatchObject({ url: PAGES.points, title: '我的志愿活动' })
  expect(benches[3]).toMatchObject({ title: '我的调解', url: PAGES.dispute })
  const [mediator] = workbenchesFor(['mediator'], 'mediator')
  expect(mediator).toMatchObject({ title: '调解员工作台', action: { url: PAGES.disputeDesk } })
  for (const b of [...benches, mediator]) {
    expect(b.meanwhile).toBeUndefined()
    expect(b.fetch).toBeDefined()
  }
})
