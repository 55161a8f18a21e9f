import Taro from '@tarojs/taro'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { signInAs } from '../../../../test/utils/client'
import { authApi } from '@/features/auth/api'
import { connectMockServer } from '@/services/mock'
import { SESSION_STORAGE_KEY, useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { DRAFTS_STORAGE_KEY, draftId, useDraftStore } from '@/stores/drafts'
import { renderPage } from '../../../../test/utils/page'
import MePage from '../index'

const { server } = withMockServer()

async function signInWith(pred: (roles: string[]) => boolean) {
  const a = (await authApi.demoAccounts()).find((x) => pred(x.roles))
  expect(a).toBeTruthy()
  await signInAs(a!.id)
  return a!
}

test('logged out: a 登录 button, the elder switch and the privacy notice; no demo settings without a mock', async () => {
  connectMockServer(null)
  await renderPage(<MePage />, { path: '/pages/me/index' })
  expect(screen.getByText('去登录')).toBeInTheDocument()
  expect(screen.getByText('隐私说明')).toBeInTheDocument()
  expect(screen.queryByText('演示设置')).not.toBeInTheDocument()
  connectMockServer(server)
})

test('shows the user masked, switches the active role, toggles elder mode', async () => {
  const user = userEvent.setup()
  const a = await signInWith((r) => r.length > 1)
  const { container } = await renderPage(<MePage />, { path: '/pages/me/index' })
  expect(screen.getByText(a.name)).toBeInTheDocument()
  expect(screen.getByText(a.phoneMasked)).toBeInTheDocument()
  expect(a.phoneMasked).toContain('****')
  // community · grid names come from /geo
  expect(await screen.findByText(`${a.communityName} · ${a.gridName}`)).toBeInTheDocument()

  const roleGroup = container.querySelector('[data-name="role"]') as HTMLElement
  const second = a.roles[1]
  await user.click(within(roleGroup).getAllByRole('radio')[1])
  expect(useSession.getState().activeRole).toBe(second)

  expect(container.firstElementChild).not.toHaveClass('elder')
  await user.click(container.querySelector('[data-name="elder"]') as HTMLElement)
  expect(useSettings.getState().elder).toBe(true)
  expect(container.firstElementChild).toHaveClass('page', 'elder')
})

test('退出登录 clears the session from storage, ends it on the server and goes to 首页', async () => {
  const user = userEvent.setup()
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  await signInWith(() => true)
  const token = useSession.getState().token!
  expect(server.db.sessions[token]).toBeTruthy()
  await renderPage(<MePage />, { path: '/pages/me/index' })
  await user.click(screen.getByText('退出登录'))
  await waitFor(() => expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }))
  expect(useSession.getState().token).toBeNull()
  expect(Taro.getStorageSync(SESSION_STORAGE_KEY)).toBe('')
  expect(server.db.sessions[token]).toBeUndefined()
})

test('演示设置: 模拟断网 makes requests fail; 重置演示数据 needs a second tap', async () => {
  const user = userEvent.setup()
  // the real wrapper over the test's server (test/utils/mock connects it)
  const reset = jest.spyOn(server, 'reset')
  const filed = server.db.reports.length
  server.db.reports.pop()
  await renderPage(<MePage />, { path: '/pages/me/index' })
  expect(screen.getByText('演示设置')).toBeInTheDocument()

  await user.click(screen.getByText('模拟断网'))
  await expect(authApi.demoAccounts()).rejects.toMatchObject({ status: 0 })
  expect(screen.getByText(/已模拟断网/)).toBeInTheDocument()
  await user.click(screen.getByText('模拟断网'))
  expect((await authApi.demoAccounts()).length).toBeGreaterThan(0)
  expect(screen.queryByText(/已模拟断网/)).not.toBeInTheDocument()

  await user.click(screen.getByText('重置演示数据'))
  expect(reset).not.toHaveBeenCalled()
  expect(screen.getByText('确定重置演示数据？')).toBeInTheDocument()
  await user.click(screen.getByText('确认重置'))
  await waitFor(() => expect(reset).toHaveBeenCalledTimes(1))
  expect(await screen.findByText('演示数据已恢复到初始状态')).toBeInTheDocument()
  expect(server.db.reports).toHaveLength(filed)
}, 20000)

test('退出登录 with an unsent draft: warns first, 先不退出 keeps it; 仍要退出 removes this user\'s drafts only', async () => {
  const user = userEvent.setup()
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  await signInAs('demo-resident')
  act(() => {
    useDraftStore.getState().patch(draftId('demo-resident', 'report-new'), { description: '楼道灯坏了一个星期' })
    useDraftStore.getState().patch(draftId('demo-resident', 'report-SP1-rate'), {})
    useDraftStore.getState().patch(draftId('demo-resident-2', 'report-new'), { description: '李建国的草稿' })
  })
  await renderPage(<MePage />, { path: '/pages/me/index' })

  await user.click(screen.getByText('退出登录'))
  expect(screen.getByText('您有 1 份填写了但还没提交的内容')).toBeInTheDocument()
  expect(useSession.getState().token).not.toBeNull()
  await user.click(screen.getByText('先不退出'))
  expect(screen.queryByText('您有 1 份填写了但还没提交的内容')).not.toBeInTheDocument()
  expect(useSession.getState().token).not.toBeNull()

  await user.click(screen.getByText('退出登录'))
  await user.click(screen.getByText('仍要退出并删除'))
  await waitFor(() => expect(useSession.getState().token).toBeNull())
  const left = Object.keys(useDraftStore.getState().drafts)
  expect(left).toEqual([draftId('demo-resident-2', 'report-new')])
  expect(String(Taro.getStorageSync(DRAFTS_STORAGE_KEY))).not.toContain('楼道灯坏了')
})
