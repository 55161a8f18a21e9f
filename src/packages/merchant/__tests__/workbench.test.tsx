// 合伙商企: the merchant verifies a volunteer's code at the counter (typed or scanned), confirms it,
// and keeps the shop's offers (stock, pause); refusals are the server's words; what the server
// stored is checked.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createClock } from '@mock/server'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { pointsApi } from '@/features/points/api'
import { scanQr } from '@/services/device/qr'
import { STOCK_PLACEHOLDER } from '@/features/points/components/merchant/OfferCard'
import { VERIFY_CODE_PLACEHOLDER as CODE } from '@/features/points/components/merchant/VerifyPanel'
import MerchantPage from '../index/index'
import MerchantVerifyPage from '../verify/index'

jest.mock('@/services/device/qr', () => ({ ...jest.requireActual('@/services/device/qr'), scanQr: jest.fn() }))
const scan = scanQr as jest.MockedFunction<typeof scanQr>

// Tuesday 24 November 2026, 10:00 China time
const START = Date.parse('2026-11-24T10:00:00+08:00')
const { server, msw } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
  scan.mockReset()
})

const VERIFY = '/packages/merchant/verify/index'
const BENCH = '/packages/merchant/index/index'
const redemption = (id: string) => server.db.redemptions.find((r) => r.id === id)!
const offer = (id: string) => server.db.offers.find((o) => o.id === id)!
const ledgerOf = (userId: string) => server.db.ledger.filter((e) => e.userId === userId)

/** 谢雨欣 (25 points from the seed) is given enough for a haircut, then asks for a code. */
async function volunteerRedeems(offerId = 'of-barber-1') {
  server.db.ledger.push({ id: `LE-test-${Math.random()}`, userId: 'demo-volunteer', kind: 'earned', at: new Date(START).toISOString(), points: 300, hold: 0, reason: '测试用积分', year: 2026 })
  await signInAs('demo-volunteer')
  const r = await pointsApi.redeem({ offerId }, `k-${Math.random()}`)
  expect(r.code).toMatch(/^\d{6}$/)
  return r
}

async function openVerify() {
  await signInAs('demo-merchant')
  const view = await renderPage(<MerchantVerifyPage />, { path: VERIFY })
  await screen.findByText('扫码核销')
  return view
}

const codeError = () => fieldError(document.querySelector(`input[placeholder="${CODE}"]`)!)

async function typeCode(user: ReturnType<typeof userEvent.setup>, code: string) {
  const input = await native(CODE)
  await user.clear(input)
  await user.type(input, code)
  await user.click(screen.getByText('查询兑换码'))
}

test('a wrong code is refused at the field; the right one shows the masked volunteer; 确认兑换 deducts points and stock', async () => {
  const user = userEvent.setup()
  const r = await volunteerRedeems()
  const stockBefore = offer('of-barber-1').stock
  await openVerify()

  await typeCode(user, '12345')
  expect(fieldError(await native(CODE))).toBe('请输入 6 位数字兑换码')
  const wrong = r.code === '000000' ? '000001' : '000000'
  await typeCode(user, wrong)
  await waitFor(() => expect(codeError()).toBe('本店没有这个兑换码，请核对后重试'))
  // what was typed stays
  expect((await native(CODE)).value).toBe(wrong)
  expect(redemption(r.id).status).toBe('pending')

  await typeCode(user, r.code!)
  const found = await screen.findByTestId('verify-found')
  expect(within(found).getByText('理发一次')).toBeInTheDocument()
  expect(within(found).getByText('100 积分')).toBeInTheDocument()
  expect(within(found).getByText('志愿者：谢*欣')).toBeInTheDocument()
  expect(within(found).getByText(/前有效$/)).toBeInTheDocument()
  expect(found.textContent).not.toContain('谢雨欣')

  await user.click(within(found).getByText('确认兑换'))
  const done = await screen.findByTestId('verify-done')
  expect(within(done).getByText('已兑换')).toBeInTheDocument()
  expect(within(done).getByText(/^兑换时间：\d\d:\d\d$/)).toBeInTheDocument()
  expect(redemption(r.id).status).toBe('redeemed')
  expect(offer('of-barber-1').stock).toBe(stockBefore - 1)
  expect(ledgerOf('demo-volunteer').some((e) => e.kind === 'redeemed' && e.redemptionId === r.id && e.points === -100)).toBe(true)

  // the same code again
  await user.click(within(done).getByText('核销下一张'))
  await typeCode(user, r.code!)
  await waitFor(() => expect(codeError()).toBe('这个兑换码已使用过'))
  expect(ledgerOf('demo-volunteer').filter((e) => e.kind === 'redeemed')).toHaveLength(1)
})

test('a code after its 10 minutes is refused and its points are released', async () => {
  const user = userEvent.setup()
  const r = await volunteerRedeems('of-barber-2')
  const stock = offer('of-barber-2').stock
  server.control.clock.advance(10 * 60 * 1000 + 1000)
  await openVerify()
  await typeCode(user, r.code!)
  await waitFor(() => expect(codeError()).toBe('这个兑换码已过期，请让志愿者重新兑换'))
  expect(redemption(r.id).status).toBe('expired')
  expect(ledgerOf('demo-volunteer').some((e) => e.kind === 'released' && e.redemptionId === r.id && e.hold === -50)).toBe(true)
  expect(offer('of-barber-2').stock).toBe(stock)
  expect(screen.queryByTestId('verify-found')).toBeNull()
})

test('another shop’s code is refused, typed or scanned', async () => {
  const user = userEvent.setup()
  const r = await volunteerRedeems('of-breakfast-2')
  await openVerify()
  await typeCode(user, r.code!)
  await waitFor(() => expect(codeError()).toBe('本店没有这个兑换码，请核对后重试'))

  scan.mockResolvedValue({ ok: true, text: r.token! })
  await user.click(screen.getByText('扫码核销'))
  expect(await screen.findByText('这是刘记米粉早餐店的兑换码，不能在本店核销')).toBeInTheDocument()
  expect(redemption(r.id).status).toBe('pending')
  expect(screen.queryByTestId('verify-found')).toBeNull()
})

test('a scanned code of this shop opens it for confirmation', async () => {
  const user = userEvent.setup()
  const r = await volunteerRedeems('of-barber-2')
  await openVerify()
  scan.mockResolvedValue({ ok: true, text: r.token! })
  await user.click(screen.getByText('扫码核销'))
  const found = await screen.findByTestId('verify-found')
  expect(within(found).getByText('老人修面')).toBeInTheDocument()
  await user.click(within(found).getByText('确认兑换'))
  await screen.findByTestId('verify-done')
  expect(redemption(r.id).status).toBe('redeemed')
})

test('told to wait (429): the message counts down at the field, the code stays, then it goes through', async () => {
  const user = userEvent.setup()
  const r = await volunteerRedeems()
  msw.use(
    http.post('*/api/v1/points/redemptions/verify', () => HttpResponse.json({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' }, { status: 429, headers: { 'Retry-After': '2' } }), {
      once: true,
    }),
  )
  await openVerify()
  await typeCode(user, r.code!)
  await waitFor(() => expect(codeError()).toBe('操作太频繁，请 2 秒后再试'))
  expect((await native(CODE)).value).toBe(r.code)
  expect(screen.getByText('查询兑换码').closest('.ui-btn--inert')).toBeTruthy()
  await waitFor(() => expect(codeError()).toBe(''), { timeout: 3000 })
  await user.click(screen.getByText('查询兑换码'))
  expect(await screen.findByTestId('verify-found')).toBeInTheDocument()
}, 10000)

async function openBench() {
  await signInAs('demo-merchant')
  const view = await renderPage(<MerchantPage />, { path: BENCH })
  await screen.findByText('老杨理发店')
  return view
}

const card = (id: string) => screen.getAllByTestId('merchant-offer').find((el) => el.getAttribute('data-offer') === id)!

test('stock: a bad number is refused at the field, a good one is stored; an offer can be paused and resumed', async () => {
  const user = userEvent.setup()
  await openBench()
  const c = card('of-barber-1')
  const input = await waitFor(() => {
    const el = c.querySelector<HTMLInputElement>(`input[placeholder="${STOCK_PLACEHOLDER}"]`)
    if (!el) throw new Error('no stock input')
    return el
  })
  await user.type(input, '10000')
  await user.click(within(c).getByText('保存库存'))
  await waitFor(() => expect(fieldError(input)).toBe('库存最多 9999'))
  expect(offer('of-barber-1').stock).toBe(20)

  await user.clear(input)
  await user.type(input, '15')
  await user.click(within(c).getByText('保存库存'))
  await waitFor(() => expect(offer('of-barber-1').stock).toBe(15))
  expect(await within(card('of-barber-1')).findByText('可兑库存：15 件')).toBeInTheDocument()
  expect(fieldError(input)).toBe('')

  await user.click(within(card('of-barber-1')).getByText('暂停兑换'))
  await waitFor(() => expect(offer('of-barber-1').paused).toBe(true))
  expect(await within(card('of-barber-1')).findByText('已暂停兑换')).toBeInTheDocument()
  await user.click(within(card('of-barber-1')).getByText('恢复兑换'))
  await waitFor(() => expect(offer('of-barber-1').paused).toBe(false))
})

test('stock with a code not yet used: the card says what the code reserves; a new count is said as typed, also below the codes out', async () => {
  const user = userEvent.setup()
  await volunteerRedeems('of-barber-1')
  await openBench()
  expect(await within(card('of-barber-1')).findByText('可兑库存：19 件')).toBeInTheDocument()
  expect(within(card('of-barber-1')).getByText('另有 1 个兑换码还没使用，已为它们预留')).toBeInTheDocument()
  const input = card('of-barber-1').querySelector<HTMLInputElement>(`input[placeholder="${STOCK_PLACEHOLDER}"]`)!
  await user.type(input, '10')
  await user.click(within(card('of-barber-1')).getByText('保存库存'))
  await waitFor(() => expect(offer('of-barber-1').stock).toBe(10))
  expect(await within(card('of-barber-1')).findByText('库存已改为 10 件')).toBeInTheDocument()
  expect(within(card('of-barber-1')).getByText('可兑库存：9 件')).toBeInTheDocument()
  // set to nothing while a code is out: the code still holds its item, and the card says so
  await user.clear(input)
  await user.type(input, '0')
  await user.click(within(card('of-barber-1')).getByText('保存库存'))
  expect(await within(card('of-barber-1')).findByText('库存已改为 0 件')).toBeInTheDocument()
  expect(within(card('of-barber-1')).getByText('可兑库存：0 件')).toBeInTheDocument()
  expect(within(card('of-barber-1')).getByText('另有 1 个兑换码还没使用，已为它们预留')).toBeInTheDocument()
})

/** A 1×1 PNG, chosen through H5's file input. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (ch) => ch.charCodeAt(0))

test('更换照片: one photo, uploaded and stored on the offer, then shown', async () => {
  const user = userEvent.setup()
  await openBench()
  const before = offer('of-barber-1').photo
  await user.click(within(card('of-barber-1')).getByText('更换照片'))
  await user.click(within(card('of-barber-1')).getByText('添加照片'))
  const input = card('of-barber-1').querySelector('input[type=file]') ?? document.querySelector('input[type=file]')
  Object.defineProperty(input, 'files', { value: [new File([PNG], 'haircut.png', { type: 'image/png' })] })
  fireEvent.change(input!)
  await waitFor(() => expect(offer('of-barber-1').photo).not.toBe(before))
  expect(offer('of-barber-1').photo).toMatch(/^ph_/)
  expect(await within(card('of-barber-1')).findByText('照片已更换')).toBeInTheDocument()
  expect(within(card('of-barber-1')).getAllByTestId('photo-thumb')).toHaveLength(1)
})

test('today’s totals and list show a redemption, with the volunteer masked; the month is counted', async () => {
  const r = await volunteerRedeems()
  await signInAs('demo-merchant')
  const seen = await pointsApi.verify({ code: r.code! }, 'k-verify')
  await pointsApi.confirmRedemption(seen.id, 'k-confirm')
  await openBench()
  const today = screen.getByTestId('merchant-today')
  expect(within(today).getByText('1')).toBeInTheDocument()
  expect(within(today).getByText('100')).toBeInTheDocument()
  const items = screen.getAllByTestId('merchant-today-item')
  expect(items).toHaveLength(1)
  expect(items[0].textContent).toContain('理发一次')
  expect(items[0].textContent).toContain('谢*欣')
  expect(items[0].textContent).toContain('100 分')
  expect(screen.getAllByTestId('merchant-month')[0].textContent).toContain('1 笔 · 100 分')
  expect(screen.getByText('核销兑换码')).toBeInTheDocument()
})

test('a person who is not a merchant is told what the page is for and sees no shop data', async () => {
  await signInAs('demo-volunteer')
  await renderPage(<MerchantPage />, { path: BENCH })
  expect(await screen.findByText('这是合伙商企的工作台')).toBeInTheDocument()
  expect(screen.getByText(/志愿积分/)).toBeInTheDocument()
  expect(screen.queryByText('老杨理发店')).toBeNull()
  expect(screen.queryByText('核销兑换码')).toBeNull()
})

test('the verify page, for a non-merchant, says the same and offers no code field', async () => {
  await signInAs('demo-resident')
  await renderPage(<MerchantVerifyPage />, { path: VERIFY })
  expect(await screen.findByText('这是合伙商企的工作台')).toBeInTheDocument()
  expect(document.querySelector(`input[placeholder="${CODE}"]`)).toBeNull()
})
