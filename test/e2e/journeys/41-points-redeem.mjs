// 积分兑换 at a partner merchant: 谢雨欣 redeems 洗头吹干 at 老杨理发店 and shows the code;
// 曾庆丰 (the shop) types it, sees the offer and her masked name, confirms: her balance and the
// stock fall. The same code again is refused. A second code left for 11 minutes expires: the shop
// is told, and her held points come back.
import { assert, input, loginAs, onFirstScreen, see, serverDb, tap, visible, waitForMock, advanceClock } from '../lib.mjs'

export const name = '积分兑换: redeem for a code; the merchant verifies it → balance and stock fall; a reused code refused; an expired code releases the hold'

const OFFER = '洗头吹干'
const CODE = '6位数字兑换码'

const mine = async (page) => {
  const d = await serverDb(page)
  const entries = d.ledger.filter((e) => e.userId === 'demo-volunteer')
  const balance = entries.reduce((s, e) => s + e.points, 0)
  const held = entries.reduce((s, e) => s + e.hold, 0)
  return { balance, held, available: balance - held, offer: d.offers.find((o) => o.title === OFFER), redemptions: d.redemptions }
}

/** The volunteer redeems the offer from 积分兑换 and lands on her code. */
async function redeem(page) {
  await loginAs(page, 'demo-volunteer')
  await page.goto('/#/packages/points/shop/index')
  const card = visible(page.getByTestId('offer').filter({ hasText: OFFER }))
  await card.waitFor()
  await card.getByText('兑换', { exact: true }).click()
  await card.getByText(/^确认兑换/).click()
  await visible(page.getByTestId('redeem-code')).waitFor()
  return (await mine(page)).redemptions.at(-1)
}

/** The merchant types a code on the verify page. */
async function typeCode(page, code) {
  await loginAs(page, 'demo-merchant')
  await page.goto('/#/packages/merchant/verify/index')
  await input(page, CODE).fill(code)
  await tap(page, '查询兑换码')
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  const start = await mine(page)
  assert(start.offer && start.available >= 2 * start.offer.points, `she has points for two (${start.available})`)

  // 1. She redeems: the code shows with its minutes left, the points are held.
  await loginAs(page, 'demo-volunteer')
  await page.goto('/#/packages/points/shop/index')
  await visible(page.getByTestId('offer').filter({ hasText: OFFER })).waitFor()
  await shot('shop')
  const r = await redeem(page)
  assert(r.status === 'pending' && r.merchantId === 'mc-barber', 'a pending code of 老杨理发店')
  await see(page, '剩余 ')
  assert(await onFirstScreen(page, visible(page.getByTestId('redeem-code'))), 'the code is on the first screen')
  await shot('code')
  const held = await mine(page)
  assert(held.held === start.held + r.points && held.balance === start.balance, 'points held, not yet spent')

  // 2. The shop types it, sees the offer and her masked name, confirms.
  await typeCode(page, r.code)
  const found = visible(page.getByTestId('verify-found'))
  await found.waitFor()
  assert((await found.textContent()).includes(OFFER), 'the offer is shown')
  assert(!(await found.textContent()).includes('谢雨欣'), 'her name is masked')
  await shot('verify-found')
  await tap(page, '确认兑换')
  await visible(page.getByTestId('verify-done')).waitFor()
  await shot('verify-done')
  const spent = await mine(page)
  assert(spent.balance === start.balance - r.points && spent.held === start.held, `balance fell by ${r.points}`)
  assert(spent.offer.stock === start.offer.stock - 1, 'stock fell by one')
  assert(spent.redemptions.find((x) => x.id === r.id).status === 'redeemed', 'the server stored it redeemed')

  // the shop's workbench counts it among today's
  await page.goto('/#/packages/merchant/index/index')
  await see(page, '核销兑换码')
  await visible(page.getByText(OFFER).first()).waitFor()
  await shot('workbench')

  // 3. The same code again is refused.
  await typeCode(page, r.code)
  await see(page, '这个兑换码已使用过')

  // 4. A second code, left for 11 minutes: the shop is told it expired; her hold is released.
  const r2 = await redeem(page)
  await advanceClock(page, 11 * 60e3)
  await typeCode(page, r2.code)
  await see(page, '这个兑换码已过期')
  await shot('expired')
  const after = await mine(page)
  assert(after.redemptions.find((x) => x.id === r2.id).status === 'expired', 'the code expired')
  assert(after.held === start.held && after.balance === spent.balance, 'the hold is released, nothing spent')
  await loginAs(page, 'demo-volunteer')
  await page.goto(`/#/packages/points/redemption/index?id=${r2.id}`)
  await see(page, '冻结的积分已退回可用积分')
  await shot('expired-volunteer')

  // 5. Her ledger tells each step with its reason; her certificate has her hours.
  await page.goto('/#/packages/points/ledger/index')
  await visible(page.getByTestId('ledger-entry').first()).waitFor()
  assert((await page.getByTestId('ledger-entry').filter({ visible: true }).count()) >= 5, 'earned, held, redeemed, held, released')
  await shot('ledger')
  await page.goto('/#/packages/points/certificate/index')
  await visible(page.getByTestId('certificate')).waitFor()
  await shot('certificate')
  log(`balance ${start.balance} → ${after.balance}; stock ${start.offer.stock} → ${after.offer.stock}`)
}
