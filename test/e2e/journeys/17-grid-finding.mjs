// A newcomer finds their grid: by 我的住址 (a 小区 searched by pinyin initials), by the phone's
// position, or not at all (我不确定: the community's worker assigns it).
import { assert, choose, input, loginAs, radio, see, serverDb, storedReport, tap, textarea, typeInto, visible, waitForMock } from '../lib.mjs'

export const name = 'newcomer sets 我的住址 by 小区 search; another uses the current location; 我不确定 goes to the community, which assigns it'

const SEARCH = '搜索小区，如：西牌楼 或 xpl'

async function wechatLogin(page) {
  await page.goto('/#/pages/login/index')
  await page.reload()
  await tap(page, '微信一键登录')
  await page.waitForFunction(() => (localStorage.getItem('linli.session') || '').includes('微信用户'))
}

async function fileReport(page, description) {
  await radio(page, '垃圾堆积')
  await typeInto(textarea(page, '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'), description)
  const phone = input(page, '11位手机号码')
  if (!(await phone.inputValue())) await typeInto(phone, '13900002222')
  await tap(page, '提交反映')
  await visible(page.getByTestId('report-done')).waitFor()
  const idText = await visible(page.getByText(/工单号：SP\d+/)).innerText()
  return idText.match(/SP\d+/)[0]
}

const target = (page) => visible(page.getByTestId('place-target'))

export async function run({ page, context, shot, log }) {
  await page.goto('/')
  await waitForMock(page)

  // 1. A WeChat newcomer: 我的 → 我的住址 → search "fxx" → 樊西巷小区 → 5栋 → save.
  await wechatLogin(page)
  await page.goto('/#/pages/me/index')
  await see(page, '未设置：设置后，反映问题会自动找到您的网格')
  await visible(page.getByTestId('my-home')).click()
  await see(page, '设置我的住址')
  await typeInto(input(page, SEARCH), 'fxx')
  await visible(page.getByTestId('compound-results').getByText('樊西巷小区')).click()
  await radio(page, '5栋')
  await see(page, '樊西巷小区 5栋 属于 西牌楼社区第二网格')
  await shot('address-picked')
  await tap(page, '保存我的住址')
  await see(page, '已保存我的住址')
  const db = await serverDb(page)
  const me = Object.values(db.users).find((u) => u.home && u.name.startsWith('微信用户'))
  assert(me && me.home.buildingId === 'bd-xpl-2-5' && me.gridId === 'gd-xpl-2', `server should store the home, got ${JSON.stringify(me?.home)}`)

  // the report form starts from it, with the grid's worker and service phone on top
  await page.goto('/#/packages/report/new/index')
  await target(page).getByText('将派发至：西牌楼社区第二网格').waitFor()
  await see(page, '0731-85010002')
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '樊西巷小区5栋楼下')
  await shot('form-from-home')
  const first = await fileReport(page, '5栋楼下的垃圾桶满了三天没人清运。')
  let stored = await storedReport(page, first)
  assert(stored.location.gridId === 'gd-xpl-2' && stored.assigneeId === 'demo-grid-worker-2', `routed to 樊西巷 5栋's grid, got ${stored.location.gridId}`)
  log(`newcomer filed ${first} to gd-xpl-2`)

  // 2. 王秀英 reports from where she stands: the browser's position lies in 太平街社区第二网格.
  await context.grantPermissions(['geolocation'])
  await context.setGeolocation({ latitude: 28.175, longitude: 112.985 })
  await loginAs(page, 'demo-resident')
  await page.goto('/#/packages/report/new/index')
  await target(page).getByText('将派发至：西牌楼社区第一网格').waitFor()
  await tap(page, '用当前位置')
  await see(page, '已按当前位置找到：太平街社区第二网格')
  await target(page).getByText('将派发至：太平街社区第二网格').waitFor()
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '太平街口公交站旁')
  await shot('form-current-location')
  const second = await fileReport(page, '公交站旁的垃圾桶满了没人清运。')
  stored = await storedReport(page, second)
  assert(stored.location.gridId === 'gd-tpj-2' && typeof stored.location.latitude === 'number', `routed by position to gd-tpj-2, got ${stored.location.gridId}`)

  // 3. 我不确定: the community gets it, its worker assigns it, that grid's worker has it.
  await page.goto('/#/packages/report/new/index')
  await visible(page.locator('[role="switch"]').filter({ hasText: '我不确定在哪个网格' })).click()
  await target(page).getByText('将先交给：西牌楼社区').waitFor()
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '樊西巷口')
  const third = await fileReport(page, '巷口有一堆建筑垃圾，不知道归哪个网格管。')
  await see(page, '您的反映已受理，社区将分派给所在网格')
  await shot('unsure-submitted')
  stored = await storedReport(page, third)
  assert(stored.status === 'dispatching' && stored.location.gridId === '', `waits for the community, got ${stored.status}`)

  await loginAs(page, 'demo-organiser')
  await page.goto('/#/pages/tasks/index')
  await see(page, '社区工单（社区工作者）')
  await tap(page, third, { exact: false })
  await visible(page.getByTestId('assign-panel')).waitFor()
  await shot('assign')
  await choose(page, '请选择本社区的网格', 'gd-xpl-2')
  await tap(page, '分派给该网格')
  await see(page, '待接单')
  stored = await storedReport(page, third)
  assert(stored.status === 'pending' && stored.location.gridId === 'gd-xpl-2', `assigned to gd-xpl-2, got ${stored.status}/${stored.location.gridId}`)
  assert(stored.gateDone.dispatch.actorId === 'demo-organiser', 'the 派发 gate names the community worker')

  await loginAs(page, 'demo-grid-worker-2')
  await page.goto('/#/pages/tasks/index')
  await see(page, '网格工单')
  await visible(page.getByText(third, { exact: false })).waitFor()
  await shot('worker-has-it')
}
