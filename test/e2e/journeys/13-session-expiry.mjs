// An expired session (the server's clock moved 8 days) sends the resident to log in, and after
// logging in they are back on the page they were on.
import { assert, loginAs, see, visible, waitForMock, advanceClock } from '../lib.mjs'

export const name = 'expired session: 401 → login → back on 办事 with the same tickets'

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')
  await page.goto('/#/pages/tasks/index')
  await see(page, '我的反映（居民）')
  const first = visible(page.getByTestId('work-item'))
  const id = (await first.innerText()).match(/SP\d+/)[0]
  await first.click()
  await see(page, `工单 ${id}`)

  // Eight days later the 7-day session is over; the next request answers 401.
  await advanceClock(page, 8 * 24 * 3600 * 1000)
  // Back to 办事: the tab refreshes its list on show, and that request is refused.
  await page.goBack()
  await visible(page.locator('[data-account="demo-resident"]')).waitFor()
  await shot('sent-to-login')
  assert(/redirect=/.test(page.url()), `the login page knows where to return: ${page.url()}`)
  const session = await page.evaluate(() => localStorage.getItem('linli.session'))
  assert(!session || !session.includes('tk_'), 'the expired session was cleared from storage')

  await visible(page.locator('[data-account="demo-resident"]').getByText('登录', { exact: true })).click()
  await see(page, '我的反映（居民）')
  await see(page, id)
}
