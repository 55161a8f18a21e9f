import Taro from '@tarojs/taro'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { withMockServer } from '../../../../test/utils/mock'
import { signInAs } from '../../../../test/utils/client'
import { qrDataUrl } from '@/components/ui/QrCode'
import { renderPage } from '../../../../test/utils/page'
import { bookingsApi } from '@/features/bookings'
import BookingDetailPage from '../detail/index'

// Tuesday 24 November 2026, 09:00 China time
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
// the seed is laid out around the clock's time when the db is reset: a test that moved the
// clock must not leave the next one a seed from another day
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const PAGE = '/packages/booking/detail/index'
/** Wednesday 10:00–11:00 at 西牌楼社区24小时服务站, for oneself. */
const book = () => bookingsApi.create({ serviceId: 'sv-yb', mode: 'assist', placeId: 'pl-xpl', date: '2026-11-25', hour: 10 }, `k-${Math.random()}`)
const stored = (id: string) => server.db.bookings.find((b) => b.id === id)!

async function open(id: string) {
  const view = await renderPage(<BookingDetailPage />, { path: PAGE, params: { id } })
  await screen.findByTestId('booking-head')
  return view
}

test('the voucher: QR of the signed token, the short code large, number, time, place with its phone, what to bring', async () => {
  await signInAs('demo-resident')
  const b = await book()
  await open(b.id)
  const voucher = screen.getByTestId('voucher')
  // Taro's image element draws its <img> a tick after it mounts (more under a busy machine)
  const qr = await waitFor(() => {
    const img = within(voucher).getByTestId('qr-code').querySelector('img')
    expect(img).not.toBeNull()
    return img as HTMLImageElement
  })
  // the QR drawn is the server's signed token, nothing else
  expect(qr.getAttribute('src')).toBe(qrDataUrl(b.voucher!.token))
  const code = stored(b.id).code
  expect(code).toMatch(/^\d{6}$/)
  expect(screen.getByTestId('short-code')).toHaveTextContent(`${code.slice(0, 3)} ${code.slice(3)}`)
  expect(within(voucher).getByText('11月25日 周三 10:00–11:00')).toBeInTheDocument()
  expect(within(voucher).getByText('西牌楼社区24小时服务站')).toBeInTheDocument()
  expect(screen.getByText(`预约号：${b.id}`)).toBeInTheDocument()
  expect(screen.getByText('已预约')).toBeInTheDocument()
  expect(screen.getByText('0731-85881200')).toBeInTheDocument()
  expect(screen.getByText('地址：天心区西牌楼街35号')).toBeInTheDocument()
  // what to bring, with the ticks of the service page
  expect(within(screen.getByTestId('material-checklist')).getAllByRole('checkbox')).toHaveLength(3)
  // no helper actions on the resident's page
  expect(screen.queryByText('去工作台办理')).not.toBeInTheDocument()
  expect(screen.queryByText(/签到$/)).not.toBeInTheDocument()
})

test('cancel asks first, then frees the seat: the server stores it cancelled', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const b = await book()
  await open(b.id)
  await user.click(screen.getByText('取消预约'))
  expect(screen.getByTestId('cancel-confirm')).toHaveTextContent('确定取消这个预约吗？')
  await user.click(screen.getByText('不取消'))
  expect(screen.queryByTestId('cancel-confirm')).not.toBeInTheDocument()
  expect(stored(b.id).status).toBe('booked')

  await user.click(screen.getByText('取消预约'))
  await user.click(screen.getByText('确认取消预约'))
  await waitFor(() => expect(screen.getByText('已取消')).toBeInTheDocument())
  expect(stored(b.id).status).toBe('cancelled')
  expect(screen.queryByTestId('voucher')).not.toBeInTheDocument()
  expect(screen.queryByText('取消预约')).not.toBeInTheDocument()
})

test('inside 2 hours a cancel is refused with the place’s phone; the booking stays', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const b = await book()
  await open(b.id)
  await user.click(screen.getByText('取消预约'))
  // the page was opened the day before; it is now 08:30 on the day, 1.5 hours before the slot
  server.control.clock.set(Date.parse('2026-11-25T08:30:00+08:00'))
  await user.click(screen.getByText('确认取消预约'))
  expect(await screen.findByText('距预约开始已不足2小时，不能在线取消。如不能前往，请致电西牌楼社区24小时服务站 0731-85881200说明')).toBeInTheDocument()
  expect(within(screen.getByTestId('cancel-confirm')).getByTestId('call-place')).toHaveTextContent('致电服务点 0731-85881200')
  // trying again cannot help: the confirm button is gone
  expect(screen.queryByText('确认取消预约')).not.toBeInTheDocument()
  expect(stored(b.id).status).toBe('booked')

  // opened now, the page says so without offering the cancel
  cleanup()
  await open(b.id)
  expect(screen.queryByText('取消预约')).not.toBeInTheDocument()
  expect(screen.getByText('距预约开始已不足2小时，不能在线取消。如不能前往，请致电服务点说明。')).toBeInTheDocument()
  expect(screen.getByTestId('call-place')).toHaveTextContent('0731-85881200')
})

test('a waitlisted booking shows its place in the queue and can leave it', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  // 太平街's first 09:00 is full with one waiting
  const b = await bookingsApi.create({ serviceId: 'sv-sbk', mode: 'assist', placeId: 'pl-tpj', date: '2026-11-25', hour: 9, waitlist: true }, 'k-wait')
  expect(b.status).toBe('waitlisted')
  await open(b.id)
  expect(screen.getByText('候补中')).toBeInTheDocument()
  expect(screen.getByTestId('status-line')).toHaveTextContent('候补第2位')
  expect(screen.queryByTestId('voucher')).not.toBeInTheDocument()
  await user.click(screen.getByText('退出候补'))
  await user.click(screen.getByText('确认退出候补'))
  await waitFor(() => expect(stored(b.id).status).toBe('cancelled'))
})

test('a 代办 shows its steps; after it is done the resident rates it', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const proxy = server.db.bookings.find((b) => b.bookerId === 'demo-resident' && b.mode === 'proxy' && b.status === 'in_progress')!
  await open(proxy.id)
  expect(screen.getByText('代办进度')).toBeInTheDocument()
  const steps = document.querySelectorAll('.ui-steps__item')
  expect(Array.from(steps).map((s) => s.getAttribute('data-state'))).toEqual(['done', 'done', 'current', 'waiting'])
  expect(screen.getByText(/提交部门：天心区民政局/)).toBeInTheDocument()

  cleanup()
  const done = server.db.bookings.find((b) => b.bookerId === 'demo-resident' && b.status === 'done' && !b.rating)!
  await open(done.id)
  expect(screen.getByText('请您评价')).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: '满意' }))
  await user.click(screen.getByText('提交评价'))
  await waitFor(() => expect(stored(done.id).rating).toBe('satisfied'))
  expect(screen.queryByText('请您评价')).not.toBeInTheDocument()
})

test('a helper of the place sees a link to the workbench and no resident actions', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  const tpj = server.db.bookings.find((b) => b.placeId === 'pl-tpj' && b.status === 'booked')!
  await signInAs('demo-helper')
  await open(tpj.id)
  expect(screen.queryByTestId('voucher')).not.toBeInTheDocument()
  expect(screen.queryByText('取消预约')).not.toBeInTheDocument()
  await user.click(screen.getByText('去工作台办理'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: `/packages/booking/desk/index?id=${tpj.id}` })
})
