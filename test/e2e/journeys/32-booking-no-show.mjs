// Missed bookings: 李建国 books three slots and comes to none. Past each slot the server records
// a no-show by itself; the second brings a warning, the third a 30-day pause. He appeals on the
// 帮代办 page, 杨帆 (a helper of that station) lifts the pause, and he may book again.
import { assert, chipStartingWith, loginAs, see, serverDb, tap, textarea, toWorkdayMorning, typeInto, visible, waitForMock, setClock } from '../lib.mjs'

export const name = '帮代办 no-shows: two bring a warning, the third a pause; an appeal, lifted by the helper; booking works again'

const TPJ = '太平街社区24小时服务站'
const chip = chipStartingWith

async function db(page) {
  const d = await serverDb(page)
  return d
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  await toWorkdayMorning(page)

  // 1. Three 帮办 at 太平街 on the first bookable day, in the first free afternoon hours.
  await loginAs(page, 'demo-resident-2')
  for (const sv of ['sv-yb', 'sv-sbk', 'sv-jzz']) {
    await page.goto(`/#/packages/booking/new/index?serviceId=${sv}`)
    await chip(page, '帮办').click()
    await chip(page, TPJ).click()
    await visible(page.locator('[data-name="date"] [role="radio"]')).click()
    await visible(page.getByRole('radio', { name: /^1[3-6]:00 余/ })).click()
    await tap(page, '提交预约')
    await visible(page.getByTestId('voucher')).waitFor()
  }
  const his = (await db(page)).bookings.filter((b) => b.bookerId === 'demo-resident-2' && b.status === 'booked')
  assert(his.length === 3, `three bookings, got ${his.length}`)
  const lastEnd = Math.max(...his.map((b) => Date.parse(b.end)))
  log(`booked ${his.map((b) => `${b.id}@${b.hour}`).join(', ')}`)

  // 2. He goes to none: 31 minutes after the last slot ends, all three are no-shows.
  await setClock(page, lastEnd + 31 * 60e3)
  await page.goto('/#/pages/inbox/index')
  await see(page, '预约已暂停')
  await see(page, '爽约提醒')
  await shot('inbox-paused')
  let state = await db(page)
  assert(state.bookings.filter((b) => his.some((h) => h.id === b.id) && b.status === 'no_show').length === 3, 'three no-shows stored')

  // 3. The 帮代办 page says until when, and takes his appeal.
  await page.goto('/#/packages/booking/index/index')
  await see(page, '预约已暂停')
  await typeInto(textarea(page, '如：当天突发疾病住院，无法前往'), '那天老伴突然住院，我一直在医院陪护，忘了取消。')
  await shot('appeal')
  await tap(page, '提交申诉')
  await see(page, '申诉处理中')

  // 4. 杨帆 lifts it from his workbench.
  await loginAs(page, 'demo-helper')
  await page.goto('/#/packages/booking/desk/index?tab=appeals')
  const card = visible(page.getByTestId('desk-appeal').filter({ hasText: '那天老伴突然住院' }))
  await card.waitFor()
  await card.getByRole('radio', { name: '解除暂停' }).click()
  await typeInto(visible(card.locator('textarea')), '情况属实，已为您恢复预约，下次不能来请提前取消')
  await card.getByText('提交处理结果').click()
  await visible(page.getByTestId('desk-appeal').filter({ hasText: '已解除暂停' }).filter({ hasText: '那天老伴突然住院' })).waitFor()
  await shot('lifted')

  // 5. 李建国 is told, and may book again.
  await loginAs(page, 'demo-resident-2')
  await page.goto('/#/pages/inbox/index')
  await see(page, '您的申诉已通过')
  await page.goto('/#/packages/booking/index/index')
  await see(page, '办理事项')
  assert(!(await page.getByText('预约已暂停').filter({ visible: true }).count()), 'no pause shown any more')
  state = await db(page)
  const standing = state.bookingStanding['demo-resident-2']
  assert(standing && !standing.pausedUntil, `the pause is lifted, got ${JSON.stringify(standing)}`)
}
