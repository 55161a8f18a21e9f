// The organiser's pages of 志愿积分 through the real request path: publish (a refused field keeps
// everything typed), the rotating check-in code, hours (default, adjusted with a reason), absence,
// cancelling with a reason, and who may not see any of it.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { createClock } from '@mock/server'
import { currentCode } from '@mock/domains/points'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { pointsApi } from '@/features/points/api'
import { PUBLISH_PLACEHOLDERS } from '@/features/points/components/organiser/PublishForm'
import PointsAttendancePage from '../attendance/index'
import PointsPublishPage from '../publish/index'

// Tuesday 24 November 2026, 09:00 China time. The seed's 垃圾分类值守 is Thursday 07:00–09:00,
// with 谢雨欣 (demo-volunteer) signed up.
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

const at = (iso: string) => server.control.clock.set(Date.parse(iso))
const sorting = () => server.db.activities.find((a) => a.title === '小区垃圾分类桶边值守')!
const stored = (id: string) => server.db.activities.find((a) => a.id === id)!
const codeNow = (id: string) => currentCode(server.db, stored(id), server.control.clock.now().getTime())

async function openAttendance(id: string) {
  await renderPage(<PointsAttendancePage />, { path: '/packages/points/attendance/index', params: { id } })
}

/** The volunteer checks in or out with the code the organiser's phone shows now. */
async function check(userId: string, id: string, action: 'in' | 'out') {
  await signInAs(userId)
  await pointsApi.check({ action, activityId: id, shortCode: codeNow(id).shortCode }, `k-${Math.random()}`)
}

/** Taro's H5 Textarea puts its native element in a tick after mount: wait for it inside `root`. */
const textarea = (root: HTMLElement, placeholder: string) =>
  waitFor(() => {
    const el = root.querySelector<HTMLTextAreaElement>(`textarea[placeholder="${placeholder}"]`)
    if (!el) throw new Error(`no textarea ${placeholder}`)
    return el
  })

const card = (name: string) => screen.getAllByTestId('participant').find((el) => el.textContent!.includes(name))!

test('publish: a refused field says why at the field and keeps everything typed; then the server stores the activity', async () => {
  const user = userEvent.setup()
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-organiser')
  await renderPage(<PointsPublishPage />, { path: '/packages/points/publish/index' })

  await user.type(await native(PUBLISH_PLACEHOLDERS.title), '楼道小广告清理')
  await user.click(screen.getByRole('radio', { name: '环境整治' }))
  await user.type(await native(PUBLISH_PLACEHOLDERS.place), '西牌楼社区 5 栋')
  // a start already past: only the server knows the time, and answers at the field
  fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-11-24' } })
  fireEvent.change(screen.getByLabelText('开始时间'), { target: { value: '08:00' } })
  fireEvent.change(screen.getByLabelText('结束时间'), { target: { value: '10:00' } })
  await user.type(await native(PUBLISH_PLACEHOLDERS.capacity), '0')
  expect((await native(PUBLISH_PLACEHOLDERS.pointsPerHour)).value).toBe('10')

  await user.click(screen.getByText('发布活动'))
  expect(fieldError(await native(PUBLISH_PLACEHOLDERS.capacity))).toBe('至少招募 1 人')
  const before = server.db.activities.length

  await user.clear(await native(PUBLISH_PLACEHOLDERS.capacity))
  await user.type(await native(PUBLISH_PLACEHOLDERS.capacity), '6')
  await user.click(screen.getByText('发布活动'))
  expect(await screen.findByText('开始时间应晚于现在')).toBeInTheDocument()
  expect(fieldError(screen.getByLabelText('开始日期'))).toBe('开始时间应晚于现在')
  expect(server.db.activities.length).toBe(before)
  // nothing typed is lost
  expect((await native(PUBLISH_PLACEHOLDERS.title)).value).toBe('楼道小广告清理')
  expect((await native(PUBLISH_PLACEHOLDERS.place)).value).toBe('西牌楼社区 5 栋')
  expect((screen.getByLabelText('结束日期') as HTMLInputElement).value).toBe('2026-11-24')

  fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-11-28' } })
  fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-11-28' } })
  await user.click(screen.getByText('发布活动'))
  await waitFor(() => expect(server.db.activities.length).toBe(before + 1))
  const a = server.db.activities[server.db.activities.length - 1]
  expect(a).toMatchObject({ title: '楼道小广告清理', type: 'clean', place: '西牌楼社区 5 栋', capacity: 6, pointsPerHour: 10, organiserId: 'demo-organiser' })
  expect(a.start).toBe(new Date('2026-11-28T08:00:00+08:00').toISOString())
  expect(a.end).toBe(new Date('2026-11-28T10:00:00+08:00').toISOString())
  await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/points/attendance/index?id=${a.id}` }))
})

test('edit: the form starts from what the server has, and the server stores the change', async () => {
  const user = userEvent.setup()
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  const id = sorting().id
  await signInAs('demo-organiser')
  await renderPage(<PointsPublishPage />, { path: '/packages/points/publish/index', params: { id } })
  expect((await native(PUBLISH_PLACEHOLDERS.title)).value).toBe('小区垃圾分类桶边值守')
  expect((screen.getByLabelText('开始时间') as HTMLInputElement).value).toBe('07:00')
  expect((screen.getByLabelText('结束日期') as HTMLInputElement).value).toBe('2026-11-26')
  await user.clear(await native(PUBLISH_PLACEHOLDERS.capacity))
  await user.type(await native(PUBLISH_PLACEHOLDERS.capacity), '8')
  await user.click(screen.getByText('保存修改'))
  await waitFor(() => expect(stored(id).capacity).toBe(8))
  expect(stored(id).start).toBe(new Date('2026-11-26T07:00:00+08:00').toISOString())
  await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/points/attendance/index?id=${id}` }))
})

test('edit: once the activity has started the page says so and offers no form', async () => {
  const id = sorting().id
  at('2026-11-26T07:10:00+08:00')
  await signInAs('demo-organiser')
  await renderPage(<PointsPublishPage />, { path: '/packages/points/publish/index', params: { id } })
  expect(await screen.findByText('这个活动已不能修改')).toBeInTheDocument()
  expect(screen.queryByText('保存修改')).not.toBeInTheDocument()
})

test('the check-in code shows in the window, changes when the code rotates, and the attendance with it', async () => {
  const id = sorting().id
  at('2026-11-26T06:50:00+08:00')
  // the device's clock is not the server's: the page renews the code by the server's clock. Only
  // timers are faked: Taro's H5 components render on animation frames, which a fake clock left
  // behind would hold for the rest of the file
  jest.useFakeTimers({ advanceTimers: true, doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'queueMicrotask', 'nextTick', 'setImmediate', 'clearImmediate'] })
  const volunteer = await signInAs('demo-volunteer')
  await signInAs('demo-organiser')
  await openAttendance(id)
  const first = codeNow(id).shortCode
  expect(await screen.findByText(first)).toBeInTheDocument()
  expect(within(screen.getByTestId('checkin-code')).getByTestId('qr-code')).toBeInTheDocument()

  expect(within(card('谢雨欣')).getByText('已报名')).toBeInTheDocument()
  // 谢雨欣 types the code on her phone meanwhile
  const checked = await server.handle({
    method: 'POST',
    path: '/points/check',
    query: {},
    headers: { authorization: `Bearer ${volunteer.token}`, 'idempotency-key': 'k-check' },
    body: { action: 'in', activityId: id, shortCode: first },
  })
  expect((checked as { status: number }).status).toBe(200)

  server.control.clock.advance(30_000)
  const second = codeNow(id).shortCode
  expect(second).not.toBe(first)
  await act(async () => {
    await jest.advanceTimersByTimeAsync(30_500)
  })
  expect(await screen.findByText(second)).toBeInTheDocument()
  expect(screen.queryByText(first)).not.toBeInTheDocument()
  expect(await within(card('谢雨欣')).findByText('已签到')).toBeInTheDocument()
  expect(within(screen.getByTestId('count-签到')).getByText('1')).toBeInTheDocument()
})

test('before the window the page says when the code opens, and shows none', async () => {
  await signInAs('demo-organiser')
  await openAttendance(sorting().id)
  expect(await screen.findByText(/签到码将于 11月26日 周四 06:45 开放/)).toBeInTheDocument()
  expect(screen.queryByTestId('short-code')).not.toBeInTheDocument()
})

test('hours: confirmed as suggested, or adjusted only with a reason, each a ledger entry', async () => {
  const user = userEvent.setup()
  const id = sorting().id
  await signInAs('demo-resident')
  await pointsApi.signup(id, {}, 'k-signup')
  at('2026-11-26T06:50:00+08:00')
  await check('demo-volunteer', id, 'in')
  await check('demo-resident', id, 'in')
  at('2026-11-26T08:30:00+08:00')
  await check('demo-volunteer', id, 'out')
  await check('demo-resident', id, 'out')
  at('2026-11-26T08:40:00+08:00')

  await signInAs('demo-organiser')
  await openAttendance(id)
  await screen.findAllByTestId('participant')
  expect(within(card('谢雨欣')).getByText('已签退')).toBeInTheDocument()
  expect(within(card('谢雨欣')).getByText('按签到签退时间建议 1.5 小时（以半小时计）')).toBeInTheDocument()

  await user.click(within(card('谢雨欣')).getByText('确认时长'))
  await waitFor(() => expect(stored(id).participants.find((p) => p.userId === 'demo-volunteer')!.status).toBe('confirmed'))
  expect(server.db.ledger.filter((e) => e.userId === 'demo-volunteer' && e.activityId === id)).toEqual([expect.objectContaining({ kind: 'earned', hours: 1.5, points: 15 })])
  expect(await within(card('谢雨欣')).findByText('已确认 1.5 小时')).toBeInTheDocument()

  const wang = card('王秀英')
  await user.click(within(wang).getByRole('combobox'))
  await user.click(within(wang).getByRole('option', { name: '2 小时' }))
  await user.click(within(wang).getByText('确认时长'))
  const reason = await textarea(card('王秀英'), '如：中途离开 1 小时')
  await waitFor(() => expect(fieldError(reason)).toBe('调整时长请填写原因'))
  expect(server.db.ledger.filter((e) => e.userId === 'demo-resident' && e.activityId === id)).toHaveLength(0)

  await user.type(reason, '提前到场布置')
  await user.click(within(card('王秀英')).getByText('确认时长'))
  await waitFor(() => expect(server.db.ledger.filter((e) => e.userId === 'demo-resident' && e.activityId === id)).toEqual([expect.objectContaining({ kind: 'earned', hours: 2, points: 20 })]))
  expect(stored(id).participants.find((p) => p.userId === 'demo-resident')).toMatchObject({ status: 'confirmed', hours: 2, reason: '提前到场布置' })
})

test('after the start, a volunteer who did not come is marked absent', async () => {
  const user = userEvent.setup()
  const id = sorting().id
  at('2026-11-26T07:30:00+08:00')
  await signInAs('demo-organiser')
  await openAttendance(id)
  await screen.findAllByTestId('participant')
  await user.click(within(card('谢雨欣')).getByText('标记缺席'))
  await user.click(within(card('谢雨欣')).getByText('确认缺席'))
  await waitFor(() => expect(stored(id).participants.find((p) => p.userId === 'demo-volunteer')!.status).toBe('absent'))
  expect(await within(card('谢雨欣')).findByText('缺席')).toBeInTheDocument()
  expect(within(screen.getByTestId('count-缺席')).getByText('1')).toBeInTheDocument()
})

test('cancel asks first and needs a reason; every volunteer signed up gets a 消息', async () => {
  const user = userEvent.setup()
  const id = sorting().id
  await signInAs('demo-organiser')
  await openAttendance(id)
  await user.click(await screen.findByText('取消活动'))
  const confirm = screen.getByTestId('cancel-confirm')
  expect(within(confirm).getByText('确定取消这个活动吗？')).toBeInTheDocument()
  await user.click(within(confirm).getByText('确认取消活动'))
  const reason = await textarea(confirm, '如：暴雨预警，活动改期另行通知')
  expect(fieldError(reason)).toBe('请填写取消原因')
  expect(stored(id).cancelled).toBe(false)

  await user.type(reason, '暴雨预警，改到下周')
  await user.click(within(confirm).getByText('确认取消活动'))
  await waitFor(() => expect(stored(id).cancelled).toBe(true))
  expect(stored(id).cancelReason).toBe('暴雨预警，改到下周')
  expect(server.db.messages.filter((m) => m.userId === 'demo-volunteer' && m.title === '活动已取消')).toEqual([
    expect.objectContaining({ body: expect.stringContaining('暴雨预警，改到下周') }),
  ])
  expect(await screen.findByText('已取消：暴雨预警，改到下周')).toBeInTheDocument()
  expect(screen.queryByText('取消活动')).not.toBeInTheDocument()
})

test('a volunteer opening the page sees why and nothing of the activity', async () => {
  const id = sorting().id
  await signInAs('demo-volunteer')
  await openAttendance(id)
  expect(await screen.findByText('这里是社区工作者发布和管理志愿活动的页面。参加志愿活动，请到首页 → 志愿积分。')).toBeInTheDocument()
  expect(screen.queryByText('小区垃圾分类桶边值守')).not.toBeInTheDocument()
  expect(screen.queryByTestId('participant')).not.toBeInTheDocument()
})

test('an organiser opening another organiser’s activity sees why and nothing of it', async () => {
  const id = sorting().id
  stored(id).organiserId = 'demo-grid-worker'
  at('2026-11-26T06:50:00+08:00')
  await signInAs('demo-organiser')
  await openAttendance(id)
  expect(await screen.findByText('这个活动不是您发布的，只有发布它的社区工作者能管理签到和时长。')).toBeInTheDocument()
  expect(screen.queryByText('小区垃圾分类桶边值守')).not.toBeInTheDocument()
  expect(screen.queryByText('谢雨欣')).not.toBeInTheDocument()
  expect(screen.queryByTestId('short-code')).not.toBeInTheDocument()
})
