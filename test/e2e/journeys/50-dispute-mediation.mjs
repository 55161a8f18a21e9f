// 解忧小屋 from guide to rating: 王秀英 reads the 邻里漏水 guide and files with a photo; 罗桂兰
// (调解员, 西牌楼) accepts and invites; 李建国 (the flat above) opens the invitation and agrees; a
// weekend session with the on-duty lawyer is scheduled and recorded; the agreement is drafted,
// 王秀英 asks for a change, it is revised, both confirm and it is sealed; the repair is recorded
// as carried out, the case closes and 王秀英 rates it.
import { PNG, assert, input, loginAs, onFirstScreen, see, serverDb, textarea, visible, waitForMock, button, setClock } from '../lib.mjs'

export const name = '解忧小屋: guide → filing with a photo → accept, invite → the other party agrees → weekend session with the lawyer → agreement, a change asked, both confirm, sealed → carried out, closed, rated'

const STATION = '西牌楼社区解忧小屋'

const stored = async (page, id) => (await serverDb(page)).disputes.find((d) => d.id === id)
const openCase = (page, id) => page.goto(`/#/packages/dispute/case/index?id=${id}`)
const openDetail = (page, id) => page.goto(`/#/packages/dispute/detail/index?id=${id}`)

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)

  // 1. 王秀英 reads the guide for 邻里漏水, then files.
  await loginAs(page, 'demo-resident')
  await page.goto('/#/packages/dispute/index/index')
  await see(page, '申请调解')
  await shot('home')
  await visible(page.getByTestId('dispute-guide-row').filter({ hasText: '邻里漏水' })).click()
  await see(page, '民法典')
  await shot('guide')
  await button(page, '申请调解').click()
  await textarea(page, '什么时候、在哪里、发生了什么，和对方沟通过没有').fill('上个月开始楼上 1202 卫生间一直往我家天花板渗水，墙皮已经泡掉一大块，找过楼上两次还没修。')
  await textarea(page, '如：请楼上修好水管，赔偿天花板的修补费用').fill('请楼上修好防水，赔偿天花板修补费用')
  const chooser = page.waitForEvent('filechooser')
  await visible(page.getByTestId('photo-add')).click()
  await (await chooser).setFiles({ name: 'ceiling.png', mimeType: 'image/png', buffer: PNG })
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="picked-photo"]').length >= 1, null, { timeout: 30_000 })
  await input(page, '如：楼上 1202').fill('楼上 1202')
  await visible(page.getByRole('radio', { name: new RegExp(`^${STATION}`) })).click()
  await visible(page.getByRole('switch', { name: '我已阅读并同意人民调解须知' })).click()
  await shot('filing')
  await button(page, '提交调解申请').click()
  await see(page, '待受理')
  const filed = (await serverDb(page)).disputes.filter((d) => d.applicantId === 'demo-resident').pop()
  assert(filed && filed.type === 'leak' && filed.stationId === 'js-xpl' && filed.photos.length === 1, 'the server stored the case with its photo')
  log(`filed ${filed.id}`)

  // 2. 罗桂兰 finds it first on her desk, accepts and invites.
  await loginAs(page, 'demo-mediator')
  await page.goto('/#/packages/dispute/desk/index')
  await visible(page.getByText('上个月开始楼上 1202', { exact: false })).waitFor()
  await shot('desk')
  await openCase(page, filed.id)
  await button(page, '受理').click()
  await button(page, '邀请对方').click()
  // shown in two halves for reading out: the code itself has no space
  const code = (await visible(page.getByTestId('invite-code')).textContent()).replace(/\s/g, '')
  assert((await stored(page, filed.id)).invitation.code === code.trim(), 'the invitation is stored')
  await shot('invite')

  // 3. 李建国 (楼上) opens it: no phone of hers, and agrees.
  await loginAs(page, 'demo-resident-2')
  await page.goto(`/#/packages/dispute/invitation/index?code=${code.trim()}`)
  await see(page, '同意调解')
  const summary = await page.locator('.page').filter({ visible: true }).first().textContent()
  assert(!summary.includes('13807311234') && !summary.includes('王秀英'), 'the other party sees neither her phone nor her full name')
  await shot('invitation')
  await button(page, '同意调解').click()
  await see(page, '查看这件调解')
  assert((await stored(page, filed.id)).status === 'mediating', 'the case is being mediated')

  // 4. A weekend day with the lawyer on duty: 罗桂兰 schedules a session with her.
  const station = (await serverDb(page)).disputeStations.find((s) => s.id === 'js-xpl')
  const day = station.roster.find((r) => r.lawyer)
  assert(day, 'the roster has a weekend day with a lawyer')
  await loginAs(page, 'demo-mediator')
  await openCase(page, filed.id)
  await visible(page.getByLabel('调解日期')).fill(day.date)
  await visible(page.getByLabel('调解时间')).fill('10:00')
  await input(page, '如：解忧小屋调解室').fill('西牌楼社区解忧小屋调解室')
  await visible(page.getByRole('switch', { name: '请坐堂律师参加' })).click()
  await shot('schedule')
  await button(page, '安排调解').click()
  await visible(page.getByTestId('session')).waitFor()
  const session = (await stored(page, filed.id)).sessions[0]
  assert(session && session.lawyer && session.lawyer.name === day.lawyer.name, 'the session has the lawyer on duty')

  // 5. After the session: the minutes; then the agreement.
  await setClock(page, Date.parse(session.at) + 90 * 60e3)
  await openCase(page, filed.id)
  await visible(page.getByTestId('session')).waitFor()
  await textarea(page, (await page.locator('[data-testid="session"] textarea').first().getAttribute('placeholder'))).fill('双方到场。李建国同意修复卫生间防水并承担天花板修补费用 1500 元。')
  await button(page, '保存记录').click()
  await see(page, '双方到场')
  await textarea(page, '如：2026年11月，1202室卫生间漏水致1102室天花板受损，双方就维修和赔偿协商').fill('1202 室卫生间防水层老化，渗水致 1102 室天花板受损，双方协商维修与赔偿。')
  const row = visible(page.getByTestId('obligation-row'))
  await row.getByRole('radio', { name: '对方当事人' }).click()
  await input(page, '如：赔偿天花板修复费用').fill('修复卫生间防水并赔偿天花板修补费用')
  await input(page, '不涉及金额可不填').fill('1200')
  const due = new Date(Date.parse(session.at) + 14 * 86400e3 + 8 * 3600e3).toISOString().slice(0, 10)
  await visible(row.getByLabel(/履行期限/)).fill(due)
  await input(page, '如：微信转账给申请人').fill('请施工队修复，费用微信转账给申请人')
  await shot('agreement-draft')
  await button(page, '提交协议，请双方确认').click()
  await visible(page.getByTestId('agreement')).waitFor()

  // 6. 王秀英 asks for a change: the amount was agreed as 1500.
  await loginAs(page, 'demo-resident')
  await openDetail(page, filed.id)
  await see(page, '确认协议')
  await shot('agreement-review')
  await textarea(page, '哪一条要改，想怎么改').fill('调解时说好的是 1500 元，协议写成了 1200 元')
  await button(page, '提出修改').click()
  await see(page, '1500 元')
  assert((await stored(page, filed.id)).agreement.changes.length === 1, 'the change request is stored')

  // 7. 罗桂兰 revises; both confirm; it is sealed.
  await loginAs(page, 'demo-mediator')
  await openCase(page, filed.id)
  await input(page, '不涉及金额可不填').fill('1500')
  await button(page, '提交修改，请双方确认').click()
  await visible(page.getByTestId('agreement').filter({ hasText: '第 2 版' })).waitFor()
  for (const who of ['demo-resident', 'demo-resident-2']) {
    await loginAs(page, who)
    await openDetail(page, filed.id)
    await button(page, '确认协议').click()
    await button(page, '我已看清，确认协议').click()
    const mine = who === 'demo-resident' ? '申请人：已确认' : '对方当事人：已确认'
    await visible(page.getByTestId('agreement-confirmations').filter({ hasText: mine })).waitFor()
  }
  const sealed = await stored(page, filed.id)
  assert(sealed.agreement.sealedAt && /^XY\d{4}/.test(sealed.agreement.no), `sealed with a number, got ${sealed.agreement.no}`)
  await see(page, sealed.agreement.no)
  await see(page, '司法确认')
  assert(await onFirstScreen(page, visible(page.getByText(sealed.agreement.no, { exact: false }))), 'the sealed number is on the first screen')
  await shot('sealed')

  // 8. The repair is done: 罗桂兰 records it, closes; 王秀英 rates.
  await loginAs(page, 'demo-mediator')
  await openCase(page, filed.id)
  const ob = visible(page.getByTestId('followup-obligation'))
  await ob.getByRole('radio', { name: '已履行' }).click()
  await button(page, '记录第 1 项回访').click()
  await see(page, '结案说明')
  await textarea(page, '如：协议各项已履行完毕，双方无异议').fill('防水已修复、赔偿已转账，双方无异议')
  await button(page, '结案').click()
  await see(page, '已结案')
  await loginAs(page, 'demo-resident')
  await openDetail(page, filed.id)
  await visible(page.getByRole('radio', { name: '满意', exact: true })).click()
  await button(page, '提交评价').click()
  await see(page, '我的评价')
  const closed = await stored(page, filed.id)
  assert(closed.status === 'closed' && closed.rating && closed.rating.rating === 'satisfied', `closed and rated, got ${closed.status}/${JSON.stringify(closed.rating)}`)
  await shot('closed')
  log(`${filed.id}: sealed ${sealed.agreement.no}, closed`)
}
