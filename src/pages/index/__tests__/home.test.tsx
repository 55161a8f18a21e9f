import Taro from '@tarojs/taro'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { useSettings } from '@/stores/settings'
import { renderPage } from '../../../../test/utils/page'
import HomePage from '../index'

withMockServer()

test('browsable logged out; 随手拍 goes to login first and comes back to the report form', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  await renderPage(<HomePage />, { path: '/pages/index/index' })
  expect(screen.getByText(/居民朋友/)).toBeInTheDocument()
  for (const t of ['随手拍', '帮代办', '解忧小屋', '志愿积分', '社区公告']) expect(screen.getByText(t)).toBeInTheDocument()

  await user.click(screen.getByText('随手拍'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/packages/report/new/index')}` })

  await user.click(screen.getByText('帮代办'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/booking/index/index' })
})

test('the 长辈版 entry switches elder mode on the page', async () => {
  const user = userEvent.setup()
  const { container } = await renderPage(<HomePage />, { path: '/pages/index/index' })
  expect(container.firstElementChild).not.toHaveClass('elder')
  await user.click(screen.getByRole('switch'))
  expect(useSettings.getState().elder).toBe(true)
  expect(container.firstElementChild).toHaveClass('elder')
  expect(screen.getByText('长辈版 · 已开启')).toBeInTheDocument()
})
