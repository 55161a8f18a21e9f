import { homeEntries, workbenchesFor } from '@/modules'
import { PAGES } from '@/contract'

test('every module not built yet says where to go meanwhile: a place with address, phone and hours', () => {
  const soon = homeEntries(['merchant']).filter((e) => e.key !== 'report')
  expect(soon.map((e) => e.key)).toEqual(['booking', 'dispute', 'points', 'merchant'])
  // 帮代办, 志愿积分 and 合伙商企 are built: their entries open their pages, nothing to do meanwhile
  expect(soon.find((e) => e.key === 'booking')).toMatchObject({ url: PAGES.booking, meanwhile: undefined })
  expect(soon.find((e) => e.key === 'points')).toMatchObject({ url: PAGES.points, meanwhile: undefined })
  expect(soon.find((e) => e.key === 'merchant')).toMatchObject({ url: PAGES.merchant, meanwhile: undefined })
  for (const e of soon.filter((x) => x.key === 'dispute')) {
    const m = e.meanwhile!
    expect(m.advice.length).toBeGreaterThan(10)
    expect(m.place.address).toMatch(/^长沙市天心区/)
    expect(m.place.phone).toMatch(/^0731-\d{8}$/)
    expect(m.place.hours).toBeTruthy()
    expect(m.demo).toBe(true) // made up until the district gives the real ones: shown as such
  }
  expect(homeEntries().find((e) => e.key === 'dispute')!.meanwhile!.place.name).toContain('解忧小屋')
  // 随手拍 is built: nothing to do meanwhile
  expect(homeEntries().find((e) => e.key === 'report')!.meanwhile).toBeUndefined()
})

test("the merchant's entry is on 首页 only for a merchant, and their workbench leads to their page", () => {
  expect(homeEntries().map((e) => e.key)).not.toContain('merchant')
  expect(homeEntries(['resident', 'volunteer']).map((e) => e.key)).not.toContain('merchant')
  const entry = homeEntries(['merchant']).find((e) => e.key === 'merchant')!
  expect(entry.url).toBe(PAGES.merchant)

  const [bench] = workbenchesFor(['merchant'], 'merchant')
  expect(bench).toMatchObject({ key: 'merchant', role: 'merchant', url: PAGES.merchant, action: { url: PAGES.merchantVerify } })
  expect(bench.meanwhile).toBeUndefined()
  expect(bench.fetch).toBeDefined()
})

test('a workbench of a module not built yet carries its page and place; a built one has neither meanwhile', () => {
  const benches = workbenchesFor(['resident', 'volunteer'], 'volunteer')
  expect(benches.map((b) => `${b.role}/${b.key}`)).toEqual(['volunteer/points', 'resident/report', 'resident/booking'])
  expect(benches[0]).toMatchObject({ url: PAGES.points, title: '我的志愿活动' })
  const [mediator] = workbenchesFor(['mediator'], 'mediator')
  expect(mediator.meanwhile!.place.name).toContain('解忧小屋')
  expect(mediator.fetch).toBeUndefined()
  for (const built of benches) {
    expect(built.meanwhile).toBeUndefined()
    expect(built.fetch).toBeDefined()
  }
  expect(benches[2].title).toBe('我的预约')
})
