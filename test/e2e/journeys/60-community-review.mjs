// The community's side of the loop: 刘志华 returns an order that is not his grid's; 唐文斌
// (社区工作者) reassigns it to the second grid, whose worker 陈静 handles it; 唐文斌 passes 审核 and
// 王秀英 rates. Then a moved clock makes another order overdue: its worker is told, and at twice
// the limit the community gets 督办.
import { assert, loginAs, see, serverDb, textarea, visible, waitForMock, apiAs, button, advanceClock } from '../lib.mjs'

export const name = '社区复核: 退单 → 改派 → handled → 审核通过 → rated; an overdue order: the worker told, then 督办'

const stored = async (page, id) => (await serverDb(page)).reports.find((r) => r.id === id)


const fileReport = (page, description, address) =>
  apiAs(page, 'POST', '/reports', { category: 'facilities', description, photos: [], location: { address, communityId: 'cm-xpl', gridId: 'gd-xpl-1' }, anonymous: false, contactPhone: '13807311234' })

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)

  // 1. 王秀英 reports a dark street lamp; 刘志华 takes it and returns it: it is the second grid's.
  await loginAs(page, 'demo-resident')
  const filed = await fileReport(page, '西牌楼街60号旁的路灯晚上一直不亮，路过很黑', '西牌楼街60号旁')
  assert(filed.status === 201, `filed, got ${filed.status}`)
  const id = filed.body.id
  await loginAs(page, 'demo-grid-worker')
  await page.goto(`/#/packages/report/order/index?id=${id}`)
  await button(page, '接单').click()
  await visible(page.getByRole('radio', { name: '退单' })).click()
  await textarea(page, '如：不属于本网格范围').fill('60号在第二网格范围内，不归本网格')
  await button(page, '退单（交社区复核）').click()
  await see(page, '社区复核')

  // 2. 唐文斌 finds it in 办事 → 待社区处理 and reassigns it to the second grid.
  await loginAs(page, 'demo-organiser')
  await page.goto('/#/pages/tasks/index')
  await visible(page.getByTestId('work-item').filter({ hasText: id })).click()
  await visible(page.getByTestId('review-panel')).waitFor()
  await shot('review')
  await visible(page.getByRole('radio', { name: '改派网格' })).click()
  await visible(page.getByRole('combobox')).click()
  await visible(page.getByRole('option', { name: /西牌楼社区第二网格/ })).click()
  await textarea(page, '如：问题位置在第二网格范围内').fill('60号属于第二网格，请陈静处理')
  await button(page, '改派给该网格').click()
  await see(page, '待接单')
  assert((await stored(page, id)).location.gridId === 'gd-xpl-2', 'reassigned to the second grid')

  // 3. 陈静 (second grid) takes and handles it; it waits at 审核.
  await loginAs(page, 'demo-grid-worker-2')
  await page.goto(`/#/packages/report/order/index?id=${id}`)
  await button(page, '接单').click()
  await visible(page.getByRole('radio', { name: '办结回复' })).click()
  await textarea(page, '向居民说明处理结果，至少5个字').fill('已报城管照明所更换灯泡，今晚已亮')
  await button(page, '办结并回复居民').click()
  await see(page, '待审核')

  // 4. 唐文斌 passes 审核; 王秀英 rates.
  await loginAs(page, 'demo-organiser')
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await button(page, '审核通过，回复居民').click()
  await see(page, '待评价')
  await loginAs(page, 'demo-resident')
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await visible(page.getByRole('radio', { name: '满意', exact: true })).click()
  await button(page, '提交评价').click()
  await see(page, '已办结')
  const done = await stored(page, id)
  assert(done.status === 'closed' && done.rating === 'satisfied', `closed and rated, got ${done.status}/${done.rating}`)
  await shot('rated')

  // 5. Another order nobody takes: past its limit the worker is told; at twice it, 督办.
  const late = await fileReport(page, '3栋2单元门禁坏了，陌生人随便进出', '西牌楼街35号院3栋2单元')
  const lateId = late.body.id
  const limit = Date.parse(late.body.deadline) - Date.parse(late.body.createdAt)
  await advanceClock(page, limit + 60e3)
  await loginAs(page, 'demo-grid-worker')
  await page.goto('/#/pages/inbox/index')
  await see(page, '工单已超时')
  const told = (await serverDb(page)).messages.filter((m) => m.userId === 'demo-grid-worker' && m.subject && m.subject.id === lateId)
  assert(told.some((m) => m.title.startsWith('工单已超时')), 'the worker was told once it was overdue')
  await shot('overdue-inbox')
  await advanceClock(page, limit)
  await loginAs(page, 'demo-organiser')
  await page.goto('/#/pages/tasks/index')
  const row = visible(page.getByTestId('work-item').filter({ hasText: lateId }))
  await row.waitFor()
  assert((await row.textContent()).includes('已督办'), 'the community sees it as 已督办')
  assert((await stored(page, lateId)).supervised === true, 'the server marked it supervised')
  await shot('supervised')
  log(`${id} reassigned and rated; ${lateId} supervised`)
}
