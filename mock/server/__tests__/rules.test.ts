import { reportInput } from '../../../test/utils/bodies'
import { createMemoryPersist, createMockServer, createClock } from '../index'
import { DAY, HOUR, T0, client, newServer, res, type Json } from './helpers'

describe('auth', () => {
  test('no token → 401 请先登录', async () => {
    const { server } = newServer()
    const r = await client(server).get('/me')
    expect(r.status).toBe(401)
    expect(r.body).toEqual({ code: 'UNAUTHORIZED', message: '请先登录' })
  })

  test('a token works for 7 days by the clock, then 401 登录已过期', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const me = await c.get('/me', token)
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ id: 'demo-resident', name: '王秀英', phoneMasked: '138****1234', roles: ['resident', 'volunteer'], gridId: 'gd-xpl-1', communityId: 'cm-xpl' })
    clock.advance(7 * DAY - 60 * 1000)
    expect((await c.get('/me', token)).status).toBe(200)
    clock.advance(2 * 60 * 1000)
    const expired = await c.get('/me', token)
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({ code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' })
  })

  test('an unknown token is treated as expired', async () => {
    const { server } = newServer()
    const r = await client(server).get('/me', 'tk_nope')
    expect(r.status).toBe(401)
    expect(r.body.message).toBe('登录已过期，请重新登录')
  })
})

describe('roles and access', () => {
  test('a resident asking for the queue → 403; a worker asking for mine → 403', async () => {
    const { server } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const worker = await c.login('demo-grid-worker')
    const q = await c.get('/reports', resident, { scope: 'queue' })
    expect(q.status).toBe(403)
    expect(q.body.code).toBe('FORBIDDEN')
    expect((await c.get('/reports', worker, { scope: 'mine' })).status).toBe(403)
  })

  test('route roles: a worker cannot file a report, a resident cannot take one', async () => {
    const { server } = newServer()
    const c = client(server)
    const worker = await c.login('demo-grid-worker')
    const resident = await c.login('demo-resident')
    const created = await c.post('/reports', reportInput(), resident)
    expect((await c.post('/reports', reportInput(), worker)).status).toBe(403)
    const take = await c.post(`/reports/${created.body.id}/take`, {}, resident)
    expect(take.status).toBe(403)
    expect(take.body.code).toBe('FORBIDDEN')
  })

  test("someone else's report → 404, the same answer as a missing one", async () => {
    const { server } = newServer()
    const c = client(server)
    const owner = await c.login('demo-resident')
    const id = (await c.post('/reports', reportInput(), owner)).body.id
    const other = await c.login('demo-resident-2')
    const otherWorker = await c.login('demo-grid-worker-2')
    const merchant = await c.login('demo-merchant')
    const expected = { code: 'NOT_FOUND', message: '工单不存在或无权查看' }
    for (const token of [other, otherWorker, merchant]) {
      const r = await c.get(`/reports/${id}`, token)
      expect(r.status).toBe(404)
      expect(r.body).toEqual(expected)
    }
    expect((await c.get('/reports/SP209901010001', other)).body).toEqual(expected)
    // acting on it is a 404 too, never a 403
    const take = await c.post(`/reports/${id}/take`, {}, otherWorker)
    expect(take.status).toBe(404)
    // the reporter and the grid worker of that grid do see it
    expect((await c.get(`/reports/${id}`, owner)).status).toBe(200)
    expect((await c.get(`/reports/${id}`, await c.login('demo-grid-worker'))).status).toBe(200)
  })

  test('an unknown path → 404 NOT_FOUND', async () => {
    const { server } = newServer()
    const r = await client(server).get('/nothing/here')
    expect(r.status).toBe(404)
    expect(r.body.code).toBe('NOT_FOUND')
  })
})

describe('validation', () => {
  test('4-character description, 10 photos, no category, 10-digit phone → 400 naming each field', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const before = server.db.reports.length
    const bad = {
      ...reportInput(),
      category: undefined,
      description: '垃圾成堆',
      photos: Array.from({ length: 10 }, (_, i) => `data:image/png;base64,${i}`),
      contactPhone: '1380731123',
    }
    const r = await c.post('/reports', bad, token)
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('VALIDATION_FAILED')
    expect(r.body.message).toBe('请检查填写的内容')
    expect(r.body.fields).toEqual({
      category: '请选择问题类别',
      description: '问题描述至少5个字',
      photos: '最多上传9张照片',
      contactPhone: '请输入11位手机号码',
    })
    expect(server.db.reports.length).toBe(before)
  })

  test('a grid outside the chosen community → field location.gridId', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const r = await c.post('/reports', reportInput({ location: { address: '西牌楼街35号院', communityId: 'cm-xpl', gridId: 'gd-tpj-1' } }), token)
    expect(r.status).toBe(400)
    expect(r.body.fields).toEqual({ 'location.gridId': '所选网格不属于该社区' })
  })

  test('bad list parameters → 400 with the field', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    expect((await c.get('/reports', token, {})).body.fields).toEqual({ scope: '请指定列表范围（mine 或 queue）' })
    expect((await c.get('/reports', token, { scope: 'mine', cursor: '!!' })).body.fields).toHaveProperty('cursor')
    expect((await c.get('/reports', token, { scope: 'mine', limit: 'x' })).body.fields).toHaveProperty('limit')
    expect((await c.get('/reports/similar', token, { category: 'nope', gridId: 'gd-xpl-1' })).body.fields).toEqual({ category: '请选择问题类别' })
  })

  test('GET /reports checks its query with the contract schema: ?scope=bad, ?limit=abc, ?status=x → 400 naming the field', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const badScope = await c.get('/reports', token, { scope: 'bad' })
    expect(badScope.status).toBe(400)
    expect(badScope.body).toEqual({ code: 'VALIDATION_FAILED', message: '请检查填写的内容', fields: { scope: '请指定列表范围（mine 或 queue）' } })
    const badLimit = await c.get('/reports', token, { scope: 'mine', limit: 'abc' })
    expect(badLimit.status).toBe(400)
    expect(badLimit.body.fields).toEqual({ limit: '每页条数应为正整数' })
    expect((await c.get('/reports', token, { scope: 'mine', limit: '0' })).body.fields).toEqual({ limit: '每页条数应为正整数' })
    expect((await c.get('/reports', token, { scope: 'mine', status: 'x' })).body.fields).toEqual({ status: '状态筛选应为 open、done 或 all' })
    expect((await c.get('/reports', token, { scope: 'mine', cursor: 'x1' })).body.fields).toEqual({ cursor: '分页参数无效，请刷新后重试' })
    // every bad field at once
    expect(Object.keys((await c.get('/reports', token, { scope: 'bad', limit: 'abc' })).body.fields).sort()).toEqual(['limit', 'scope'])
  })

  test('valid list queries behave as before: empty values are ignored, unknown parameters too, limit is capped', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const all = (await c.get('/reports', token, { scope: 'mine' })).body
    expect((await c.get('/reports', token, { scope: 'mine', status: '', cursor: '', limit: '', extra: '1' })).body).toEqual(all)
    expect((await c.get('/reports', token, { scope: 'mine', status: 'all' })).body).toEqual(all)
    const first = (await c.get('/reports', token, { scope: 'mine', limit: '1' })).body
    expect(first.items).toEqual(all.items.slice(0, 1))
    const second = (await c.get('/reports', token, { scope: 'mine', limit: '1', cursor: first.nextCursor })).body
    expect(second.items).toEqual(all.items.slice(1, 2))
  })

  test('the inbox and the similar list check their queries too', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    expect((await c.get('/inbox', token, { limit: 'abc' })).body.fields).toEqual({ limit: '每页条数应为正整数' })
    expect((await c.get('/inbox', token, { cursor: '!!' })).body.fields).toEqual({ cursor: '分页参数无效，请刷新后重试' })
    expect((await c.get('/reports/similar', token, { category: 'noise' })).body.fields).toEqual({ gridId: '请选择网格' })
    expect((await c.get('/reports/similar', token, { category: 'noise', gridId: 'gd-nowhere' })).body.fields).toEqual({ gridId: '请选择网格' })
  })
})

describe('idempotency', () => {
  test('a POST without Idempotency-Key → 400 IDEMPOTENCY_KEY_REQUIRED', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const r = await c.post('/reports', reportInput(), token, null)
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED')
  })

  test('a replay returns the first answer and creates one ticket', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const before = server.db.reports.length
    const first = await c.post('/reports', reportInput(), token, 'same-key')
    expect(first.status).toBe(201)
    const again = await c.post('/reports', reportInput(), token, 'same-key')
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers).toEqual({ 'idempotent-replayed': 'true' })
    expect(server.db.reports.length).toBe(before + 1)
    // key order in the body does not matter
    const { category, ...rest } = reportInput()
    expect((await c.post('/reports', { ...rest, category }, token, 'same-key')).body.id).toBe(first.body.id)
  })

  test('the same key with a different body → 422 IDEMPOTENCY_MISMATCH', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    await c.post('/reports', reportInput(), token, 'k')
    const r = await c.post('/reports', reportInput({ description: '另一个问题：路灯坏了很久了。' }), token, 'k')
    expect(r.status).toBe(422)
    expect(r.body.code).toBe('IDEMPOTENCY_MISMATCH')
  })

  test('the same key while the first is still running → 409 IDEMPOTENCY_IN_PROGRESS', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const before = server.db.reports.length
    server.control.setFaults({ latencyMs: 40 })
    const [a, b] = await Promise.all([c.post('/reports', reportInput(), token, 'k2'), c.post('/reports', reportInput(), token, 'k2')])
    expect(a.status).toBe(201)
    expect(b.status).toBe(409)
    expect(b.body.code).toBe('IDEMPOTENCY_IN_PROGRESS')
    expect(server.db.reports.length).toBe(before + 1)
  })

  test('a failed validation answer is stored and replayed too', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const bad = reportInput({ description: '太短' })
    const first = await c.post('/reports', bad, token, 'k3')
    expect(first.status).toBe(400)
    const replay = await c.post('/reports', bad, token, 'k3')
    expect(replay).toEqual({ ...first, headers: { 'idempotent-replayed': 'true' } })
  })

  test('keys are per user: two users may use the same key', async () => {
    const { server } = newServer()
    const c = client(server)
    const a = await c.login('demo-resident')
    const b = await c.login('demo-resident-2')
    const ra = await c.post('/reports', reportInput(), a, 'shared')
    const rb = await c.post('/reports', reportInput({ contactPhone: '13973125678' }), b, 'shared')
    expect(ra.status).toBe(201)
    expect(rb.status).toBe(201)
    expect(rb.body.id).not.toBe(ra.body.id)
  })

  test('a 500 fault is not remembered: the retry with the same key goes through', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    server.control.setFaults({ error500: 1 })
    expect((await c.post('/reports', reportInput(), token, 'k4')).status).toBe(500)
    expect((await c.post('/reports', reportInput(), token, 'k4')).status).toBe(201)
  })
})

describe('rate limit', () => {
  test('at most 10 new reports per user per hour → 429 RATE_LIMITED', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    for (let i = 0; i < 10; i++) {
      expect((await c.post('/reports', reportInput({ description: `第${i + 1}次反映：楼下垃圾没人清运` }), token)).status).toBe(201)
      clock.advance(60 * 1000)
    }
    const r = await c.post('/reports', reportInput(), token)
    expect(r.status).toBe(429)
    // the first of the ten leaves the window 50 minutes from now
    expect(r.body).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请 50 分钟后再试', retryAfterSeconds: 3000 })
    expect(r.headers).toEqual({ 'Retry-After': '3000' })
    // another resident is not affected
    expect((await c.post('/reports', reportInput(), await c.login('demo-resident-2'))).status).toBe(201)
    clock.advance(HOUR)
    expect((await c.post('/reports', reportInput(), token)).status).toBe(201)
  })
})

describe('paging', () => {
  test('cursor and limit walk the whole list once', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-grid-worker')
    const all = await c.get('/reports', token, { scope: 'queue', limit: '50' })
    const total = all.body.total
    expect(total).toBe(all.body.items.length)
    expect(total).toBeGreaterThan(5)
    const seen: string[] = []
    let cursor: string | null = ''
    let pages = 0
    while (cursor !== null) {
      const page: Json = await c.get('/reports', token, { scope: 'queue', limit: '5', cursor })
      expect(page.body.total).toBe(total)
      expect(page.body.items.length).toBeLessThanOrEqual(5)
      seen.push(...page.body.items.map((i: Json) => i.id))
      cursor = page.body.nextCursor
      pages++
    }
    expect(pages).toBe(Math.ceil(total / 5))
    expect(seen).toEqual(all.body.items.map((i: Json) => i.id))
  })

  test('limit defaults to 20 and is capped at 50', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    // make 60 messages for demo-resident
    for (let i = 0; i < 60; i++) server.db.messages.push({ id: `msg-x${i}`, userId: 'demo-resident', kind: 'system', title: `t${i}`, body: 'b', at: T0, read: false })
    const def = await c.get('/inbox', token)
    expect(def.body.items).toHaveLength(20)
    expect(def.body.nextCursor).not.toBeNull()
    const big = await c.get('/inbox', token, { limit: '500' })
    expect(big.body.items).toHaveLength(50)
  })
})

describe('faults', () => {
  test('offline → a network error until cleared', async () => {
    const { server } = newServer()
    server.control.setFaults({ offline: true })
    const r = await server.handle({ method: 'GET', path: '/geo', query: {}, headers: {}, body: undefined })
    expect(r).toEqual({ networkError: true, message: expect.any(String) })
    server.control.clearFaults()
    expect(res(await server.handle({ method: 'GET', path: '/geo', query: {}, headers: {}, body: undefined })).status).toBe(200)
  })

  test('error500: 1 fails the next request only', async () => {
    const { server } = newServer()
    const c = client(server)
    server.control.setFaults({ error500: 1 })
    const first = await c.get('/geo')
    expect(first.status).toBe(500)
    expect(first.body).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后重试' })
    expect((await c.get('/geo')).status).toBe(200)
  })

  test('error500: true fails everything; pathPrefix limits a fault to some paths', async () => {
    const { server } = newServer()
    const c = client(server)
    server.control.setFaults({ error500: true, pathPrefix: '/reports' })
    const token = await c.login('demo-resident')
    expect((await c.get('/geo')).status).toBe(200)
    expect((await c.get('/reports', token, { scope: 'mine' })).status).toBe(500)
    expect((await c.get('/reports', token, { scope: 'mine' })).status).toBe(500)
    server.control.clearFaults()
    expect((await c.get('/reports', token, { scope: 'mine' })).status).toBe(200)
  })

  test('latency delays the answer', async () => {
    const { server } = newServer()
    server.control.setFaults({ latencyMs: 120 })
    const t = Date.now()
    await client(server).get('/geo')
    expect(Date.now() - t).toBeGreaterThanOrEqual(100)
  })

  test('timeout: the answer does not come for 60 s', async () => {
    jest.useFakeTimers()
    try {
      const { server } = newServer()
      server.control.setFaults({ timeout: true })
      let settled: unknown = null
      void server.handle({ method: 'GET', path: '/geo', query: {}, headers: {}, body: undefined }).then((r) => {
        settled = r
      })
      await jest.advanceTimersByTimeAsync(59_000)
      expect(settled).toBeNull()
      await jest.advanceTimersByTimeAsync(2_000)
      expect(settled).toEqual({ networkError: true, message: expect.any(String) })
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('persistence and reset', () => {
  test('a new server on the same Persist sees the data, and the seed comes back on reset', async () => {
    const { server, persist, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const seeded = server.db.reports.length
    const id = (await c.post('/reports', reportInput(), token)).body.id

    const again = createMockServer({ clock, persist })
    const c2 = client(again)
    expect(again.db.reports.length).toBe(seeded + 1)
    const got = await c2.get(`/reports/${id}`, token) // the session survived too
    expect(got.status).toBe(200)
    expect(got.body.description).toBe(reportInput().description)

    const reset = await c2.post('/demo/reset', {}, null)
    expect(reset).toMatchObject({ status: 200, body: { ok: true } })
    expect(again.db.reports.length).toBe(seeded)
    expect((await c2.get(`/reports/${id}`, token)).status).toBe(404)
    // still logged in after a reset
    expect((await c2.get('/me', token)).status).toBe(200)
    // and the reset db is what a third server loads
    expect(createMockServer({ clock, persist }).db.reports.length).toBe(seeded)
  })

  test('POST /demo/reset still needs an Idempotency-Key', async () => {
    const { server } = newServer()
    expect((await client(server).post('/demo/reset', {}, null, null)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED')
  })

  test('server.reset() restores the seed', async () => {
    const { server } = newServer()
    const seeded = JSON.stringify(server.db.reports)
    const c = client(server)
    await c.post('/reports', reportInput(), await c.login('demo-resident'))
    expect(JSON.stringify(server.db.reports)).not.toBe(seeded)
    server.reset()
    expect(JSON.stringify(server.db.reports)).toBe(seeded)
  })

  test('garbage in storage is replaced by the seed (stored versions: see migrate.test.ts)', () => {
    const clock = createClock(T0)
    const broken = createMemoryPersist('{not json')
    expect(createMockServer({ clock, persist: broken }).db.reports.length).toBeGreaterThan(20)
    expect(JSON.parse(broken.peek() as string).reports.length).toBeGreaterThan(20)
  })

  test('seed: false starts empty', () => {
    const s = createMockServer({ clock: createClock(T0), seed: false })
    expect(s.db.reports).toEqual([])
    expect(s.db.grids).toEqual([])
  })

  test('a moved real-time clock is persisted with the db', async () => {
    const persist = createMemoryPersist()
    const a = createMockServer({ persist })
    a.control.clock.advance(3 * DAY)
    await client(a).post('/demo/reset', {}, null)
    const b = createMockServer({ persist })
    expect(b.control.clock.now().getTime() - Date.now()).toBeGreaterThan(3 * DAY - 60_000)
  })

  test('moving the clock is saved at once, with no request after it (a browser test reloads next)', () => {
    const persist = createMemoryPersist()
    createMockServer({ persist }).control.clock.advance(8 * DAY)
    const b = createMockServer({ persist })
    expect(b.control.clock.now().getTime() - Date.now()).toBeGreaterThan(8 * DAY - 60_000)
  })
})
