// 帮代办工作台: the helper checks a resident in by short code, serves them (帮办 办结, 代办 steps),
// marks a no-show once the slot is over, and decides an appeal; what the server stored is checked.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { bookingsApi } from '@/features/bookings/api'
import BookingDeskPage from '../desk/index'

// Tuesday 24 November 2026, 09:00 China time
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const PAGE = '/packages/booking/desk/index'
const CODE = '6位数字短码'
const stored = (id: string) => server.db.bookings.find((b) => b.id === id)!

/** 王秀英 books 社保卡补办 (帮办) at 太平街, where 杨帆 works, Wednesday 10:00. */
async function residentBooks(hour = 10) {
  await signInAs('demo-resident')
  return bookingsApi.create({ serviceId: 'sv-sbk', mode: 'assist', placeId: 'pl-tpj', date: '2026-11-25', hour }, `k-${Math.random()}`)
}

async function openDesk(params: Record<string, string> = {}) {
  const view = await renderPage(<BookingDeskPage />, { path: PAGE, params })
  await screen.findByText('扫码签到')
  return view
}

test('a wrong short code is refused at the field; the right one checks in, then 办结 with a record', async () => {
  const user = userEvent.setup()
  const b = await residentBooks()
  const code = stored(b.id).code
  server.control.clock.set(Date.parse('2026-11-25T10:05:00+08:00'))
  await signInAs('demo-helper')
  await openDesk()

  await user.type(await native(CODE), '12345')
  await user.click(screen.getByText('按短码签到'))
  expect(fieldError(await native(CODE))).toBe('请输入6位数字短码')
  expect(stored(b.id).status).toBe('booked')

  await user.clear(await native(CODE))
  await user.type(await native(CODE), code)
  await user.click(screen.getByText('按短码签到'))
  const panel = await screen.findByTestId('serve-panel')
  await waitFor(() => expect(stored(b.id).status).toBe('checked_in'))
  expect(within(panel).getByText('已签到')).toBeInTheDocument()
  expect(within(panel).getByText(/服务对象：王秀英（本人）/)).toBeInTheDocument()
  // the helper who serves them sees the phone in full
  expect(within(panel).getByText('13807311234')).toBeInTheDocument()

  await user.click(within(panel).getByText('办结'))
  expect(fieldError(await native('如：已陪同在3号窗口办完参保登记'))).toBe('请填写办理记录')
  await user.type(await native('如：已陪同在3号窗口办完参保登记'), '已挂失旧卡并补领新卡')
  await user.click(within(panel).getByText('办结'))
  await waitFor(() => expect(stored(b.id).status).toBe('done'))
  expect(stored(b.id).record).toBe('已挂失旧卡并补领新卡')
  expect(await within(screen.getByTestId('serve-panel')).findByText('已办结')).toBeInTheDocument()
})

test('a voucher used twice, or of another day, gets the server’s answer and nothing changes', async () => {
  const user = userEvent.setup()
  const b = await residentBooks()
  const code = stored(b.id).code
  await signInAs('demo-helper')
  await openDesk()
  // Tuesday: the booking is for Wednesday
  await user.type(await native(CODE), code)
  await user.click(screen.getByText('按短码签到'))
  expect(await screen.findByText('这是11月25日 10:00的预约，不是今天的，请当天再来签到')).toBeInTheDocument()
  expect(stored(b.id).status).toBe('booked')
  // on the day it checks in; the same code again is refused
  server.control.clock.set(Date.parse('2026-11-25T10:05:00+08:00'))
  await user.click(screen.getByText('按短码签到'))
  await waitFor(() => expect(stored(b.id).status).toBe('checked_in'))
  await user.type(await native(CODE), code)
  await user.click(screen.getByText('按短码签到'))
  expect(await screen.findByText(/签到使用，不能重复使用/)).toBeInTheDocument()
  expect(stored(b.id).status).toBe('checked_in')
})

test('代办: the desk offers the next step only, and records it', async () => {
  const user = userEvent.setup()
  await signInAs('demo-helper')
  const proxy = server.db.bookings.find((x) => x.mode === 'proxy' && x.status === 'in_progress' && x.placeId === 'pl-tpj')!
  expect(proxy).toBeTruthy()
  await openDesk({ id: proxy.id })
  const panel = await screen.findByTestId('serve-panel')
  const before = proxy.steps.length
  const next = within(panel).getByText(/^记录：/)
  await user.click(next)
  await waitFor(() => expect(stored(proxy.id).steps.length).toBe(before + 1))
})

test('once the slot is over, a booking not checked in can be marked 爽约', async () => {
  const user = userEvent.setup()
  const b = await residentBooks()
  // Wednesday 11:10: the 10:00 slot ended, the automatic no-show is at 11:30
  server.control.clock.set(Date.parse('2026-11-25T11:10:00+08:00'))
  await signInAs('demo-helper')
  await openDesk({ id: b.id })
  const panel = await screen.findByTestId('serve-panel')
  await user.click(within(panel).getByText('记为爽约'))
  await waitFor(() => expect(stored(b.id).status).toBe('no_show'))
})

test('an appeal: the helper lifts the pause with a reply', async () => {
  const user = userEvent.setup()
  await signInAs('demo-helper')
  const appeal = server.db.bookingAppeals.find((a) => a.status === 'pending')
  expect(appeal).toBeTruthy()
  await openDesk({ tab: 'appeals' })
  const card = (await screen.findAllByTestId('desk-appeal')).find((el) => el.textContent!.includes('待处理'))!
  await user.click(within(card).getByText('提交处理结果'))
  expect(within(card).getByText('请选择解除或维持暂停')).toBeInTheDocument()
  await user.click(within(card).getByRole('radio', { name: '解除暂停' }))
  await user.type(within(card).getAllByPlaceholderText('如：已核实当天因病未到，解除暂停').find((el) => el.tagName === 'TEXTAREA')!, '情况属实，已恢复预约')
  await user.click(within(card).getByText('提交处理结果'))
  await waitFor(() => expect(server.db.bookingAppeals.find((a) => a.id === appeal!.id)!.status).toBe('lifted'))
})

test('a resident who opens the desk is told where to book instead', async () => {
  await signInAs('demo-resident')
  await renderPage(<BookingDeskPage />, { path: PAGE })
  expect(await screen.findByText('这里是帮代办专员的工作台。居民预约帮代办，请到首页 → 帮代办。')).toBeInTheDocument()
})
