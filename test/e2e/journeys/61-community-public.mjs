// 未诉先办 and 民情地图: 刘志华 files what he found on patrol and handles it; a visitor who never
// logged in opens 民情地图, sees the district's grids and filters by category and by a grid —
// and nothing that names a person. 唐文斌 reads his community's rates on the 数据看板.
import { PNG, assert, input, loginAs, see, serverDb, textarea, visible, waitForMock, button } from '../lib.mjs'

export const name = '未诉先办 + 民情地图: a patrol report filed and handled; the public map without login, filtered, naming nobody; the community dashboard'


export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)

  // 1. 刘志华 files a patrol finding in his grid and handles it.
  await loginAs(page, 'demo-grid-worker')
  await page.goto('/#/packages/report/patrol/index')
  await visible(page.getByTestId('patrol-form')).waitFor()
  await visible(page.getByRole('radio', { name: '安全隐患' })).click()
  await textarea(page, '如：巡查发现 3 栋楼下消防通道堆放杂物，已联系住户清理').fill('巡查发现5栋楼下消防通道堆放旧家具，已通知住户当天清理')
  await input(page, '如：西牌楼街35号院3栋楼下').fill('西牌楼街35号院5栋楼下')
  const chooser = page.waitForEvent('filechooser')
  await visible(page.getByTestId('photo-add')).click()
  await (await chooser).setFiles({ name: 'corridor.png', mimeType: 'image/png', buffer: PNG })
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="picked-photo"]').length >= 1, null, { timeout: 30_000 })
  await shot('patrol')
  await button(page, '上报并开始办理').click()
  await see(page, '办理中')
  const patrol = (await serverDb(page)).reports.filter((r) => r.patrol && r.description.includes('旧家具')).pop()
  assert(patrol && patrol.status === 'handling' && patrol.assigneeId === 'demo-grid-worker', 'the patrol report is his, at 办理')
  await visible(page.getByRole('radio', { name: '办结回复' })).click()
  await textarea(page, '向居民说明处理结果，至少5个字').fill('住户已把旧家具搬走，通道已畅通')
  await button(page, '办结并回复居民').click()
  await see(page, '待审核')

  // 2. A visitor, not logged in, opens 民情地图.
  await page.evaluate(() => localStorage.removeItem('linli.session'))
  await page.goto('/#/packages/community/map/index')
  await page.reload()
  await waitForMock(page)
  await visible(page.getByTestId('map-legend')).waitFor()
  await visible(page.getByTestId('map-item').first()).waitFor()
  await shot('map')
  const all = await page.getByTestId('map-item').filter({ visible: true }).count()
  await visible(page.getByRole('radio', { name: '漏水' })).click()
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="map-item"]').length !== n, all, { timeout: 10_000 }).catch(() => undefined)
  const leaks = await page.getByTestId('map-item').filter({ visible: true }).allTextContents()
  assert(leaks.length > 0 && leaks.every((t) => t.includes('漏水')), `filtered to 漏水, got ${leaks.length}`)
  await visible(page.getByTestId('tile-gd-xpl-1')).click()
  await shot('map-filtered')
  // nothing that names a person: no seeded name, phone, address or ticket number on the page
  const db = await serverDb(page)
  const text = await page.locator('.page').filter({ visible: true }).first().textContent()
  for (const u of Object.values(db.users)) {
    assert(!text.includes(u.name) && !text.includes(u.phone), `no name or phone of ${u.id} on the public map`)
  }
  for (const r of db.reports) assert(!text.includes(r.id) && !text.includes(r.location.address), `no ticket number or address of ${r.id}`)

  // 3. 唐文斌 reads the dashboard.
  await loginAs(page, 'demo-organiser')
  await page.goto('/#/packages/community/dashboard/index')
  await visible(page.getByTestId('rate-responseRate').first()).waitFor()
  await see(page, '响应率')
  await shot('dashboard')
  log(`patrol ${patrol.id}; map ${all} items, ${leaks.length} 漏水`)
}
