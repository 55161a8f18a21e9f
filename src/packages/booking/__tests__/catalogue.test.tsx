import Taro from '@tarojs/taro'
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { createSession } from '@mock/server/auth'
import { useSession } from '@/stores/session'
import { withMockServer } from '../../../../test/utils/mock'
import { native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { SERVICE_SEARCH_PLACEHOLDER } from '@/features/bookings'
import { workbenchesFor } from '@/modules'
import BookingPage from '../index/index'
import ServicePage from '../service/index'

// Tuesday morning, China time: the next working days have slots
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
// the seed is laid out around the clock's time when the db is reset: a test that moved the
// clock must not leave the next one a seed from another day
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const names = () => screen.queryAllByTestId('service-item').map((el) => el.querySelector('.booking-service__name')?.textContent)

test('the catalogue: everyone browses it; search by name and 个人事项 / 企业事项 filter it; a row opens the service', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await renderPage(<BookingPage />, { path: '/packages/booking/index/index' })
  await waitFor(() => expect(names().length).toBe(server.db.bookingServices.length))
  expect(names()).toEqual(expect.arrayContaining(['医保参保', '社保卡补办', '企业开办', '新生儿落户']))
  // logged out: no bookings panel
  expect(screen.queryByText('我的预约')).not.toBeInTheDocument()

  await user.click(screen.getByRole('radio', { name: '企业事项' }))
  const business = server.db.bookingServices.filter((s) => s.kind === 'business').map((s) => s.name)
  await waitFor(() => expect(names().sort()).toEqual([...business].sort()))
  for (const row of screen.getAllByTestId('service-item')) expect(row).toHaveTextContent('企业事项')

  await user.click(screen.getByRole('radio', { name: '全部' }))
  await user.type(await native(SERVICE_SEARCH_PLACEHOLDER), '社保')
  await waitFor(() => expect(names()).toEqual(['社保卡补办']))
  expect(screen.getByTestId('service-item')).toHaveTextContent('帮办、代办、上门 · 约15分钟')

  await user.click(screen.getByText('社保卡补办'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/booking/service/index?id=sv-sbk' })

  await user.clear(await native(SERVICE_SEARCH_PLACEHOLDER))
  await user.type(await native(SERVICE_SEARCH_PLACEHOLDER), '驾照')
  expect(await screen.findByText('没有找到“驾照”相关的事项，换个词试试')).toBeInTheDocument()
})

test('a resident sees their next bookings on top, each opening its voucher', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await signInAs('demo-resident')
  await renderPage(<BookingPage />, { path: '/packages/booking/index/index' })
  const active = server.db.bookings.filter((b) => b.bookerId === 'demo-resident' && ['waitlisted', 'booked', 'checked_in', 'in_progress'].includes(b.status))
  expect(active.length).toBeGreaterThan(0)
  await waitFor(() => expect(screen.getAllByTestId('booking-row')).toHaveLength(Math.min(3, active.length)))
  const row = screen.getAllByTestId('booking-row')[0]
  expect(row).toHaveTextContent('为王德福预约')
  await user.click(within(row).getByText(/老年优待证|高龄津贴/))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: expect.stringMatching(/^\/packages\/booking\/detail\/index\?id=BK\d{12}$/) })
})

test('a paused resident sees until when and can appeal; the server stores the appeal', async () => {
  const user = userEvent.setup()
  const tzh = server.db.users['res-tzh']
  expect(tzh).toBeDefined()
  // 谭志海 (three no-shows, paused) is no demo account: a session straight from the mock's auth.
  // His seeded appeal is taken away so that the form is offered.
  server.db.bookingAppeals = server.db.bookingAppeals.filter((a) => a.userId !== 'res-tzh')
  const session = createSession(server.db, tzh, server.control.clock.now())
  act(() => useSession.getState().signIn(session))
  await renderPage(<BookingPage />, { path: '/packages/booking/index/index' })
  expect(await screen.findByText('预约已暂停')).toBeInTheDocument()
  expect(screen.getByText(/^暂停至 /)).toBeInTheDocument()
  await user.type(await native('如：当天突发疾病住院，无法前往'), '住院了')
  await user.click(screen.getByText('提交申诉'))
  expect(await screen.findByText('申诉理由至少5个字')).toBeInTheDocument()
  await user.type(await native('如：当天突发疾病住院，无法前往'), '，医院有证明')
  await user.click(screen.getByText('提交申诉'))
  await waitFor(() => expect(screen.getByText('申诉处理中')).toBeInTheDocument())
  expect(server.db.bookingAppeals.find((a) => a.userId === 'res-tzh')).toMatchObject({ status: 'pending', reason: '住院了，医院有证明' })
  expect(screen.queryByText('提交申诉')).not.toBeInTheDocument()
})

test('the service page: checklist ticks are kept on the device after the page is opened again', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await signInAs('demo-resident')
  await renderPage(<ServicePage />, { path: '/packages/booking/service/index', params: { id: 'sv-cjr' } })
  expect(await screen.findByText('首次申领、换领、迁移残疾人证，办理后续评残')).toBeInTheDocument()
  const boxes = () => screen.getAllByRole('checkbox')
  expect(boxes()).toHaveLength(4)
  expect(screen.getByTestId('material-count')).toHaveTextContent('已备好 0/4 项')
  expect(screen.getByText('近期二寸白底照片 · 原件 3份')).toBeInTheDocument()
  expect(screen.getByText('二级以上医院出具')).toBeInTheDocument()
  // modes with what they mean, places with phone and hours
  for (const m of ['帮办', '代办', '上门']) expect(screen.getAllByText(m).length).toBeGreaterThan(0)
  expect(screen.getByText('专员上门服务，限70岁以上或残疾的服务对象')).toBeInTheDocument()
  await waitFor(() => expect(screen.getAllByText(/^办公时间：周一至周五 09:00–12:00/).length).toBeGreaterThan(0))
  expect(screen.getByText('0731-85890001')).toBeInTheDocument()

  await user.click(boxes()[0])
  await user.click(boxes()[2])
  expect(boxes()[0]).toHaveAttribute('aria-checked', 'true')
  expect(screen.getByTestId('material-count')).toHaveTextContent('已备好 2/4 项')

  cleanup()
  await renderPage(<ServicePage />, { path: '/packages/booking/service/index', params: { id: 'sv-cjr' } })
  await screen.findByTestId('material-checklist')
  expect(boxes().map((b) => b.getAttribute('aria-checked'))).toEqual(['true', 'false', 'true', 'false'])
  expect(screen.getByTestId('material-count')).toHaveTextContent('已备好 2/4 项')

  await user.click(screen.getAllByText('预约办理')[0])
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/booking/new/index?serviceId=sv-cjr' })
})

test('办事 → 我的预约 lists the resident’s bookings with status, time and place', async () => {
  const me = await signInAs('demo-resident')
  const bench = workbenchesFor(me.user.roles, 'resident').find((b) => b.key === 'booking' && b.role === 'resident')!
  expect(bench.title).toBe('我的预约')
  const page = await bench.fetch!('active')
  expect(page.items.length).toBeGreaterThan(0)
  expect(page.items[0]).toMatchObject({ statusLabel: expect.any(String), link: expect.stringMatching(/^\/packages\/booking\/detail\/index\?id=BK/) })
  expect(page.items[0].summary).toMatch(/^\d+月\d+日 周[一二三四五六日] \d\d:00–\d\d:00$/)
  const all = await bench.fetch!('closed')
  expect(all.items.map((i) => i.statusLabel)).toContain('已取消')
})
