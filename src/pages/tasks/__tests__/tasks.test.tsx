import Taro from '@tarojs/taro'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OPEN_REPORT_STATUSES } from '@/contract'
import { withMockServer } from '../../../../test/utils/mock'
import { reportInput } from '../../../../test/utils/bodies'
import { createClock } from '@mock/server'
import { reportsApi } from '@/features/reports/api'
import { newIdempotencyKey } from '@/services/http'
import { useSession } from '@/stores/session'
import { HOUR, signInAs } from '../../../../test/utils/client'
import { firePageLifecycle, renderPage } from '../../../../test/utils/page'
import TasksPage from '../index'

// A frozen server clock, so the phone's clock can be set to the same instant when deadlines matter.
const START = Date.now()
const { server } = withMockServer({ clock: createClock(START) })
afterEach(() => server.control.clock.set(START))

const PAGE = '/pages/tasks/index'
const MINE_OPEN = ['pending', 'handling', 'reviewing', 'replied', 'community_review']

async function openTasks() {
  const view = await renderPage(<TasksPage />, { path: PAGE })
  return view
}

/** Ticket ids of the rendered rows, in order. */
// the reports' rows (a person may see other work below them)
const rowIds = () => screen.queryAllByTestId('work-item').flatMap((row) => /SP\d+/.exec(row.textContent ?? '')?.[0] ?? [])
const rowOf = (id: string) => screen.getAllByTestId('work-item').find((row) => row.textContent!.includes(id))!

test('logged out: 去登录, which opens the login page and comes back here', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await openTasks()
  expect(screen.getByText('登录后可查看您反映的问题和办理进度。')).toBeInTheDocument()
  // a tab page needs no 返回 of its own
  expect(screen.queryByTestId('page-back')).not.toBeInTheDocument()
  expect(screen.queryAllByTestId('work-item')).toHaveLength(0)
  await user.click(screen.getByText('去登录'))
  expect(navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent(PAGE)}` })
})

test('a resident sees their own reports and the ones they joined, newest first; 已办结 filters', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await signInAs('demo-resident-2')
  const mine = server.db.reports.filter((r) => r.reporterId === 'demo-resident-2' || r.followerIds.includes('demo-resident-2'))
  const byNewest = (a: { createdAt: string }, b: { createdAt: string }) => (a.createdAt < b.createdAt ? 1 : -1)
  const open = mine.filter((r) => MINE_OPEN.includes(r.status)).sort(byNewest)
  const closed = mine.filter((r) => r.status === 'closed').sort(byNewest)
  const joined = mine.find((r) => r.followerIds.includes('demo-resident-2'))!
  expect(joined.reporterId).not.toBe('demo-resident-2')
  expect(open.map((r) => r.id)).toContain(joined.id)
  expect(closed.length).toBeGreaterThan(0)

  await openTasks()
  // a resident has two workbenches: 我的反映 and 我的预约 (李建国 has no bookings)
  expect(screen.getByText('我的反映（居民）')).toBeInTheDocument()
  expect(await screen.findByText('暂无待办理的预约')).toBeInTheDocument()
  await waitFor(() => expect(rowIds()).toEqual(open.map((r) => r.id)))
  expect(rowOf(joined.id)).toHaveTextContent('我也遇到了')
  expect(rowOf(joined.id)).toHaveTextContent(joined.location.address)
  const own = open.find((r) => r.reporterId === 'demo-resident-2')!
  expect(rowOf(own.id)).not.toHaveTextContent('我也遇到了')
  // someone else's report in the same grid is not listed
  const others = server.db.reports.find((r) => r.reporterId === 'demo-resident' && r.status === 'handling')!
  expect(rowIds()).not.toContain(others.id)

  // 我的反映's chip (我的预约 has its own below)
  await user.click(screen.getAllByRole('radio', { name: '已办结' })[0])
  await waitFor(() => expect(rowIds()).toEqual(closed.map((r) => r.id)))
  for (const row of screen.getAllByTestId('work-item')) expect(row).toHaveTextContent('已办结')

  await user.click(within(rowOf(closed[0].id)).getByText(closed[0].id, { exact: false }))
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/report/detail/index?id=${closed[0].id}` })
})

test('the grid worker sees the grid queue: 待接单 first with 新, then overdue, then by deadline; a pending order that runs out shows 已超时', async () => {
  const user = userEvent.setup()
  const clock = server.control.clock
  // the phone's clock is the server's (deadlines are shown relative to it)
  jest.spyOn(Date, 'now').mockImplementation(() => clock.now().getTime())
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)

  // an emergency (2 hours) filed now in gd-xpl-1
  await signInAs('demo-resident')
  const fresh = await reportsApi.create(
    {
      category: 'safety',
      description: '西牌楼街9号楼道里堆满纸箱，堵住了安全出口',
      photos: [],
      location: { address: '西牌楼街9号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
      anonymous: false,
      contactPhone: '13912345678',
    },
    'k-fresh-emergency',
  )
  await signInAs('demo-grid-worker')

  const queue = () =>
    server.db.reports.filter((r) => (r.location.gridId === 'gd-xpl-1' || r.assigneeId === 'demo-grid-worker') && (r.status === 'pending' || r.status === 'handling'))
  const overdueIds = () => queue().filter((r) => Date.parse(r.deadline) < clock.now().getTime()).map((r) => r.id)
  const byDeadline = (list: ReturnType<typeof queue>) => [...list].sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline)).map((r) => r.id)
  /** untaken first; then the taken ones, overdue first, each part by deadline */
  const expectedOrder = () => {
    const now = clock.now().getTime()
    const handling = queue().filter((r) => r.status === 'handling')
    return [
      ...byDeadline(queue().filter((r) => r.status === 'pending')),
      ...byDeadline(handling.filter((r) => Date.parse(r.deadline) < now)),
      ...byDeadline(handling.filter((r) => Date.parse(r.deadline) >= now)),
    ]
  }
  const overdueFlags = () => screen.getAllByTestId('work-item').map((row) => row.querySelector('.ui-status')!.getAttribute('data-overdue'))
  const marksOf = (id: string) => within(rowOf(id)).queryAllByTestId('work-mark').map((m) => m.textContent)

  await openTasks()
  expect(screen.getByText('网格工单')).toBeInTheDocument()
  await waitFor(() => expect(rowIds()).toHaveLength(queue().length))
  // seeded: some orders are overdue already
  const before = overdueIds()
  expect(before.length).toBeGreaterThan(0)
  expect(before).not.toContain(fresh.id)
  expect(screen.getByText(`${before.length} 张工单已超时，请优先处理`)).toBeInTheDocument()
  expect(rowIds()).toEqual(expectedOrder())
  expect(overdueFlags()).toEqual(rowIds().map((id) => String(before.includes(id))))
  // every untaken order is marked 新; a taken one is not
  const pending = queue().filter((r) => r.status === 'pending')
  expect(pending.map((r) => r.id)).toContain(fresh.id)
  for (const r of pending) expect(marksOf(r.id)).toContain('新')
  for (const r of queue().filter((x) => x.status === 'handling')) expect(marksOf(r.id)).not.toContain('新')
  // the seeded order its reporter urged shows it
  const urged = queue().find((r) => (r.urges ?? []).length > 0)!
  expect(marksOf(urged.id)).toContain('已催办 1 次')
  expect(rowOf(fresh.id)).toHaveTextContent('待接单')
  expect(rowOf(fresh.id)).not.toHaveTextContent('已超时')
  expect(within(rowOf(fresh.id)).getByText('剩余 2 小时')).toBeInTheDocument()

  // three hours later, coming back to the tab
  act(() => clock.advance(3 * HOUR))
  await firePageLifecycle('onShow')
  const after = overdueIds()
  expect(after).toContain(fresh.id)
  expect(after.length).toBe(before.length + 1)
  await waitFor(() => expect(screen.getByText(`${after.length} 张工单已超时，请优先处理`)).toBeInTheDocument())
  expect(rowIds()).toEqual(expectedOrder())
  expect(overdueFlags()).toEqual(rowIds().map((id) => String(after.includes(id))))
  // still among the untaken ones at the top
  expect(rowIds().indexOf(fresh.id)).toBeLessThan(pending.length)
  const row = rowOf(fresh.id)
  expect(within(row).getByText('已超时')).toBeInTheDocument()
  expect(within(row).getByText('已超时 1 小时')).toBeInTheDocument()
  expect(row).toHaveTextContent('待接单')

  // a tap opens the work order
  await user.click(within(row).getByText('安全隐患'))
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/report/order/index?id=${fresh.id}` })
})

test('demo-helper sees the 帮代办 workbench: the open bookings of their places, and the desk', async () => {
  await signInAs('demo-helper')
  await openTasks()
  expect(screen.getByText('帮代办工作台')).toBeInTheDocument()
  expect(screen.getByText('打开帮代办工作台')).toBeInTheDocument()
  await waitFor(() => expect(screen.getAllByTestId('work-item').length).toBeGreaterThan(0))
  expect(screen.queryByText('网格工单')).not.toBeInTheDocument()
})

test("demo-mediator sees the 调解员工作台: the station's cases, and the desk", async () => {
  await signInAs('demo-mediator')
  await openTasks()
  expect(screen.getByText('调解员工作台')).toBeInTheDocument()
  expect(screen.getByText('打开调解员工作台')).toBeInTheDocument()
  expect(screen.queryByText('网格工单')).not.toBeInTheDocument()
})

test('a resident who volunteers sees both on 办事, one section per role; the active role comes first', async () => {
  await signInAs('demo-resident')
  const { container } = await openTasks()
  expect(screen.getByText('办事')).toBeInTheDocument()
  const headings = () => [...container.querySelectorAll('.ui-section__title')].map((h) => h.textContent)
  expect(headings()).toEqual(['我的反映（居民）', '我的预约（居民）', '我的调解（居民）', '我的志愿活动（志愿者）'])
  await waitFor(() => expect(screen.getAllByTestId('work-item').length).toBeGreaterThan(0))
  // her seeded activity (attended a week ago, hours confirmed) is among her work
  await waitFor(() => expect(screen.getByText('重阳节敬老院陪伴')).toBeInTheDocument())

  // 切换身份 only reorders: her reports stay in view
  act(() => useSession.getState().setActiveRole('volunteer'))
  expect(headings()).toEqual(['我的志愿活动（志愿者）', '我的反映（居民）', '我的预约（居民）', '我的调解（居民）'])
  expect(screen.getAllByTestId('work-item').length).toBeGreaterThan(0)
})

test('a grid worker with more orders than one page reaches all of them with 加载更多', async () => {
  const user = userEvent.setup()
  await signInAs('demo-grid-worker')
  // Fill the grid with open orders, filed by the API as two residents over a few hours
  // (the server allows ten new reports an hour per person).
  for (let i = 0; i < 14; i++) {
    await signInAs(i % 2 ? 'demo-resident' : 'demo-resident-2')
    await reportsApi.create(
      reportInput({ category: 'parking', description: `第${i + 1}辆电动车停在消防通道上`, location: { address: `西牌楼街${i + 1}号`, communityId: 'cm-xpl', gridId: 'gd-xpl-1' } }),
      newIdempotencyKey(),
    )
    if (i % 8 === 7) server.control.clock.advance(2 * HOUR)
  }
  await signInAs('demo-grid-worker')
  const inGrid = server.db.reports.filter((r) => r.location.gridId === 'gd-xpl-1' && OPEN_REPORT_STATUSES.includes(r.status))
  expect(inGrid.length).toBeGreaterThan(20)

  await openTasks()
  await waitFor(() => expect(screen.getAllByTestId('work-item')).toHaveLength(20))
  expect(screen.getByText(`共 ${inGrid.length} 件`)).toBeInTheDocument()
  await user.click(screen.getByText('加载更多'))
  await waitFor(() => expect(screen.getAllByTestId('work-item')).toHaveLength(inGrid.length))
  expect(new Set(rowIds()).size).toBe(inGrid.length)
  expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
})

test('a community worker sees 社区工单: tickets whose grid the resident did not know come first, 待分派', async () => {
  await signInAs('demo-resident')
  const filed = await reportsApi.create(reportInput({ location: { address: '樊西巷口', communityId: 'cm-xpl', gridUnknown: true } }), newIdempotencyKey())
  await signInAs('demo-organiser')
  const { container } = await openTasks()
  const headings = () => [...container.querySelectorAll('.ui-section__title')].map((h) => h.textContent)
  expect(headings()[0]).toBe('社区工单（社区工作者）')
  // 待分派 first (the seeded one that has waited longer, then this one), each saying so
  await waitFor(() => expect(rowIds().slice(0, 2)).toContain(filed.id))
  expect(rowOf(filed.id)).toHaveTextContent('待分派')
  expect(rowOf(rowIds()[0])).toHaveTextContent('待分派')
  // only the community's tickets
  const others = server.db.reports.filter((r) => r.location.communityId !== 'cm-xpl').map((r) => r.id)
  expect(rowIds().some((id) => others.includes(id))).toBe(false)
})

test('the community worker\'s 社区数据看板 in 办事 is a way in, not something coming', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await signInAs('demo-organiser')
  await openTasks()
  expect(screen.getByText('社区数据看板（社区工作者）')).toBeInTheDocument()
  await user.click(screen.getByText('打开社区数据看板'))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/dashboard/index' })
  await user.click(screen.getByText('民情地图'))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/community/map/index' })
})
