// The weapp adapter, driven through Taro's own request interceptor chain (the H5 Taro under
// jest has the same Link/Chain as the mini-program runtime).
import Taro from '@tarojs/taro'
import { reportInput } from '../../../test/utils/bodies'
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

describe('the weapp interceptor and hostile or unlucky requests', () => {
  const server = installMiniMock()
  const base = 'https://linli.invalid/api/v1'
  afterEach(() => server.reset())

  test('one-tap login: two fresh codes from the same device are the same resident, with the same reports', async () => {
    const login = (code: string, key: string) =>
      Taro.request({ url: `${base}/auth/wx-login`, method: 'POST', data: { code }, header: { 'Content-Type': 'application/json', 'Idempotency-Key': key } })
    const first = await login('0a1B2c3D4e5F6g-once-1', 'mini-wx-1')
    expect(first.statusCode).toBe(200)
    const token = (first.data as { token: string }).token
    const created = await Taro.request({
      url: `${base}/reports`,
      method: 'POST',
      data: reportInput(),
      header: { 'Content-Type': 'application/json', 'Idempotency-Key': 'mini-report-1', Authorization: `Bearer ${token}` },
    })
    expect(created.statusCode).toBe(201)
    const second = await login('9z8Y7x6W5v4U3t-once-2', 'mini-wx-2')
    expect(second.statusCode).toBe(200)
    expect((second.data as { user: { id: string } }).user.id).toBe((first.data as { user: { id: string } }).user.id)
    const mine = await Taro.request({
      url: `${base}/reports`,
      data: { scope: 'mine' },
      header: { Authorization: `Bearer ${(second.data as { token: string }).token}` },
    })
    expect((mine.data as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([(created.data as { id: string }).id])
    expect(Taro.getStorageSync('linli.device')).toMatch(/^[0-9a-z]{8,}$/)
  })

  test('10 KB nested 5 000 levels → 400 内容层级太深, an answer and not a network failure', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000)
    const r = await Taro.request({ url: `${base}/auth/demo-login`, method: 'POST', data: deep, header: { 'Idempotency-Key': 'mini-deep' } })
    expect(r.statusCode).toBe(400)
    expect(r.data).toEqual({ code: 'BAD_REQUEST', message: '内容层级太深' })
  })

  test('a body over the limit → 413', async () => {
    const r = await Taro.request({ url: `${base}/auth/wx-login`, method: 'POST', data: { code: 'c'.repeat(1024 * 1024) }, header: { 'Idempotency-Key': 'mini-big' } })
    expect(r.statusCode).toBe(413)
    expect(r.data).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大（最多 64 KB）' })
  })

  test('anything that throws → 500 INTERNAL without a stack, answered (so it is not retried as a network failure)', async () => {
    const spy = jest.spyOn(server, 'handle').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const r = await Taro.request({ url: `${base}/geo` })
      expect(r.statusCode).toBe(500)
      expect(r.data).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后重试' })
    } finally {
      spy.mockRestore()
      quiet.mockRestore()
    }
  })

  test('a 429 puts Retry-After into the response header', async () => {
    type Answer = { statusCode: number; header: Record<string, string>; data: unknown }
    let last = null as Answer | null
    for (let i = 0; i < 25; i++) {
      last = (await Taro.request({
        url: `${base}/auth/demo-login`,
        method: 'POST',
        data: { accountId: 'demo-resident' },
        header: { 'Content-Type': 'application/json', 'Idempotency-Key': `mini-login-${i}` },
      })) as unknown as Answer
      if (last.statusCode === 429) break
    }
    expect(last?.statusCode).toBe(429)
    expect(last?.header['Retry-After']).toBe('600')
    expect(last?.data).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 600 })
  })
})
