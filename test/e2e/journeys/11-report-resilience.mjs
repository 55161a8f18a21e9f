// Nothing a resident typed is lost: a reload keeps the draft, five fast taps file one ticket,
// and an offline submit says so clearly and keeps the input for the retry.
import { assert, input, loginAs, radio, see, serverDb, tap, textarea, typeInto, visible, waitForMock } from '../lib.mjs'

export const name = 'draft survives a reload; five fast taps make one ticket; offline submit keeps the input'

const DESC = '白沙井社区东门的路灯坏了一个星期，晚上老人出门看不清台阶。'
const DESC_PH = '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'

async function myReportCount(page) {
  const db = await serverDb(page)
  return db.reports.filter((r) => r.reporterId === 'demo-resident').length
}

async function fillForm(page) {
  await radio(page, '设施损坏')
  await typeInto(textarea(page, DESC_PH), DESC)
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '西牌楼街东门路灯')
  await typeInto(input(page, '11位手机号码'), '13700001111')
}

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')

  // A failed submit brings the first field in error into view (the category, at the top).
  await page.goto('/#/packages/report/new/index')
  await visible(page.getByText('提交反映', { exact: true })).scrollIntoViewIfNeeded()
  await tap(page, '提交反映')
  await see(page, '请选择问题类别')
  await page.waitForTimeout(400)
  const row = visible(page.locator('[data-field="category"]'))
  const box = await row.boundingBox()
  const viewport = page.viewportSize()
  assert(box && box.y >= -1 && box.y < viewport.height, `the first field in error is on screen (y=${box?.y})`)
  await shot('first-error-in-view')

  // A reload in the middle of the form keeps the draft.
  await page.goto('/#/packages/report/new/index')
  await fillForm(page)
  await page.reload()
  await waitForMock(page)
  await visible(page.getByRole('radio', { name: '设施损坏', exact: true })).waitFor()
  assert((await textarea(page, DESC_PH).inputValue()) === DESC, 'description kept after reload')
  assert((await input(page, '11位手机号码').inputValue()) === '13700001111', 'phone kept after reload')
  assert((await visible(page.getByRole('radio', { name: '设施损坏', exact: true })).getAttribute('aria-checked')) === 'true', 'category kept')
  await shot('after-reload')

  // Offline: a clear message, nothing stored, the input stays.
  const before = await myReportCount(page)
  await page.evaluate(() => window.__linliMock.setFaults({ offline: true }))
  await tap(page, '提交反映')
  await see(page, '网络连接失败')
  assert((await textarea(page, DESC_PH).inputValue()) === DESC, 'description kept after the offline failure')
  assert((await myReportCount(page)) === before, 'nothing stored while offline')
  await shot('offline')

  // Back online: five fast taps on submit file exactly one ticket.
  await page.evaluate(() => window.__linliMock.clearFaults())
  const button = visible(page.getByText('提交反映', { exact: true }))
  await button.evaluate((el) => {
    for (let i = 0; i < 5; i++) el.click()
  })
  await visible(page.getByTestId('report-done')).waitFor()
  await page.waitForTimeout(500)
  assert((await myReportCount(page)) === before + 1, `one ticket for five taps, got ${(await myReportCount(page)) - before}`)
  const db = await serverDb(page)
  const mine = db.reports.filter((r) => r.reporterId === 'demo-resident' && r.description === DESC)
  assert(mine.length === 1 && mine[0].category === 'facilities' && mine[0].urgency === 'complex', 'the stored ticket is the one typed')
  await shot('submitted')

  // The draft is gone once filed: a new report starts empty.
  await tap(page, '再反映一个问题')
  assert((await textarea(page, DESC_PH).inputValue()) === '', 'a filed draft is cleared')
}
