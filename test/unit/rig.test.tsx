/**
 * Guards the jest rig itself: Taro's H5 components and taro-ui render in jsdom, clicks reach
 * handlers, lifecycle hooks resolve, and Taro.request goes through fetch to msw/node.
 */
import { useState } from 'react'
import Taro, { useDidShow, useLoad, useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { firePageLifecycle, renderPage } from '../utils/page'

const server = setupServer(
  http.get('http://localhost/api/v1/ping', ({ request }) =>
    HttpResponse.json({ pong: true, auth: request.headers.get('authorization') }),
  ),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function Probe() {
  const [count, setCount] = useState(0)
  const [taps, setTaps] = useState(0)
  return (
    <View className='probe'>
      <Text>邻里帮 {count}</Text>
      <Button onClick={() => setCount((c) => c + 1)}>加一</Button>
      <AtButton type='primary' onClick={() => setTaps((t) => t + 1)}>
        taro-ui {taps}
      </AtButton>
    </View>
  )
}

test('Taro components and taro-ui render and handle clicks', async () => {
  const user = userEvent.setup()
  render(<Probe />)
  expect(screen.getByText('邻里帮 0')).toBeInTheDocument()
  await user.click(screen.getByText('加一'))
  expect(await screen.findByText('邻里帮 1')).toBeInTheDocument()
  await user.click(screen.getByText('taro-ui 0'))
  await waitFor(() => expect(screen.getByText('taro-ui 1')).toBeInTheDocument())
})

test('Taro.request reaches msw/node through fetch', async () => {
  const res = await Taro.request<{ pong: boolean; auth: string | null }>({
    url: 'http://localhost/api/v1/ping',
    header: { Authorization: 'Bearer t0' },
  })
  expect(res.statusCode).toBe(200)
  expect(res.data).toEqual({ pong: true, auth: 'Bearer t0' })
})

function LifecyclePage() {
  const { params } = useRouter()
  const [log, setLog] = useState<string[]>([])
  useLoad((q: Record<string, string>) => setLog((l) => [...l, `load:${q.id}`]))
  useDidShow(() => setLog((l) => [...l, 'show']))
  return <Text>{`${params.id} ${log.join(',')}`}</Text>
}

test('page lifecycle hooks and useRouter work through test/utils/page', async () => {
  await renderPage(<LifecyclePage />, { path: '/pages/x/index', params: { id: 'r1' } })
  expect(screen.getByText('r1 load:r1,show')).toBeInTheDocument()
  await firePageLifecycle('onShow')
  expect(screen.getByText('r1 load:r1,show,show')).toBeInTheDocument()
})
