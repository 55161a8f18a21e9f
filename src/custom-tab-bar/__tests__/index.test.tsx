import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useBadge } from '@/stores/badge'
import { useSettings } from '@/stores/settings'
import CustomTabBar from '../index'
import { TABS, tabIndexOf, useCurrentTab } from '../tabs'

beforeEach(() => {
  act(() => {
    useCurrentTab.setState({ current: 0 })
    useBadge.setState({ unread: 0 })
  })
})

const tab = (name: string | RegExp) => screen.getByRole('tab', { name })

test('four tabs in a navigation landmark, in the order of app.config', () => {
  render(<CustomTabBar />)
  expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument()
  expect(screen.getAllByRole('tab').map((t) => t.getAttribute('aria-label'))).toEqual(['首页', '办事', '消息', '我的'])
  expect(screen.getByText('我的')).toBeInTheDocument()
  expect(TABS.map((t) => t.path)).toEqual(['/pages/index/index', '/pages/tasks/index', '/pages/inbox/index', '/pages/me/index'])
})

test('marks the current tab selected and follows the tab page that shows', () => {
  act(() => useCurrentTab.setState({ current: 1 }))
  render(<CustomTabBar />)
  expect(tab('办事')).toHaveAttribute('aria-selected', 'true')
  expect(tab('办事')).toHaveClass('tab-bar__item--on')
  expect(tab('首页')).toHaveAttribute('aria-selected', 'false')

  // what Taro announces to the components of a page when it shows (router.onShow)
  act(() => Taro.eventCenter.trigger('pages/inbox/index.onShow'))
  expect(tab('消息')).toHaveAttribute('aria-selected', 'true')
  expect(tab('办事')).toHaveAttribute('aria-selected', 'false')
  // a page off the tab bar changes nothing
  act(() => Taro.eventCenter.trigger('pages/login/index.onShow'))
  expect(tab('消息')).toHaveAttribute('aria-selected', 'true')
})

test('a tap switches through the navigator and selects the tab at once', async () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  render(<CustomTabBar />)
  fireEvent.click(tab('我的'))
  expect(tab('我的')).toHaveAttribute('aria-selected', 'true')
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' })
  // the tab already shown: nowhere to go
  switchTab.mockClear()
  fireEvent.click(tab('我的'))
  expect(switchTab).not.toHaveBeenCalled()
})

test('a switch that fails gives the selection back', async () => {
  jest.spyOn(Taro, 'switchTab').mockRejectedValue(new Error('switchTab:fail'))
  render(<CustomTabBar />)
  fireEvent.click(tab('办事'))
  await waitFor(() => expect(tab('首页')).toHaveAttribute('aria-selected', 'true'))
  expect(tab('办事')).toHaveAttribute('aria-selected', 'false')
})

test('shows the unread count on 消息 and says it', () => {
  render(<CustomTabBar />)
  expect(screen.queryByText('3')).not.toBeInTheDocument()
  act(() => useBadge.getState().setUnread(3))
  expect(tab('消息，3条未读')).toBeInTheDocument()
  expect(screen.getByText('3')).toBeInTheDocument()
  act(() => useBadge.getState().setUnread(120))
  expect(tab('消息，120条未读')).toBeInTheDocument()
  expect(screen.getByText('99+')).toBeInTheDocument()
  act(() => useBadge.getState().setUnread(0))
  expect(tab('消息')).toBeInTheDocument()
  expect(screen.queryByText('99+')).not.toBeInTheDocument()
})

test('长辈版 puts the elder class on the bar', () => {
  render(<CustomTabBar />)
  const bar = screen.getByTestId('tab-bar')
  expect(bar).toHaveClass('tab-bar')
  expect(bar).not.toHaveClass('elder')
  act(() => useSettings.getState().setElder(true))
  expect(bar).toHaveClass('tab-bar', 'elder')
})

test('tabIndexOf reads page paths with or without the slash and query', () => {
  expect(tabIndexOf('pages/inbox/index')).toBe(2)
  expect(tabIndexOf('/pages/me/index?x=1')).toBe(3)
  expect(tabIndexOf('/pages/login/index')).toBe(-1)
  expect(tabIndexOf(undefined)).toBe(-1)
})
