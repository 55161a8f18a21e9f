import Taro from '@tarojs/taro'
import { act } from '@testing-library/react'
import { setRouter } from '../../../../test/utils/page'
import { wxLoginCode } from '@/services/device'
import { useSession } from '@/stores/session'
import { currentPageUrl, goAfterLogin, requireLogin } from '../nav'

beforeEach(() => act(() => useSession.getState().signOut()))

test('currentPageUrl keeps the query and drops Taro bookkeeping', () => {
  setRouter('/packages/report/detail/index', { id: 'r 1', $taroTimestamp: '123', stamp: '9' })
  expect(currentPageUrl()).toBe('/packages/report/detail/index?id=r%201')
})

test('requireLogin: false and opens login with the current page as redirect', () => {
  const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  setRouter('/packages/work/order/index', { id: 'x1' })
  expect(requireLogin()).toBe(false)
  expect(nav).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/work/order/index?id=x1')}` })
})

test('requireLogin: true when logged in', () => {
  act(() =>
    useSession.getState().signIn({
      token: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      user: { id: 'u', name: '李华', phoneMasked: '138****1234', roles: ['resident'], communityId: null, gridId: null },
    }),
  )
  const nav = jest.spyOn(Taro, 'navigateTo')
  expect(requireLogin()).toBe(true)
  expect(nav).not.toHaveBeenCalled()
})

test('goAfterLogin: switchTab for tab pages, redirectTo otherwise, 首页 by default, decodes weapp raw params', () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' })
  goAfterLogin('/pages/inbox/index')
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/inbox/index' })
  goAfterLogin(encodeURIComponent('/packages/report/detail/index?id=r1'))
  expect(redirectTo).toHaveBeenLastCalledWith({ url: '/packages/report/detail/index?id=r1' })
  goAfterLogin(undefined)
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
  goAfterLogin('https://evil.example/x')
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
})

test('wxLoginCode on H5 is a stable per-device pseudo code', async () => {
  const a = await wxLoginCode()
  const b = await wxLoginCode()
  expect(a).toMatch(/^h5-[0-9a-z]+$/)
  expect(b).toBe(a)
})
