// Told to wait: after ten reports in an hour the server answers 429 with Retry-After; the form says
// how long to wait, counting down, keeps what was typed, and sends nothing before the time is up.
import { assert, input, loginAs, radio, see, serverDb, tap, textarea, typeInto, visible, waitForMock } from '../lib.mjs'

export const name = '11th report in an hour: 429 shows a countdown, the input stays, nothing is sent'

const DESC_PH = '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')

  // Ten reports filed through the API, as a busy resident would over an hour.
  const filed = await page.evaluate(async () => {
    const raw = JSON.parse(localStorage.getItem('linli.session'))
    const session = typeof raw === 'string' ? JSON.parse(raw) : raw
    const token = (session.data ? JSON.parse(session.data) : session).state.token
    let ok = 0
    for (let i = 0; i < 10; i++) {
      const res = await fetch('/api/v1/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': `journey-rate-${i}-${Date.now()}` },
        body: JSON.stringify({
          category: 'parking',
          description: `第${i + 1}辆电动车停在消防通道上`,
          photos: [],
          location: { address: `西牌楼街${i + 1}号`, communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
          anonymous: false,
          contactPhone: '13807311234',
        }),
      })
      if (res.status === 201 || res.status === 200) ok++
    }
    return ok
  })
  assert(filed === 10, `ten reports should be accepted, got ${filed}`)
  const before = (await serverDb(page)).reports.length

  await page.goto('/#/packages/report/new/index')
  await radio(page, '噪音')
  await typeInto(textarea(page, DESC_PH), '楼下商铺每晚放音乐到十二点，老人睡不好。')
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), '西牌楼街5号')
  await typeInto(input(page, '11位手机号码'), '13912345678')
  await tap(page, '提交反映')
  await see(page, /操作太频繁，请 \d+ (分钟|秒)后再试/)
  const first = await visible(page.getByText(/操作太频繁/)).innerText()
  await shot('told-to-wait')

  // Another tap sends nothing; the typing is still there. (The button says it is disabled, with
  // aria-disabled, so the browser driver will not tap it unless told to: a person still can.)
  await visible(page.getByText('提交反映', { exact: true })).click({ force: true })
  await page.waitForTimeout(1500)
  assert((await serverDb(page)).reports.length === before, 'nothing stored while waiting')
  assert((await textarea(page, DESC_PH).inputValue()).startsWith('楼下商铺'), 'description kept')
  const later = await visible(page.getByText(/操作太频繁/)).innerText()
  assert(/\d+ (分钟|秒)后再试/.test(later), `still counting down: ${later} (was ${first})`)
}
