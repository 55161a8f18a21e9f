import Taro from '@tarojs/taro'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { createSession } from '@mock/server/auth'
import { useSession } from '@/stores/session'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, recordRequests, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { BOOKING_PLACEHOLDERS as P, bookingFormId, bookingsApi } from '@/features/bookings'
import { draftId, useDraftStore } from '@/stores/drafts'
import { ApiError } from '@/services/http'
import NewBookingPage from '../new/index'

// Tuesday 24 November 2026, 09:00 China time: Wednesday the 25th is the first bookable day
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server, msw } = withMockServer({ clock: createClock(START) })
const seen = recordRequests(msw)
beforeEach(() => {
  seen.length = 0
})
// the seed is laid out around the clock's time when the db is reset: a test that moved the
// clock must not leave the next one a seed from another day
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const PAGE = '/packages/booking/new/index'
const posts = () => seen.filter((r) => r.method === 'POST' && r.path === '/bookings')
const mine = () => server.db.bookings.filter((b) => b.bookerId === 'demo-resident')

async function openForm(serviceId: string) {
  const view = await renderPage(<NewBookingPage />, { path: PAGE, params: { serviceId } })
  await screen.findByText('提交预约')
  return view
}

/** A chip (role=radio) whose name starts with `label` (a chip's name also holds its hint). */
const chip = (label: string) => screen.getByRole('radio', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) })
const findChip = (label: string) => screen.findByRole('radio', { name: new RegExp(`^${label}`) })

async function pick(user: ReturnType<typeof userEvent.setup>, v: { mode: string; place: string; day?: string; hour?: string }) {
  await user.click(chip(v.mode))
  await user.click(await findChip(v.place))
  await user.click(await findChip(v.day ?? '11月25日 周三'))
  await user.click(await findChip(v.hour ?? '10:00 余'))
}

/** A 1×1 PNG, chosen through H5's file input. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))
async function addPhoto(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText('添加照片'))
  const input = document.querySelector('input[type=file]') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [new File([PNG], 'weituo.png', { type: 'image/png' })] })
  fireEvent.change(input)
  await waitFor(() => expect(screen.getAllByTestId('picked-photo')).toHaveLength(1))
}

test('booking for oneself: mode, place, day and slot; the voucher page replaces the form', async () => {
  const user = userEvent.setup()
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-resident')
  await openForm('sv-yb')
  // only the service's modes, each with what it means
  expect(screen.getAllByRole('radio', { name: /^(帮办|代办|上门)/ })).toHaveLength(3)
  await user.click(chip('帮办'))
  await user.click(await findChip('西牌楼社区24小时服务站'))
  // five working days from Wednesday; the weekend is listed as closed with its reason
  await findChip('11月25日 周三')
  for (const d of ['11月26日 周四', '11月27日 周五', '11月30日 周一', '12月1日 周二']) expect(chip(d)).toBeInTheDocument()
  expect(screen.getByTestId('closed-days')).toHaveTextContent('11月28日 周六（周末）')
  await user.click(chip('11月25日 周三'))
  expect(chip('09:00 余2')).toBeInTheDocument()
  expect(screen.getAllByRole('radio', { name: /^\d\d:00/ }).map((c) => c.textContent!.slice(0, 5))).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00', '17:00'])
  await user.click(chip('10:00 余2'))
  const before = mine().length
  await user.click(screen.getByText('提交预约'))

  await waitFor(() => expect(mine()).toHaveLength(before + 1))
  const b = mine().find((x) => x.serviceId === 'sv-yb' && x.date === '2026-11-25')!
  expect(b).toMatchObject({ mode: 'assist', placeId: 'pl-xpl', hour: 10, status: 'booked', family: null, servedId: 'demo-resident', consentAt: null })
  expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/booking/detail/index?id=${b.id}` })
  expect(posts()).toHaveLength(1)
  expect(posts()[0].key).toBeTruthy()
})

test('for a family member by 代办: consent and the 委托书 are asked at their fields, nothing typed is lost; then stored with the consent time', async () => {
  const user = userEvent.setup()
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-resident')
  await openForm('sv-sbk')
  await pick(user, { mode: '代办', place: '西牌楼社区24小时服务站' })
  await user.click(chip('家人'))
  await user.type(await native(P.familyName), '王德福')
  await user.type(await native(P.familyRelation), '父亲')
  await user.type(await native(P.familyPhone), '13907315678')
  await user.click(chip('70岁及以上'))
  await user.type(await native(P.needs), '耳背，请说话大声些')
  await user.click(screen.getByText('提交预约'))

  expect(fieldError(screen.getByRole('switch', { name: '已征得家人同意' }))).toBe('为家人预约，需先征得本人同意并勾选确认')
  expect(fieldError(screen.getByText('添加照片'))).toBe('为家人代办，请上传家人签字的委托书照片')
  expect(screen.getByText('请检查标红的内容')).toBeInTheDocument()
  expect(posts()).toHaveLength(0)
  expect(await native(P.familyName)).toHaveValue('王德福')
  expect(await native(P.needs)).toHaveValue('耳背，请说话大声些')
  expect(chip('10:00 余2')).toHaveAttribute('aria-checked', 'true')

  await user.click(screen.getByRole('switch', { name: '已征得家人同意' }))
  expect(fieldError(screen.getByRole('switch', { name: '已征得家人同意' }))).toBe('')
  // the schema checks the 委托书 once the family member's own fields pass
  await user.click(screen.getByText('提交预约'))
  expect(fieldError(screen.getByText('添加照片'))).toBe('为家人代办，请上传家人签字的委托书照片')
  expect(posts()).toHaveLength(0)
  await addPhoto(user)
  await user.click(screen.getByText('提交预约'))
  const fresh = () => mine().find((x) => x.serviceId === 'sv-sbk' && x.date === '2026-11-25')
  await waitFor(() => expect(fresh()).toBeDefined())
  const b = fresh()!
  expect(b).toMatchObject({
    mode: 'proxy',
    status: 'booked',
    family: { name: '王德福', relation: '父亲', phone: '13907315678' },
    ageGroup: '70plus',
    needs: '耳背，请说话大声些',
    consentAt: new Date(START).toISOString(),
    authorization: expect.stringMatching(/^ph_/),
  })
})

test('上门 for someone under 70 without a disability is refused at the mode; a disability makes it bookable', async () => {
  const user = userEvent.setup()
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-resident')
  await openForm('sv-lyz')
  await user.click(chip('上门'))
  expect(screen.getByText(/上门服务只为70岁以上或残疾的服务对象/)).toBeInTheDocument()
  // only the stations whose helpers visit homes
  expect(screen.queryByRole('radio', { name: /^天心区政务服务中心/ })).not.toBeInTheDocument()
  await user.click(await findChip('太平街社区24小时服务站'))
  await user.click(await findChip('11月25日 周三'))
  await user.click(await findChip('10:00 余1'))
  await user.type(await native(P.address), '太平街22号院3栋201')
  await user.click(chip('60–69岁'))
  await user.click(screen.getByText('提交预约'))
  expect(fieldError(chip('上门'))).toBe('上门服务仅限70岁以上或残疾的服务对象，请选择帮办或代办')
  expect(posts()).toHaveLength(0)
  expect(await native(P.address)).toHaveValue('太平街22号院3栋201')

  // the server says the same at the same field
  const err = (await bookingsApi
    .create({ serviceId: 'sv-lyz', mode: 'home', placeId: 'pl-tpj', date: '2026-11-25', hour: 10, address: '太平街22号院3栋201', ageGroup: '60to69' }, 'k-home-1')
    .catch((e) => e)) as ApiError
  expect(err.status).toBe(400)
  expect(err.fields).toMatchObject({ mode: '上门服务仅限70岁以上或残疾的服务对象，请选择帮办或代办' })

  await user.click(screen.getByRole('switch', { name: '否' }))
  expect(fieldError(chip('上门'))).toBe('')
  await user.click(screen.getByText('提交预约'))
  await waitFor(() => expect(mine().some((b) => b.serviceId === 'sv-lyz' && b.mode === 'home')).toBe(true))
  expect(mine().find((b) => b.mode === 'home' && b.serviceId === 'sv-lyz')).toMatchObject({ address: '太平街22号院3栋201', disabled: true, ageGroup: '60to69' })
})

test('a full slot offers the waitlist: chosen as full it says 排队候补; taken meanwhile, the 409 offers it', async () => {
  const user = userEvent.setup()
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-resident')
  await openForm('sv-sbk')
  // 太平街's first 09:00 is full in the seed, one person waiting
  await pick(user, { mode: '帮办', place: '太平街社区24小时服务站', hour: '09:00 约满 · 可候补' })
  expect(screen.getByText('排队候补')).toBeInTheDocument()
  await user.click(screen.getByText('排队候补'))
  await waitFor(() => expect(mine().find((b) => b.serviceId === 'sv-sbk' && b.date === '2026-11-25')).toMatchObject({ status: 'waitlisted', hour: 9 }))

  // another service, a slot with seats when the page loaded; the seats go before the submit
  cleanup()
  await openForm('sv-jzz')
  await pick(user, { mode: '帮办', place: '太平街社区24小时服务站', hour: '11:00 余2' })
  server.db.bookingPlaces.find((p) => p.id === 'pl-tpj')!.seats = 0
  await user.click(screen.getByText('提交预约'))
  expect(await screen.findByText('这个时段刚刚约满了')).toBeInTheDocument()
  expect(posts()).toHaveLength(2)
  expect(mine().some((b) => b.serviceId === 'sv-jzz' && b.date === '2026-11-25')).toBe(false)
  await user.click(screen.getAllByText('排队候补')[0])
  await waitFor(() => expect(mine().find((b) => b.serviceId === 'sv-jzz' && b.date === '2026-11-25')).toMatchObject({ status: 'waitlisted', hour: 11 }))
  // the waitlist went as a new submission
  expect(posts()).toHaveLength(3)
  expect(posts()[2].key).not.toBe(posts()[1].key)
})

test('the server’s refusals show where they belong, and keep what was typed: one service a day, a fourth upcoming booking', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  await bookingsApi.create({ serviceId: 'sv-jzz', mode: 'assist', placeId: 'pl-hall', date: '2026-11-25', hour: 9 }, 'k-up-0')
  await openForm('sv-jzz')
  await pick(user, { mode: '帮办', place: '西牌楼社区24小时服务站' })
  await user.type(await native(P.note), '带孩子一起去')
  await user.click(screen.getByText('提交预约'))
  expect(await screen.findByText('您11月25日已预约过「居住证」，同一事项每天只能预约一次')).toBeInTheDocument()
  expect(await native(P.note)).toHaveValue('带孩子一起去')

  // with the one above and the seeded one, a third upcoming booking; the fourth is refused
  await bookingsApi.create({ serviceId: 'sv-yb', mode: 'assist', placeId: 'pl-xpl', date: '2026-11-26', hour: 9 }, 'k-up-1')
  await user.click(chip('11月26日 周四'))
  await user.click(await findChip('10:00 余2'))
  await user.click(screen.getByText('提交预约'))
  expect(await screen.findByText('您已有3个待办的预约（含候补），办结或取消后才能再约')).toBeInTheDocument()
  expect(mine().filter((b) => b.serviceId === 'sv-jzz' && b.status === 'booked')).toHaveLength(1)
  expect(await native(P.note)).toHaveValue('带孩子一起去')
})

test('a paused resident is told on top of the form, and the server’s 403 says until when', async () => {
  const user = userEvent.setup()
  const tzh = server.db.users['res-tzh']
  act(() => useSession.getState().signIn(createSession(server.db, tzh, server.control.clock.now())))
  await openForm('sv-jzz')
  expect(await screen.findByText(/^您的预约已暂停至 /)).toBeInTheDocument()
  expect(screen.getByText('去申诉')).toBeInTheDocument()
  await pick(user, { mode: '帮办', place: '西牌楼社区24小时服务站' })
  await user.click(screen.getByText('提交预约'))
  expect(await screen.findByText(/^您近30天内爽约3次，预约已暂停至/)).toBeInTheDocument()
  expect(server.db.bookings.filter((b) => b.bookerId === 'res-tzh' && b.date === '2026-11-25')).toHaveLength(0)
})

test('a day kept in an old draft that can no longer be booked (a holiday, past the horizon): said at the date, from the form and from the server', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const kept = { mode: 'assist', placeId: 'pl-xpl', date: '2027-01-01', hour: 10, note: '上次没办完' }
  act(() => useDraftStore.getState().patch(draftId('demo-resident', bookingFormId('sv-jzz')), kept))
  await openForm('sv-jzz')
  const dateRow = () => document.querySelector('[data-field="date"]')!
  await waitFor(() => expect(dateRow().querySelector('.ui-field__error')).toHaveTextContent('您之前选的日期已不能预约，请重新选择'))
  await user.click(screen.getByText('提交预约'))
  await waitFor(() => expect(dateRow().querySelector('.ui-field__error')).toHaveTextContent('1月1日是'))
  expect(dateRow().querySelector('.ui-field__error')).toHaveTextContent('不办理预约，请选择工作日')
  expect(await native(P.note)).toHaveValue('上次没办完')

  act(() => useDraftStore.getState().patch(draftId('demo-resident', bookingFormId('sv-jzz')), { date: '2026-12-24' }))
  await user.click(screen.getByText('提交预约'))
  await waitFor(() => expect(dateRow().querySelector('.ui-field__error')).toHaveTextContent('最多可预约5个工作日内（至12月1日）'))
  expect(mine().some((b) => b.serviceId === 'sv-jzz' && b.status === 'booked')).toBe(false)
})
