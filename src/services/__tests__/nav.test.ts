import Taro from '@tarojs/taro'
import { act } from '@testing-library/react'
import { setRouter } from '../../../test/utils/page'
import { wxLoginCode } from '@/services/device/login'
import { useSession } from '@/stores/session'
import { currentPageUrl, goAfterLogin, navigate, replace, requireLogin } from '../nav'


test('currentPageUrl keeps the query and drops Taro bookkeeping', () => {
  setRouter('/packages/report/detail/index', { id: 'r 1', $taroTimestamp: '123', stamp: '9' })
  expect(currentPageUrl()).toBe('/packages/report/detail/index?id=r%201')
})

test('requireLogin: false and opens login with the current page as redirect', () => {
  const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  setRouter('/packages/report/order/index', { id: 'x1' })
  expect(requireLogin()).toBe(false)
  expect(nav).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/report/order/index?id=x1')}` })
})

test('requireLogin: true when logged in', () => {
  act(() =>
    useSession.getState().signIn({
      token: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      user: { id: 'u', name: '李华', phoneMasked: '138****1234', roles: ['resident'], communityId: null, gridId: null, home: null },
    }),
  )
  const nav = jest.spyOn(Taro, 'navigateTo')
  expect(requireLogin()).toBe(true)
  expect(nav).not.toHaveBeenCalled()
})

test('goAfterLogin: a fresh stack at the redirect (tab pages without their query), 首页 by default, decodes weapp raw params', () => {
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'ok' })
  goAfterLogin('/pages/inbox/index?x=1')
  expect(reLaunch).toHaveBeenLastCalledWith({ url: '/pages/inbox/index' })
  goAfterLogin(encodeURIComponent('/packages/report/detail/index?id=r1'))
  expect(reLaunch).toHaveBeenLastCalledWith({ url: '/packages/report/detail/index?id=r1' })
  goAfterLogin(undefined)
  expect(reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
  goAfterLogin('https://evil.example/x')
  expect(reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
  goAfterLogin('/pages/login/index?redirect=%2Fpages%2Fme%2Findex')
  expect(reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
})

test('navigate: switchTab for tab pages (no query), navigateTo otherwise, redirectTo when the stack is full', async () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockRejectedValue(new Error('navigateTo:fail webview count limit exceed'))
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' })
  navigate('/pages/tasks/index?tab=1')
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/tasks/index' })
  navigate('/packages/report/detail/index?id=r1')
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/report/detail/index?id=r1' })
  await new Promise((r) => setTimeout(r, 0))
  expect(redirectTo).toHaveBeenLastCalledWith({ url: '/packages/report/detail/index?id=r1' })
})

test('a rejected navigation is handled: no unhandled rejection, replace falls back to 首页', async () => {
  const unhandled = jest.fn()
  process.on('unhandledRejection', unhandled)
  jest.spyOn(Taro, 'navigateTo').mockRejectedValue(new Error('fail'))
  jest.spyOn(Taro, 'redirectTo').mockRejectedValue(new Error('fail'))
  const switchTab = jest.spyOn(Taro, 'switchTab').mockRejectedValue(new Error('fail'))
  navigate('/packages/report/new/index')
  replace('/packages/report/detail/index?id=r1')
  await new Promise((r) => setTimeout(r, 10))
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
  process.off('unhandledRejection', unhandled)
  expect(unhandled).not.toHaveBeenCalled()
})

test('wxLoginCode on H5 is a stable per-device pseudo code', async () => {
  const a = await wxLoginCode()
  const b = await wxLoginCode()
  expect(a).toMatch(/^h5-[0-9a-z]+$/)
  expect(b).toBe(a)
})
