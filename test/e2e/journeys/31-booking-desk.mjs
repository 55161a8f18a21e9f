// 帮代办 at the counter: 杨帆 (帮代办专员, 太平街) checks 王秀英 in by a photo of her voucher's QR
// (decoded in the page on H5), records the 代办 steps one by one; she reads each in 消息 and rates
// it. Then he lifts a paused resident's appeal.
import { assert, chipStartingWith, loginAs, radio, see, serverDb, storedBookings, tap, textarea, toWorkdayMorning, typeInto, visible, waitForMock, setClock } from '../lib.mjs'

export const name = '帮代办 desk: check-in by a photo of the voucher QR, 代办 steps to done, the resident told and rating; an appeal lifted'

const TPJ = '太平街社区24小时服务站'
const chip = chipStartingWith

const bookings = storedBookings

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  await toWorkdayMorning(page)

  // 1. 王秀英 books 居住证 代办 for herself at 太平街, the first bookable day, 10:00.
  await loginAs(page, 'demo-resident')
  await page.goto('/#/packages/booking/new/index?serviceId=sv-jzz')
  await chip(page, '代办').click()
  await chip(page, TPJ).click()
  await visible(page.locator('[data-name="date"] [role="radio"]')).click()
  await chip(page, '10:00 余').click()
  await tap(page, '提交预约')
  await visible(page.getByTestId('voucher')).waitFor()
  const mine = (await bookings(page)).filter((b) => b.bookerId === 'demo-resident' && b.serviceId === 'sv-jzz' && b.status === 'booked').pop()
  assert(mine && mine.mode === 'proxy', 'the server stored the 代办')
  // the photo the helper's phone takes of her screen
  const qrPhoto = await visible(page.getByTestId('qr-code')).screenshot()
  log(`booked ${mine.id} on ${mine.date} 10:00; QR photo ${qrPhoto.length} bytes`)

  // 2. On the day at 10:05, 杨帆 opens his workbench and checks her in from the photo.
  await setClock(page, Date.parse(mine.start) + 5 * 60e3)
  await loginAs(page, 'demo-helper')
  await page.goto('/#/packages/booking/desk/index')
  await see(page, '扫码签到')
  await visible(page.getByTestId('desk-item').filter({ hasText: mine.id })).waitFor()
  await shot('desk')
  await tap(page, '扫码签到')
  // H5 asks: take a photo, or pick one
  const chooser = page.waitForEvent('filechooser')
  await tap(page, '从相册选择')
  await (await chooser).setFiles({ name: 'voucher.png', mimeType: 'image/png', buffer: qrPhoto })
  const panel = visible(page.getByTestId('serve-panel'))
  // the status tag: the timeline below may carry the same words once it has loaded
  await panel.locator('.ui-tag', { hasText: '已签到' }).first().waitFor()
  assert((await bookings(page)).find((b) => b.id === mine.id).status === 'checked_in', 'the server checked her in')
  await shot('checked-in')

  // 3. The 代办 steps, in order; 已提交部门 names the department.
  await tap(page, '记录：材料已收取')
  await see(page, '记录：已提交部门')
  await typeInto(textarea(page, '如：天心区医保局窗口'), '天心区公安分局户政窗口')
  await typeInto(textarea(page, '如：预计3个工作日办结'), '预计5个工作日制证')
  await tap(page, '记录：已提交部门')
  await see(page, '记录：已办结')
  await tap(page, '记录：已办结')
  await see(page, '记录：已取件/已寄回')
  await shot('steps')
  await tap(page, '记录：已取件/已寄回')
  await panel.locator('.ui-tag', { hasText: '已办结' }).first().waitFor()
  const done = (await bookings(page)).find((b) => b.id === mine.id)
  assert(done.status === 'done' && done.steps.length === 4, `done after four steps, got ${done.status}/${done.steps.length}`)
  assert(done.steps[1].department === '天心区公安分局户政窗口', 'the department is recorded')

  // 4. 王秀英 read each step in 消息, and rates the 代办.
  await loginAs(page, 'demo-resident')
  await page.goto('/#/pages/inbox/index')
  await see(page, '已提交部门')
  await shot('inbox-steps')
  await page.goto(`/#/packages/booking/detail/index?id=${mine.id}`)
  await radio(page, '满意')
  await typeInto(textarea(page, '说说办理得怎么样'), '不用自己跑，太方便了')
  await tap(page, '提交评价')
  await see(page, '不用自己跑，太方便了')
  assert((await bookings(page)).find((b) => b.id === mine.id).rating === 'satisfied', 'the rating is stored')

  // 5. 杨帆 lifts the pause of a resident who appealed (the seed's 谭*海).
  await loginAs(page, 'demo-helper')
  await page.goto('/#/packages/booking/desk/index?tab=appeals')
  const pending = (await serverDb(page)).bookingAppeals.find((a) => a.status === 'pending')
  assert(pending, 'the seed has an appeal waiting')
  const card = visible(page.getByTestId('desk-appeal').filter({ hasText: pending.reason }))
  await card.waitFor()
  await card.getByRole('radio', { name: '解除暂停' }).click()
  await typeInto(visible(card.locator('textarea')), '已核实当天住院，解除暂停')
  await shot('appeal')
  await card.getByText('提交处理结果').click()
  await visible(page.getByTestId('desk-appeal').filter({ hasText: '已解除暂停' })).waitFor()
  const appeal = (await serverDb(page)).bookingAppeals.find((a) => a.id === pending.id)
  assert(appeal.status === 'lifted', `the appeal is lifted, got ${appeal.status}`)
}
