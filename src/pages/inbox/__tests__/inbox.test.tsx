import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { signInAs } from '../../../../test/utils/client'
import { fromNow } from '@/utils/format'
import { renderPage } from '../../../../test/utils/page'
import InboxPage from '../index'

const { server } = withMockServer()

/** The demo account with the most unread messages in the seed, signed in through the API. */
async function signInBusiest(): Promise<string> {
  const counts: Record<string, number> = {}
  for (const m of server.db.messages) if (!m.read && server.db.demoAccountIds.includes(m.userId)) counts[m.userId] = (counts[m.userId] ?? 0) + 1
  const id = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0]
  expect(id).toBeTruthy()
  await signInAs(id)
  return id
}

test('logged out: asks to log in and fetches nothing', async () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  const user = userEvent.setup()
  await renderPage(<InboxPage />, { path: '/pages/inbox/index' })
  expect(screen.getByText(/登录后查看消息/)).toBeInTheDocument()
  await user.click(screen.getByText('去登录'))
  expect(navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent('/pages/inbox/index')}` })
})

test('lists messages newest first with unread dots; a tap marks read on the server and opens the link', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as any)
  const me = await signInBusiest()
  const mine = server.db.messages.filter((m) => m.userId === me)
  const unread = mine.filter((m) => !m.read).length

  await renderPage(<InboxPage />, { path: '/pages/inbox/index' })
  const rows = await screen.findAllByTestId('inbox-item')
  expect(rows.length).toBe(Math.min(mine.length, 20))
  expect(screen.getByText(`${unread} 条未读`)).toBeInTheDocument()
  expect(screen.getAllByLabelText('未读')).toHaveLength(rows.filter((r) => r.querySelector('[data-read="false"]')).length)

  const first = rows.find((r) => r.querySelector('[data-read="false"]'))!
  const title = first.querySelector('.inbox__title')!.textContent!
  const time = first.querySelector('.inbox__time')!.textContent!
  const body = first.querySelector('.inbox__body')!.textContent!
  const msg = mine.find((m) => m.title === title && m.body === body && !m.read && fromNow(m.at) === time)!
  expect(msg).toBeTruthy()
  // every message of the report loop opens its ticket
  expect(msg.link).toMatch(/^\/packages\/report\/(detail|order)\/index\?id=/)
  expect(time).toMatch(/前$/)
  await user.click(within(first).getByText(title))

  await waitFor(() => expect(server.db.messages.find((m) => m.id === msg.id)!.read).toBe(true))
  expect(navigateTo).toHaveBeenCalledWith({ url: msg.link })
  await waitFor(() => expect(first.querySelector('[data-read="true"]')).toBeTruthy())
})

test('全部已读 marks everything read on the server', async () => {
  const user = userEvent.setup()
  const me = await signInBusiest()
  await renderPage(<InboxPage />, { path: '/pages/inbox/index' })
  await user.click(await screen.findByText('全部已读'))
  await waitFor(() => expect(server.db.messages.filter((m) => m.userId === me && !m.read)).toHaveLength(0))
  await waitFor(() => expect(screen.queryAllByLabelText('未读')).toHaveLength(0))
})
