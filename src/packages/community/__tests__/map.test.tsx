// 民情地图 through the real request path, logged out: the grids as tiles with their open items,
// filtering by category (asked of the server) and by a tile, anonymous reports as a count, and
// nothing on the page that names or reaches a seeded person.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createClock } from '@mock/server'
import { personalStrings } from '../../../../test/utils/privacy'
import { withMockServer } from '../../../../test/utils/mock'
import { pageOpener } from '../../../../test/utils/page'
import { useSession } from '@/stores/session'
import MapPage from '../map/index'

const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})

const open = pageOpener('/packages/community')
const listed = () => server.db.reports.filter((r) => !r.anonymous)
const titles = () => screen.queryAllByTestId('map-item').map((el) => el.querySelector('.cm-item__title')?.textContent)
const group = (name: string) => document.querySelector(`[data-name="${name}"]`) as HTMLElement

/** Opens every row the list holds (it shows them 30 at a time). */
async function showAll(user: ReturnType<typeof userEvent.setup>) {
  for (let more = screen.queryByText(/^再显示/); more; more = screen.queryByText(/^再显示/)) await user.click(more)
}

test('logged out, the map shows each grid with its open items, filters by category and by a tile', async () => {
  const user = userEvent.setup()
  expect(useSession.getState().user).toBeFalsy()
  await open(<MapPage />, 'map')
  const tile = await screen.findByTestId('tile-gd-xpl-1')
  expect(screen.getByTestId('map-legend')).toHaveTextContent('颜色表示未办结件数')
  expect(screen.getByText(/不显示任何人的姓名、电话、详细地址和照片/)).toBeInTheDocument()
  for (const g of server.db.grids) expect(screen.getByTestId(`tile-${g.id}`)).toHaveTextContent(/未办结 \d+ 件/)
  expect(screen.getByTestId('map-total')).toHaveTextContent(`共 ${listed().length} 件`)
  const anonymous = server.db.reports.filter((r) => r.anonymous).length
  expect(anonymous).toBeGreaterThan(0)
  expect(screen.getByTestId('map-anonymous')).toHaveTextContent(`另有匿名反映 ${anonymous} 件`)

  // by category: the server answers only 漏水
  await user.click(within(group('category')).getByText('漏水'))
  const leaks = listed().filter((r) => r.category === 'water_leak')
  expect(leaks.length).toBeGreaterThan(0)
  await waitFor(() => expect(screen.getByTestId('map-total')).toHaveTextContent(`共 ${leaks.length} 件`))
  expect(new Set(titles())).toEqual(new Set(['漏水']))

  // by a tile: only that grid's, and the tile says it is chosen
  await user.click(within(group('category')).getByText('全部类别'))
  await waitFor(() => expect(screen.getByTestId('map-total')).toHaveTextContent(`共 ${listed().length} 件`))
  await user.click(tile)
  const inGrid = listed().filter((r) => r.location.gridId === 'gd-xpl-1')
  await waitFor(() => expect(screen.getByTestId('map-total')).toHaveTextContent(`共 ${inGrid.length} 件`))
  expect(tile).toHaveAttribute('aria-pressed', 'true')
  expect(tile).toHaveTextContent('已选')
  expect(screen.getByRole('heading', { name: '西牌楼社区第一网格的事项' })).toBeInTheDocument()
  await showAll(user)
  expect(screen.getAllByTestId('map-item')).toHaveLength(inGrid.length)
  for (const row of screen.getAllByTestId('map-item')) expect(row).toHaveTextContent('西牌楼社区第一网格')
  // again: every grid
  await user.click(tile)
  expect(tile).toHaveAttribute('aria-pressed', 'false')
  expect(screen.getByTestId('map-total')).toHaveTextContent(`共 ${listed().length} 件`)
})

test('the rendered page holds no seeded name, phone, description, address or ticket number', async () => {
  const user = userEvent.setup()
  // a worker's own finding is marked as such (the seed need not hold one)
  listed()[0].patrol = true
  const { container } = await open(<MapPage />, 'map')
  await screen.findByTestId('tile-gd-xpl-1')
  await showAll(user)
  expect(screen.getAllByTestId('map-item')).toHaveLength(listed().length)
  expect(screen.getAllByText('巡查发现').length).toBe(listed().filter((r) => r.patrol).length)

  const secrets = personalStrings(server)
  const text = container.textContent ?? ''
  expect(secrets.filter((s) => text.includes(s))).toEqual([])
  // nor any photo
  expect(container.querySelectorAll('img')).toHaveLength(0)
})
