// Who may see a ticket: its reporter and followers (phone masked, reporter shown as 居民), the grid worker
// of its grid (phone in full); anyone else gets the same "not found" as for an unknown id.
import { assert, input, loginAs, radio, see, storedReport, tap, textarea, typeInto, visible, waitForMock } from '../lib.mjs'

export const name = '我也遇到了 joins a ticket; others and other grids get 404; phones masked for others'

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)

  // 王秀英 files a parking report in her grid.
  await loginAs(page, 'demo-resident')
  await page.goto('/#/packages/report/new/index')
  await radio(page, '乱停车')
  await typeInto(textarea(page, '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'), '西牌楼街口的消防通道被三辆私家车堵住了。')
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '西牌楼街口')
  await typeInto(input(page, '11位手机号码'), '13811112222')
  await tap(page, '提交反映')
  const id = (await visible(page.getByText(/工单号：SP\d+/)).innerText()).match(/SP\d+/)[0]

  // 李建国, same grid, sees it among the similar open reports and joins it (it asks first).
  await loginAs(page, 'demo-resident-2')
  await page.goto('/#/packages/report/new/index')
  await radio(page, '乱停车')
  await see(page, '西牌楼街口的消防通道被三辆私家车堵住了')
  const item = visible(page.getByTestId('similar-item').filter({ hasText: '西牌楼街口的消防通道' }))
  await visible(item.getByText('我也遇到了', { exact: true })).click()
  await visible(item.getByText('确认加入', { exact: true })).click()
  await visible(item.getByText('查看工单', { exact: true })).click()
  await see(page, `工单 ${id}`)
  await see(page, '138****2222')
  // another resident sees the reporter as 居民, never a name
  await see(page, '反映人：居民')
  assert((await page.getByText('王*英').count()) === 0, 'a follower never sees the reporter\'s name')
  assert((await page.getByText('13811112222').count()) === 0, 'a follower never sees the full phone')
  const stored = await storedReport(page, id)
  assert(stored.followerIds.includes('demo-resident-2'), 'the server stored the follower')
  await shot('follower-view')

  // 办事 lists it for the follower.
  await page.goto('/#/pages/tasks/index')
  await see(page, '我也遇到了')

  // Another grid's worker, and a resident of another grid, get "not found".
  await loginAs(page, 'demo-grid-worker-2')
  await page.goto(`/#/packages/report/order/index?id=${id}`)
  await see(page, '工单不存在或无权查看')
  await loginAs(page, 'demo-volunteer')
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await see(page, '工单不存在或无权查看')
  await page.goto('/#/packages/report/detail/index?id=SP000000000000')
  await see(page, '工单不存在或无权查看')
  await shot('not-found')
}
