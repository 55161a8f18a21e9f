// The community worker's 数据看板 through the real request path: the server's rates as percents
// for their community, each grid and the district, the formulas in words, the period switch; a
// resident gets a sentence and no figures (nothing is even asked for).
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { withMockServer } from '../../../../test/utils/mock'
import { recordRequests, signInAs } from '../../../../test/utils/client'
import { pageOpener } from '../../../../test/utils/page'
import { communityApi } from '@/features/community/api'
import { RATE_INFO, percent } from '@/features/community/format'
import DashboardPage from '../dashboard/index'

const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server, msw } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const open = pageOpener('/packages/community')

test('the organiser sees the four rates of 西牌楼社区, its grids and the district as the server counts them, with the formulas', async () => {
  const user = userEvent.setup()
  await signInAs('demo-organiser')
  const expected = await communityApi.dashboard({ period: 'this_month' })
  expect(expected.community.name).toBe('西牌楼社区')
  await open(<DashboardPage />, 'dashboard')
  const board = await screen.findByTestId('dashboard')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('西牌楼社区数据看板')

  // the seed has something to count this month: not every figure is a dash
  expect(RATE_INFO.some((i) => expected.community[i.key] !== null)).toBe(true)
  for (const info of RATE_INFO) {
    expect(within(board).getByTestId(`rate-${info.key}`)).toHaveTextContent(percent(expected.community[info.key]))
    for (const scope of [expected.community, ...expected.grids, expected.district]) {
      const row = within(board).getByTestId(`rate-${info.key}-${scope.id}`)
      expect(row).toHaveTextContent(scope.name)
      expect(row).toHaveTextContent(percent(scope[info.key]))
      const [n, d] = info.parts(scope.counts)
      expect(row).toHaveTextContent(d ? `${n} ÷ ${d}` : '本期没有可计算的事项')
    }
    expect(board).toHaveTextContent(info.formula)
  }
  expect(expected.grids.map((g) => g.name)).toEqual(['西牌楼社区第一网格', '西牌楼社区第二网格'])
  for (const k of ['reported', 'patrol', 'open', 'overdue'] as const) expect(screen.getByTestId(`count-${k}`)).toHaveTextContent(`${expected.community.counts[k]} 件`)
  expect(screen.getAllByTestId('trend-week')).toHaveLength(8)
  expect(screen.getAllByTestId('top-category').length).toBe(expected.topCategories.length)
  expect(screen.getByText('热点预警')).toBeInTheDocument()

  // 今年 asks the server again and shows its answer
  const year = await communityApi.dashboard({ period: 'this_year' })
  await user.click(within(document.querySelector('[data-name="period"]') as HTMLElement).getByText('今年'))
  await waitFor(() => expect(screen.getByTestId('count-reported')).toHaveTextContent(`${year.community.counts.reported} 件`))
  for (const info of RATE_INFO) expect(screen.getByTestId(`rate-${info.key}`)).toHaveTextContent(percent(year.community[info.key]))
})

test("offline, another period's figures are never shown under its chip: the page says it failed and offers 重试", async () => {
  const user = userEvent.setup()
  await signInAs('demo-organiser')
  await open(<DashboardPage />, 'dashboard')
  await screen.findByTestId('dashboard')
  server.control.setFaults({ offline: true })
  await user.click(within(document.querySelector('[data-name="period"]') as HTMLElement).getByText('上月'))
  const retry = await screen.findByText('重试', {}, { timeout: 15_000 })
  expect(screen.queryByTestId('dashboard')).not.toBeInTheDocument()
  server.control.clearFaults()
  const last = await communityApi.dashboard({ period: 'last_month' })
  await user.click(retry)
  await waitFor(() => expect(screen.getByTestId('count-reported')).toHaveTextContent(`${last.community.counts.reported} 件`))
}, 30_000)

test('percents read as people expect: one decimal, a dash for nothing to count', () => {
  expect(percent(0.901)).toBe('90.1%')
  expect(percent(0.3333)).toBe('33.3%')
  expect(percent(1)).toBe('100.0%')
  expect(percent(0)).toBe('0.0%')
  expect(percent(null)).toBe('—')
})

test('a resident is told the dashboard is for community workers, and nothing is fetched', async () => {
  const seen = recordRequests(msw)
  await signInAs('demo-resident')
  await open(<DashboardPage />, 'dashboard')
  expect(await screen.findByText(/数据看板只对社区工作者开放/)).toBeInTheDocument()
  expect(screen.queryByTestId('dashboard')).not.toBeInTheDocument()
  expect(screen.queryByText(/响应率/)).not.toBeInTheDocument()
  expect(seen.filter((r) => r.path.startsWith('/stats'))).toEqual([])
})
