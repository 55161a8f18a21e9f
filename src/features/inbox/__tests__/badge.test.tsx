import Taro from '@tarojs/taro'
import { renderHook } from '@testing-library/react'
import { useBadge } from '@/stores/badge'
import { useUnreadBadge } from '../hooks'

beforeEach(() => useBadge.setState({ unread: 0 }))

test('a known count goes to the badge store and, on H5, to the native tab bar badge', () => {
  const set = jest.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'setTabBarBadge:ok' })
  const remove = jest.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'removeTabBarBadge:ok' })
  const { rerender } = renderHook(({ n }) => useUnreadBadge(n), { initialProps: { n: 3 } })
  expect(useBadge.getState().unread).toBe(3)
  expect(set).toHaveBeenLastCalledWith({ index: 2, text: '3' })

  rerender({ n: 150 })
  expect(useBadge.getState().unread).toBe(150)
  expect(set).toHaveBeenLastCalledWith({ index: 2, text: '99+' })

  rerender({ n: 0 })
  expect(useBadge.getState().unread).toBe(0)
  expect(remove).toHaveBeenCalledWith({ index: 2 })
})
