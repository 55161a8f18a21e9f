// The community worker's side of a ticket and the grid worker's patrol report, through the real
// request path: a returned order reassigned to the other grid, a handled one passed at 审核, a
// close with a reason the resident reads, and a patrol finding filed in the worker's own grid.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { withMockServer } from '../../../../test/utils/mock'
import { reportInput } from '../../../../test/utils/bodies'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { pageOpener } from '../../../../test/utils/page'
import { reportsApi } from '@/features/reports'
import { PATROL_PLACEHOLDERS } from '@/features/reports/components/PatrolForm'
import ReportDetailPage from '../detail/index'
import PatrolPage from '../patrol/index'

const { server } = withMockServer()
const open = pageOpener('/packages/report')
afterEach(() => jest.restoreAllMocks())
const stored = (id: string) => server.db.reports.find((r) => r.id === id)!

/** 王秀英 files in gd-xpl-1; 刘志华 takes it and returns it (退单). */
async function returned(): Promise<string> {
  await signInAs('demo-resident')
  const r = await reportsApi.create(reportInput({ description: '西牌楼街60号旁的路灯晚上一直不亮', location: { address: '西牌楼街60号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' } }), `k-${Math.random()}`)
  await signInAs('demo-grid-worker')
  await reportsApi.take(r.id, `k-${Math.random()}`)
  await reportsApi.giveBack(r.id, { reason: '60号在第二网格范围内，不归本网格' }, `k-${Math.random()}`)
  expect(stored(r.id).status).toBe('community_review')
  return r.id
}

test('社区复核: the worker\'s reason is on top; 改派 needs another grid of the community; the other grid\'s worker gets it', async () => {
  const user = userEvent.setup()
  const id = await returned()
  await signInAs('demo-organiser')
  await open(<ReportDetailPage />, 'detail', { id })
  const panel = await screen.findByTestId('review-panel')
  expect(panel).toHaveTextContent('网格员退单：60号在第二网格范围内')
  await user.click(screen.getByRole('radio', { name: '改派网格' }))
  await user.click(screen.getByText('改派给该网格'))
  expect(await screen.findByText('请选择改派的网格')).toBeInTheDocument()
  expect(stored(id).status).toBe('community_review')

  await user.click(screen.getByRole('combobox'))
  await user.click(await screen.findByRole('option', { name: /西牌楼社区第二网格/ }))
  await user.type(await native('如：问题位置在第二网格范围内'), '60号属于第二网格')
  await user.click(screen.getByText('改派给该网格'))
  await waitFor(() => expect(stored(id)).toMatchObject({ status: 'pending', location: { gridId: 'gd-xpl-2' } }))
})

test('审核: a handled ticket waits for the community; 审核通过 replies to the resident', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const r = await reportsApi.create(reportInput(), `k-${Math.random()}`)
  await signInAs('demo-grid-worker')
  await reportsApi.take(r.id, `k-${Math.random()}`)
  await reportsApi.handle(r.id, { reply: '已联系环卫所清运完毕', photos: [] }, `k-${Math.random()}`)
  expect(stored(r.id).status).toBe('reviewing')

  await signInAs('demo-organiser')
  await open(<ReportDetailPage />, 'detail', { id: r.id })
  const panel = await screen.findByTestId('review-panel')
  expect(panel).toHaveTextContent('1 个工作日内审核')
  await user.click(screen.getByText('审核通过，回复居民'))
  await waitFor(() => expect(stored(r.id).status).toBe('replied'))
})

test('办结并说明: the reason is required and the resident reads it', async () => {
  const user = userEvent.setup()
  const id = await returned()
  await signInAs('demo-organiser')
  await open(<ReportDetailPage />, 'detail', { id })
  await screen.findByTestId('review-panel')
  await user.click(screen.getByText('办结，告知居民'))
  expect(await screen.findByText('请写明办结理由，居民会看到（至少5个字）')).toBeInTheDocument()
  await user.type(await native('如：加装电梯需全体业主申请，社区已把办理流程发到您的消息里'), '路灯属城管照明所维护，社区已报修，请留意照明所的维修通知')
  await user.click(screen.getByText('办结，告知居民'))
  await waitFor(() => expect(stored(id)).toMatchObject({ status: 'closed', closedBy: { as: 'out_of_scope' } }))

  await signInAs('demo-resident')
  await open(<ReportDetailPage />, 'detail', { id })
  expect(await screen.findByText(/路灯属城管照明所维护/)).toBeInTheDocument()
})

test('巡查上报: the grid worker files in their own grid; it starts at 办理, marked as patrol', async () => {
  const user = userEvent.setup()
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never)
  await signInAs('demo-grid-worker')
  await open(<PatrolPage />, 'patrol')
  await screen.findByTestId('patrol-form')
  await user.click(screen.getByText('上报并开始办理'))
  expect(fieldError(await native(PATROL_PLACEHOLDERS.description))).not.toBe('')
  const before = server.db.reports.length
  await user.click(screen.getByRole('radio', { name: '安全隐患' }))
  await user.type(await native(PATROL_PLACEHOLDERS.description), '巡查发现3栋楼下消防通道堆放旧家具')
  await user.type(await native(PATROL_PLACEHOLDERS.address), '西牌楼街35号院3栋楼下')
  await user.click(screen.getByText('上报并开始办理'))
  await waitFor(() => expect(server.db.reports).toHaveLength(before + 1))
  const r = server.db.reports[server.db.reports.length - 1]
  expect(r).toMatchObject({ status: 'handling', patrol: true, assigneeId: 'demo-grid-worker', location: { gridId: 'gd-xpl-1' } })
  expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/report/order/index?id=${r.id}` })

  // a resident has no business here
  await signInAs('demo-resident')
  await open(<PatrolPage />, 'patrol')
  expect(await screen.findByText(/这里是网格员上报巡查发现的页面/)).toBeInTheDocument()
  expect(screen.queryByTestId('patrol-form')).not.toBeInTheDocument()
  expect(within(document.body).queryByText('上报并开始办理')).not.toBeInTheDocument()
})

test('督办: an order left at twice its limit shows 已督办 to the resident', async () => {
  await signInAs('demo-resident')
  // 漏水 has a 24-hour limit: twice it is well inside a session's life
  const r = await reportsApi.create(reportInput({ category: 'water_leak', description: '楼道水管爆了，水一直往下流' }), `k-${Math.random()}`)
  const limit = Date.parse(r.deadline!) - Date.parse(r.createdAt)
  server.control.clock.advance(2 * limit + 60_000)
  await signInAs('demo-resident')
  await open(<ReportDetailPage />, 'detail', { id: r.id })
  expect(await screen.findByText('已督办')).toBeInTheDocument()
  expect(stored(r.id).supervised).toBe(true)
})
