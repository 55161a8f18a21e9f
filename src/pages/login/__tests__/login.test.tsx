import Taro from '@tarojs/taro'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { ROLE_LABELS } from '@/contract'
import { SESSION_STORAGE_KEY, isLoggedIn, useSession } from '@/stores/session'
import { renderPage } from '../../../../test/utils/page'
import LoginPage from '../index'

const { server } = withMockServer()


test('lists the demo accounts from the server, with masked phones and Chinese roles', async () => {
  await renderPage(<LoginPage />, { path: '/pages/login/index' })
  const rows = await screen.findAllByTestId('demo-account')
  expect(rows).toHaveLength(server.db.demoAccountIds.length)
  expect(rows.length).toBeGreaterThan(3)
  // every role has an account
  const text = rows.map((r) => r.textContent ?? '').join('\n')
  for (const label of Object.values(ROLE_LABELS)) expect(text).toContain(label)
  // phones are masked
  expect(text).toMatch(/1\d{2}\*{4}\d{4}/)
  expect(text).not.toMatch(/1\d{10}/)
})

test('tapping 登录 on a demo account stores the session and goes back to the redirect', async () => {
  const user = userEvent.setup()
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  await renderPage(<LoginPage />, { path: '/pages/login/index', params: { redirect: encodeURIComponent('/packages/report/detail/index?id=r1') } })
  const first = (await screen.findAllByTestId('demo-account'))[0]
  const id = first.getAttribute('data-account')!
  await user.click(within(first).getByText('登录'))

  await waitFor(() => expect(isLoggedIn(useSession.getState())).toBe(true))
  const s = useSession.getState()
  expect(s.user?.id).toBe(id)
  expect(s.activeRole).toBe(s.user?.roles[0])
  // the server knows the token, and it is in storage for the next launch
  expect(server.db.sessions[s.token!]).toBeTruthy()
  expect(JSON.parse(Taro.getStorageSync(SESSION_STORAGE_KEY)).state.token).toBe(s.token)
  await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/packages/report/detail/index?id=r1' }))
})

test('微信一键登录 signs in a new resident and returns to a tab page on a fresh stack', async () => {
  const user = userEvent.setup()
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  await renderPage(<LoginPage />, { path: '/pages/login/index', params: { redirect: '/pages/me/index' } })
  await user.click(screen.getByText('微信一键登录'))
  await waitFor(() => expect(isLoggedIn(useSession.getState())).toBe(true))
  expect(useSession.getState().user?.roles).toEqual(['resident'])
  expect(useSession.getState().user?.name).toMatch(/^微信用户/)
  await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/me/index' }))

  // the same device gets the same account next time
  const firstId = useSession.getState().user?.id
  act(() => useSession.getState().signOut())
  await user.click(screen.getByText('微信一键登录'))
  await waitFor(() => expect(useSession.getState().user?.id).toBe(firstId))
})

test('offline: the demo list shows a Chinese error with 重试, which recovers', async () => {
  const user = userEvent.setup()
  server.control.setFaults({ offline: true })
  await renderPage(<LoginPage />, { path: '/pages/login/index' })
  expect(await screen.findByText(/网络连接失败/, undefined, { timeout: 8000 })).toBeInTheDocument()
  server.control.clearFaults()
  await user.click(screen.getByText('重试'))
  expect((await screen.findAllByTestId('demo-account')).length).toBeGreaterThan(0)
})
