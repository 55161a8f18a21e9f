// 帮代办 for a resident: 王秀英 books 代办 for her father (family member, consent, 委托书 photo)
// and gets the voucher; a full slot takes her onto the waitlist, and when another resident
// cancels she is promoted and told in 消息; a cancel inside the last 2 hours is refused with the
// place's phone.
import { assert, chipStartingWith, input, loginAs, onFirstScreen, PNG, see, storedBookings, tap, textarea, toWorkdayMorning, typeInto, visible, waitForMock, setClock } from '../lib.mjs'

export const name = '帮代办: 代办 for a parent with consent → voucher; full slot → 排队候补 → promoted on a cancel; a late cancel is refused'

const HOUR = 3600 * 1000
const XPL = '西牌楼社区24小时服务站'

const chip = chipStartingWith
/** '11月25日' for '2026-11-25', as the day chips begin. */
const dayLabel = (date) => `${+date.slice(5, 7)}月${+date.slice(8, 10)}日`

const bookings = storedBookings

/** Mode, place, day and hour on the booking form of `serviceId`. */
async function pickSlot(page, serviceId, { mode, place, date, hour }) {
  await page.goto(`/#/packages/booking/new/index?serviceId=${serviceId}`)
  await chip(page, mode).click()
  await chip(page, place).click()
  if (date) await chip(page, dayLabel(date)).click()
  else await visible(page.locator('[data-name="date"] [role="radio"]')).click()
  await chip(page, hour).click()
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  await toWorkdayMorning(page)
  await loginAs(page, 'demo-resident')

  // 1. The catalogue: her next bookings on top, then the services; search finds 医保.
  await page.goto('/#/packages/booking/index/index')
  await see(page, '办理事项')
  await visible(page.getByTestId('booking-row')).waitFor()
  await shot('catalogue')
  await typeInto(input(page, '输入事项名称，如：社保卡'), '医保')
  await visible(page.getByTestId('service-item').filter({ hasText: '医保参保' })).click()

  // 2. The service: what to bring (a tick is kept), modes, places; 预约办理 is on the first screen.
  await see(page, '城乡居民医保参保登记、缴费档次与缴费方式变更')
  await visible(page.getByRole('checkbox', { name: /^身份证/ })).click()
  await see(page, '已备好 1/3 项，点一项打勾')
  assert(await onFirstScreen(page, visible(page.getByText('预约办理', { exact: true }))), '预约办理 is on the first screen')
  await shot('service')
  await tap(page, '预约办理')

  // 3. 代办 for her father: the first day's 09:00, a family member with consent and the 委托书.
  await see(page, '预约 · 医保参保')
  await chip(page, '代办').click()
  await chip(page, XPL).click()
  await visible(page.locator('[data-name="date"] [role="radio"]')).click()
  await chip(page, '09:00 余').click()
  await chip(page, '家人').click()
  await typeInto(input(page, '家人的姓名'), '王德福')
  await typeInto(input(page, '如：父亲、母亲'), '父亲')
  await typeInto(input(page, '家人的11位手机号'), '13907315678')
  await chip(page, '70岁及以上').click()
  await typeInto(textarea(page, '如：行动不便，需要轮椅'), '耳背，请说话大声些')
  await tap(page, '提交预约')
  // consent is asked at its field before anything is sent; what was typed stays
  await see(page, '为家人预约，需先征得本人同意并勾选确认')
  assert((await input(page, '家人的姓名').inputValue()) === '王德福', 'the typed name is kept')
  await shot('consent-missing')
  await visible(page.getByRole('switch', { name: '已征得家人同意' })).click()
  const chooser = page.waitForEvent('filechooser')
  await visible(page.getByTestId('photo-add')).click()
  await (await chooser).setFiles({ name: 'weituo.png', mimeType: 'image/png', buffer: PNG })
  await visible(page.getByTestId('picked-photo')).waitFor()
  await shot('form-filled')
  await tap(page, '提交预约')

  // 4. The voucher: QR, the short code, number, time and place.
  await visible(page.getByTestId('voucher')).waitFor()
  const proxy = (await bookings(page)).filter((b) => b.bookerId === 'demo-resident' && b.serviceId === 'sv-yb' && b.status === 'booked').pop()
  assert(proxy, 'the server stored the 代办')
  assert(proxy.mode === 'proxy' && proxy.family?.name === '王德福' && proxy.family.relation === '父亲', `for her father, got ${JSON.stringify(proxy.family)}`)
  assert(proxy.consentAt && /^ph_/.test(proxy.authorization ?? ''), 'consent time and the 委托书 photo are recorded')
  const qr = visible(page.getByTestId('qr-code').locator('img'))
  assert((await qr.getAttribute('src')).startsWith('data:image/gif;base64,'), 'the QR is drawn')
  const shown = (await visible(page.getByTestId('short-code')).innerText()).replace(/\s/g, '')
  assert(shown === proxy.code, `the short code ${shown} is the server's ${proxy.code}`)
  await see(page, `预约号：${proxy.id}`)
  await shot('voucher')
  log(`booked ${proxy.id} on ${proxy.date} 09:00 (code ${proxy.code})`)

  // 5. 李建国 takes both seats of that day's 11:00 at the same station (two services).
  await loginAs(page, 'demo-resident-2')
  for (const sv of ['sv-yb', 'sv-sbk']) {
    await pickSlot(page, sv, { mode: '帮办', place: XPL, date: proxy.date, hour: '11:00 余' })
    await tap(page, '提交预约')
    await visible(page.getByTestId('voucher')).waitFor()
  }
  const his = (await bookings(page)).filter((b) => b.bookerId === 'demo-resident-2' && b.date === proxy.date && b.hour === 11 && b.status === 'booked')
  assert(his.length === 2, `李建国 holds both seats, got ${his.length}`)

  // 6. 王秀英 finds 11:00 full: 约满 · 可候补, and the form offers 排队候补.
  await loginAs(page, 'demo-resident')
  await pickSlot(page, 'sv-jzz', { mode: '帮办', place: XPL, date: proxy.date, hour: '11:00 约满' })
  await see(page, '这个时段已约满，可以排队候补：有人取消时按顺序自动递补，并发消息通知您')
  await shot('slot-full')
  await tap(page, '排队候补')
  await visible(page.getByTestId('status-line').filter({ hasText: '候补第1位' })).waitFor()
  await see(page, '候补中')
  await shot('waitlisted')
  const waiting = (await bookings(page)).find((b) => b.bookerId === 'demo-resident' && b.serviceId === 'sv-jzz' && b.date === proxy.date)
  assert(waiting?.status === 'waitlisted', `waitlisted, got ${waiting?.status}`)

  // 7. 李建国 cancels one from 办事 → 我的预约: the seat goes to 王秀英.
  await loginAs(page, 'demo-resident-2')
  await page.goto('/#/pages/tasks/index')
  await see(page, '我的预约（居民）')
  await visible(page.getByTestId('work-item').filter({ hasText: his[0].id })).click()
  await tap(page, '取消预约')
  await see(page, '确定取消这个预约吗？')
  await shot('cancel-confirm')
  await tap(page, '确认取消预约')
  await see(page, '这个预约已取消。')
  const promoted = (await bookings(page)).find((b) => b.id === waiting.id)
  assert(promoted.status === 'booked', `promoted, got ${promoted.status}`)

  // 8. 王秀英 is told in 消息, and the booking now has its voucher.
  await loginAs(page, 'demo-resident')
  await page.goto('/#/pages/inbox/index')
  await see(page, '候补成功')
  await shot('inbox-promoted')
  await page.goto(`/#/packages/booking/detail/index?id=${waiting.id}`)
  await visible(page.getByTestId('voucher')).waitFor()

  // 9. The 代办's page is open; by the time she confirms it is 08:30 on the day: refused, with
  //    the station's phone to call instead.
  await page.goto(`/#/packages/booking/detail/index?id=${proxy.id}`)
  await tap(page, '取消预约')
  await setClock(page, Date.parse(proxy.start) - 1.5 * HOUR)
  await tap(page, '确认取消预约')
  await see(page, '距预约开始已不足2小时，不能在线取消。')
  const call = visible(page.getByTestId('call-place'))
  assert(/^tel:0731-\d+$/.test(await call.getAttribute('href')), '致电服务点 is a tel: link')
  await shot('cancel-refused')
  assert((await bookings(page)).find((b) => b.id === proxy.id).status === 'booked', 'the booking stays')
}
