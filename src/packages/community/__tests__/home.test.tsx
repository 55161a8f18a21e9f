// The resident's own grid on 首页: the grid's open items and this month's figures as the server
// counts them, its service phone to call, and the way to 民情地图.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { createClock } from '@mock/server'
import { withMockServer } from '../../../../test/utils/mock'
import { signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { communityApi } from '@/features/community/api'
import { percent } from '@/features/community/format'
import HomePage from '../../../pages/index/index'

const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})
afterEach(() => jest.restoreAllMocks())

test("a signed-in resident sees their grid's open items, 解决率 and 满意率, its phone, and 民情地图", async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  const session = await signInAs('demo-resident')
  expect(session.user.gridId).toBe('gd-xpl-1')
  const figures = await communityApi.gridFigures('gd-xpl-1')
  const grid = server.db.grids.find((g) => g.id === 'gd-xpl-1')!
  expect(figures.servicePhone).toBe(grid.servicePhone)

  await renderPage(<HomePage />, { path: '/pages/index/index' })
  const card = await screen.findByTestId('grid-card')
  expect(card).toHaveTextContent('西牌楼社区第一网格')
  expect(screen.getByTestId('grid-open')).toHaveTextContent(`${figures.open} 件`)
  expect(screen.getByTestId('grid-resolution')).toHaveTextContent(percent(figures.rates.resolutionRate))
  expect(screen.getByTestId('grid-satisfaction')).toHaveTextContent(percent(figures.rates.satisfactionRate))
  expect(screen.getByTestId('grid-phone')).toHaveTextContent(`联系网格 ${grid.servicePhone}`)

  await user.click(screen.getByText('看看各网格的问题办得怎么样'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/community/map/index' })
})

test('logged out or without a home grid there is no card; 民情地图 is an entry for everyone', async () => {
  await renderPage(<HomePage />, { path: '/pages/index/index' })
  expect(screen.getByTestId('entry-community')).toHaveTextContent('民情地图')
  expect(screen.queryByTestId('grid-card')).not.toBeInTheDocument()
})
