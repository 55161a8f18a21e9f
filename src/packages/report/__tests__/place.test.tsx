// Finding the grid on the report form: a newcomer searches their 小区, the phone's position finds
// the grid, 我不确定 sends it to the community, whose worker assigns it on the ticket page.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { authApi } from '@/features/auth'
import { useSession } from '@/stores/session'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import NewReportPage from '../new/index'
import ReportDetailPage from '../detail/index'
import AddressPage from '../../account/address/index'

const { server } = withMockServer()

const DESC = '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'
const ADDRESS = '如：西牌楼街12号3栋楼下'
const PHONE = '11位手机号码'
const SEARCH = '搜索小区，如：西牌楼 或 xpl'

async function newcomer() {
  const session = await authApi.wxLogin(`h5-place-${Math.random().toString(36).slice(2)}`)
  act(() => useSession.getState().signIn(session))
  return session.user.id
}

async function openForm() {
  await renderPage(<NewReportPage />, { path: '/packages/report/new/index' })
  await screen.findByText('提交反映')
}

const target = () => screen.getByTestId('place-target')

async function fillRest(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: '垃圾堆积' }))
  await user.type(await native(DESC), '樊西巷口的垃圾三天没人清运了')
  const phone = await native(PHONE)
  await user.clear(phone)
  await user.type(phone, '13900001111')
}

const mine = (userId: string) => server.db.reports.filter((r) => r.reporterId === userId)

function fixPosition(latitude: number, longitude: number) {
  const geolocation = {
    getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude, longitude } } as GeolocationPosition),
  }
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true })
}

afterEach(() => {
  Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true })
})

test('a newcomer finds their building by pinyin initials; the report reaches that grid', async () => {
  const user = userEvent.setup()
  const id = await newcomer()
  await openForm()
  expect(screen.getByText('还没有设置我的住址')).toBeInTheDocument()
  expect(target()).toHaveTextContent('请确定问题所在的网格')

  // the compound search is open for someone without a home
  await user.type(await native(SEARCH), 'fxx')
  const results = await screen.findByTestId('compound-results')
  await user.click(within(results).getByText('樊西巷小区'))
  await user.click(screen.getByRole('radio', { name: '5栋' }))
  await waitFor(() => expect(target()).toHaveTextContent('将派发至：西牌楼社区第二网格'))
  expect(target()).toHaveTextContent('0731-85010002')
  // the building found fills the empty address
  expect(await native(ADDRESS)).toHaveValue('樊西巷小区5栋')

  await fillRest(user)
  await user.click(screen.getByText('提交反映'))
  await screen.findByTestId('report-done')
  expect(mine(id)).toHaveLength(1)
  expect(mine(id)[0]).toMatchObject({ status: 'pending', location: { communityId: 'cm-xpl', gridId: 'gd-xpl-2' }, assigneeId: 'demo-grid-worker-2' })
})

test('用当前位置: the grid whose boundary holds the point; outside every grid it says so', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  await openForm()
  // 王秀英 starts from 我的住址
  expect(target()).toHaveTextContent('将派发至：西牌楼社区第一网格')

  fixPosition(39.9, 116.4)
  await user.click(screen.getByText('用当前位置'))
  expect(await screen.findByText(/这个位置不在天心区的网格内/)).toBeInTheDocument()
  expect(target()).toHaveTextContent('西牌楼社区第一网格')

  fixPosition(28.175, 112.985)
  await user.click(screen.getByText('用当前位置'))
  await waitFor(() => expect(target()).toHaveTextContent('将派发至：太平街社区第二网格'))
  expect(screen.getByText('已按当前位置找到：太平街社区第二网格')).toBeInTheDocument()
  // and back to 我的住址 with one tap
  await user.click(screen.getByText('用我的住址（西牌楼小区 3栋）'))
  await waitFor(() => expect(target()).toHaveTextContent('将派发至：西牌楼社区第一网格'))
})

test('用当前位置 without permission: a way on, nothing changed', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  await openForm()
  Object.defineProperty(navigator, 'geolocation', {
    value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) },
    configurable: true,
  })
  await user.click(screen.getByText('用当前位置'))
  expect(await screen.findByText('没有位置权限。可以按小区楼栋查找，或直接选择社区和网格。')).toBeInTheDocument()
  expect(target()).toHaveTextContent('西牌楼社区第一网格')
})

test('我不确定: the ticket waits for the community, whose worker assigns it on the ticket page', async () => {
  const user = userEvent.setup()
  const id = await signInAs('demo-resident').then((s) => s.user.id)
  await openForm()
  await user.click(screen.getByRole('switch', { name: '我不确定在哪个网格' }))
  expect(target()).toHaveTextContent('将先交给：西牌楼社区')
  await user.type(await native(ADDRESS), '樊西巷口')
  await fillRest(user)
  await user.click(screen.getByText('提交反映'))
  expect(await screen.findByText('您的反映已受理，社区将分派给所在网格')).toBeInTheDocument()
  const stored = mine(id).find((r) => r.location.address === '樊西巷口')!
  expect(stored).toMatchObject({ status: 'dispatching', location: { gridId: '' }, assigneeId: '' })

  // the community worker opens it and assigns it
  await signInAs('demo-organiser')
  await renderPage(<ReportDetailPage />, { path: '/packages/report/detail/index', params: { id: stored.id } })
  const panel = await screen.findByTestId('assign-panel')
  expect(panel).toHaveTextContent('问题位置：樊西巷口')
  await user.click(screen.getByText('分派给该网格'))
  expect(fieldError(screen.getByText('请选择本社区的网格'))).toBe('请选择网格')
  await user.click(screen.getByText('请选择本社区的网格'))
  await user.click(await screen.findByRole('option', { name: '西牌楼社区第二网格（网格员 陈*）' }))
  await user.click(screen.getByText('分派给该网格'))
  await waitFor(() => expect(stored.status).toBe('pending'))
  expect(stored.location.gridId).toBe('gd-xpl-2')
  expect(stored.assigneeId).toBe('demo-grid-worker-2')
  expect(stored.gateDone.dispatch?.actorId).toBe('demo-organiser')
  await waitFor(() => expect(screen.queryByTestId('assign-panel')).not.toBeInTheDocument())
})

test('我的住址 page: search, pick, save; the account and the server have it', async () => {
  const user = userEvent.setup()
  const id = await newcomer()
  await renderPage(<AddressPage />, { path: '/packages/account/address/index' })
  await user.click(await screen.findByText('保存我的住址'))
  expect(await screen.findByText('请选择楼栋')).toBeInTheDocument()
  await user.type(await native(SEARCH), '太平街')
  await user.click(await screen.findByText('太平街小区'))
  await user.click(screen.getByRole('radio', { name: '2栋' }))
  expect(screen.getByTestId('picked-grid')).toHaveTextContent('太平街小区 2栋 属于 太平街社区第一网格')
  await user.type(await native('如：2单元301'), '1单元202')
  await user.click(screen.getByText('保存我的住址'))
  expect(await screen.findByText('已保存我的住址')).toBeInTheDocument()
  expect(server.db.users[id].home).toMatchObject({ buildingId: 'bd-tpj-1-2', room: '1单元202', gridId: 'gd-tpj-1' })
  expect(server.db.users[id].gridId).toBe('gd-tpj-1')
  expect(useSession.getState().user?.home?.compoundName).toBe('太平街小区')
})
