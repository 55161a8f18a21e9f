// The weapp adapter, driven through Taro's own request interceptor chain (the H5 Taro under
// jest has the same Link/Chain as the mini-program runtime).
import Taro from '@tarojs/taro'
import { installMiniMock, splitApiUrl, MINI_DB_KEY } from '../mini'

test('splitApiUrl parses the query by hand', () => {
  expect(splitApiUrl('https://linli.invalid/api/v1/reports?scope=mine&limit=20&q=%E5%9E%83+x#top')).toEqual({
    path: '/reports',
    query: { scope: 'mine', limit: '20', q: '垃 x' },
  })
  expect(splitApiUrl('https://linli.invalid/api/v1/geo')).toEqual({ path: '/geo', query: {} })
})

describe('installMiniMock', () => {
  const server = installMiniMock()

  test('answers Taro.request for /api/v1/ in the wx.request shape and persists to Taro storage', async () => {
    expect(installMiniMock()).toBe(server)
    const login = await Taro.request({
      url: 'https://linli.invalid/api/v1/auth/demo-login',
      method: 'POST',
      data: { accountId: 'demo-resident' },
      header: { 'Content-Type': 'application/json', 'Idempotency-Key': 'mini-1' },
    })
    expect(login).toMatchObject({ statusCode: 200, errMsg: 'request:ok' })
    const token = (login.data as { token: string }).token
    const mine = await Taro.request({
      url: 'https://linli.invalid/api/v1/reports',
      method: 'GET',
      data: { scope: 'mine', limit: 2 },
      header: { Authorization: `Bearer ${token}` },
    })
    expect(mine.statusCode).toBe(200)
    expect((mine.data as { items: unknown[] }).items).toHaveLength(2)
    const denied = await Taro.request({ url: 'https://linli.invalid/api/v1/me' })
    expect(denied.statusCode).toBe(401)
    expect(denied.data).toEqual({ code: 'UNAUTHORIZED', message: '请先登录' })
    const stored = Taro.getStorageSync(MINI_DB_KEY)
    expect(typeof stored).toBe('string')
    expect(JSON.parse(stored).sessions[token].userId).toBe('demo-resident')
  })

  test('a network fault rejects with request:fail', async () => {
    server.control.setFaults({ offline: true })
    try {
      await expect(Taro.request({ url: 'https://linli.invalid/api/v1/geo' })).rejects.toMatchObject({ errMsg: expect.stringMatching(/^request:fail /) })
    } finally {
      server.control.clearFaults()
    }
  })

  test('sets the weapp probe, which logs in and lists through Taro.request', async () => {
    const probe = (globalThis as unknown as { __linliMockProbe: () => Promise<{ ok: boolean; detail: string }> }).__linliMockProbe
    const r = await probe()
    expect(r.ok).toBe(true)
    expect(r.detail).toMatch(/demo-login 200, GET \/reports 200 with \d+ tickets/)
  })
})
