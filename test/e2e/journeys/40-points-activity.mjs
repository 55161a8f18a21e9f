// 志愿积分, an activity from start to points: 唐文斌 (社区工作者) publishes one for the afternoon;
// 谢雨欣 signs up; at the start she checks in from a photo of the QR on his phone, a photo taken
// minutes earlier no longer works, and she checks out from a fresh one; he confirms her hours and
// her balance rises by them.
import { assert, input, loginAs, onFirstScreen, see, serverDb, tap, textarea, toWorkdayMorning, visible, waitForMock, setClock, clockNow } from '../lib.mjs'

export const name = '志愿积分: publish an activity; sign up; check in and out from photos of the rotating QR (a stale one refused); hours confirmed → balance rises'

const TITLE = '社区花园除草'

const activity = async (page) => (await serverDb(page)).activities.find((a) => a.title === TITLE)
const pad = (n) => String(n).padStart(2, '0')
/** 'YYYY-MM-DD' of an instant, China time */
const chinaDay = (t) => {
  const d = new Date(t + 8 * 3600e3)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** What the organiser's phone shows now: a photo of the QR, and its token as the server answers it. */
async function photoOfCode(page, id) {
  await loginAs(page, 'demo-organiser')
  await page.goto(`/#/packages/points/attendance/index?id=${id}`)
  const code = visible(page.getByTestId('checkin-code'))
  await code.waitFor()
  return visible(code.getByTestId('qr-code')).screenshot()
}

/** The volunteer taps 扫码签到/签退 and picks the photo. */
async function scanPhoto(page, id, label, photo) {
  await loginAs(page, 'demo-volunteer')
  await page.goto(`/#/packages/points/activity/index?id=${id}`)
  await see(page, label)
  await tap(page, label)
  const chooser = page.waitForEvent('filechooser')
  await tap(page, '从相册选择')
  await (await chooser).setFiles({ name: 'code.png', mimeType: 'image/png', buffer: photo })
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  await toWorkdayMorning(page)
  const day = chinaDay(await clockNow(page))

  // 1. 唐文斌 publishes 社区花园除草 for 14:00–16:00 today.
  await loginAs(page, 'demo-organiser')
  await page.goto('/#/packages/points/publish/index')
  await input(page, '如：重阳节敬老院陪伴').fill(TITLE)
  await visible(page.getByRole('radio', { name: '环境整治' })).click()
  await input(page, '如：西牌楼社区养老服务站').fill('西牌楼社区 2 栋花园')
  await visible(page.getByLabel('开始日期')).fill(day)
  await visible(page.getByLabel('开始时间')).fill('14:00')
  await visible(page.getByLabel('结束日期')).fill(day)
  await visible(page.getByLabel('结束时间')).fill('16:00')
  await input(page, '1～200 人').fill('6')
  await textarea(page, '如：手套、水杯（可不填）').fill('手套')
  await shot('publish')
  await tap(page, '发布活动')
  await visible(page.getByTestId('activity-head')).waitFor()
  const a = await activity(page)
  assert(a && a.capacity === 6 && a.pointsPerHour === 10 && a.bring === '手套', 'the server stored the activity')
  assert(Date.parse(a.start) === Date.parse(`${day}T14:00:00+08:00`), `starts at 14:00 China time, got ${a.start}`)
  log(`published ${a.id} for ${a.start}`)

  // 2. 谢雨欣 finds it on 志愿积分 and signs up.
  await loginAs(page, 'demo-volunteer')
  await page.goto('/#/packages/points/index/index')
  const row = visible(page.getByTestId('activity-row').filter({ hasText: TITLE }))
  await row.waitFor()
  await shot('volunteer-home')
  await row.click()
  await see(page, '报名参加')
  assert(await onFirstScreen(page, visible(page.getByText('报名参加', { exact: true }))), '报名参加 is on the first screen')
  await tap(page, '报名参加')
  await see(page, '已报名。开始前 15 分钟可以签到')
  assert((await activity(page)).participants.some((p) => p.userId === 'demo-volunteer' && p.status === 'signed'), 'the server stored the sign-up')

  // 3. At 13:50 his phone shows the code; a photo of it taken then is stale by 13:55.
  const start = Date.parse(a.start)
  await setClock(page, start - 10 * 60e3)
  const early = await photoOfCode(page, a.id)
  await shot('organiser-code')
  await setClock(page, start - 5 * 60e3)
  await scanPhoto(page, a.id, '扫码签到', early)
  await see(page, '签到码已过期')
  assert((await activity(page)).participants.find((p) => p.userId === 'demo-volunteer').status === 'signed', 'a stale code checks nobody in')

  // 4. A photo of the code as it is now checks her in.
  const fresh = await photoOfCode(page, a.id)
  await scanPhoto(page, a.id, '扫码签到', fresh)
  await see(page, '结束离开前请再扫一次码签退')
  assert((await activity(page)).participants.find((p) => p.userId === 'demo-volunteer').status === 'checked_in', 'the server checked her in')
  await shot('checked-in')

  // 5. At 15:58 she checks out from the code then.
  await setClock(page, start + 2 * 3600e3 - 2 * 60e3)
  const late = await photoOfCode(page, a.id)
  await scanPhoto(page, a.id, '扫码签退', late)
  await see(page, '等组织者确认时长后积分到账')
  const out = (await activity(page)).participants.find((p) => p.userId === 'demo-volunteer')
  assert(out.status === 'checked_out', 'the server checked her out')

  // 6. After the end he confirms the suggested hours: from the start (14:00, not her 13:55) to
  //    15:58 is 1 h 58 min, in whole half hours 1.5 h.
  const before = (await serverDb(page)).ledger.filter((e) => e.userId === 'demo-volunteer').reduce((s, e) => s + e.points, 0)
  await setClock(page, start + 2 * 3600e3 + 10 * 60e3)
  await loginAs(page, 'demo-organiser')
  await page.goto(`/#/packages/points/attendance/index?id=${a.id}`)
  const card = visible(page.getByTestId('participant').filter({ hasText: '谢雨欣' }))
  await card.waitFor()
  await shot('attendance')
  await card.getByText('确认时长', { exact: true }).click()
  await visible(page.getByTestId('participant').filter({ hasText: '已确认 1.5 小时' })).waitFor()
  const confirmed = (await activity(page)).participants.find((p) => p.userId === 'demo-volunteer')
  assert(confirmed.status === 'confirmed' && confirmed.hours === 1.5, `1.5 hours confirmed, got ${confirmed.status}/${confirmed.hours}`)
  const after = (await serverDb(page)).ledger.filter((e) => e.userId === 'demo-volunteer').reduce((s, e) => s + e.points, 0)
  assert(after === before + 15, `the ledger rose by 15, ${before} → ${after}`)

  // 7. Her balance shows it.
  await loginAs(page, 'demo-volunteer')
  await page.goto('/#/packages/points/index/index')
  await visible(page.getByTestId('points-available').filter({ hasText: String(after) })).waitFor()
  assert(await onFirstScreen(page, visible(page.getByTestId('points-card'))), 'the balance is on the first screen')
  await shot('balance')
  log(`balance ${before} → ${after}`)
}
