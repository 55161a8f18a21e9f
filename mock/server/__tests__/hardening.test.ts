// What the mocked server does with requests that are large, deep, hostile or too many: the rules
// every module's routes inherit from the core (idempotency per caller, body limits, depth limits,
// no stack traces, rate limits with Retry-After, maps a request cannot poison).
import { reportInput } from '../../../test/utils/bodies'
import { DOMAINS } from '../../domains'
import { createReport } from '../../domains/reports/machine'
import type { DomainModule } from '../domain'
import { createClock, createMemoryPersist, createMockServer, type MockRequest } from '../index'
import { T0, client, newServer, res, type Json } from './helpers'

const KB = 1024
const MB = 1024 * KB
const CHINESE = /[\u4e00-\u9fff]/

function post(path: string, headers: Record<string, string>, extra: Partial<MockRequest>): MockRequest {
  return { method: 'POST', path, query: {}, headers, body: undefined, ...extra }
}

/** Arrays nested `n` deep: '[[[…]]]'. */
const deepText = (n: number) => '['.repeat(n) + ']'.repeat(n)
function deepValue(n: number): unknown {
  let v: unknown = []
  for (let i = 1; i < n; i++) v = [v]
  return v
}

async function fileAndTake() {
  const { server, clock } = newServer()
  const c = client(server)
  const resident = await c.login('demo-resident')
  const worker = await c.login('demo-grid-worker')
  const created = await c.post('/reports', reportInput(), resident)
  expect(created.status).toBe(201)
  const id: string = created.body.id
  return { server, clock, c, resident, worker, id }
}

describe('idempotency keys belong to their caller', () => {
  test('500 anonymous logouts (with and without device ids) do not push out a resident’s key: her replay gets the first answer', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const before = server.db.reports.length
    const first = await c.post('/reports', reportInput(), token, 'resident-key')
    expect(first.status).toBe(201)
    for (let i = 0; i < 500; i++) {
      clock.advance(1500)
      const headers: Record<string, string> = { 'idempotency-key': `logout-${i}` }
      if (i % 2) headers['x-device-id'] = `device-${i}`
      const r = res(await server.handle(post('/auth/logout', headers, { body: {} })))
      expect(r.status).toBe(200)
    }
    const replay = await c.post('/reports', reportInput(), token, 'resident-key')
    expect(replay.status).toBe(201)
    expect(replay.body).toEqual(first.body)
    expect(replay.headers).toMatchObject({ 'idempotent-replayed': 'true' })
    expect(server.db.reports.length).toBe(before + 1)
  })

  test('each caller keeps at most 200 keys: over the cap its own oldest go, never anyone else’s', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const resident = await c.login('demo-resident')
    const neighbour = await c.login('demo-resident-2')
    expect((await c.post('/inbox/read', { all: true }, neighbour, 'theirs')).status).toBe(200)
    for (let i = 0; i <= 200; i++) {
      clock.advance(1100)
      expect((await c.post('/inbox/read', { all: true }, resident, `mine-${i}`)).status).toBe(200)
    }
    // the resident's oldest key is gone (the request runs again), her newest are kept
    expect((await c.post('/inbox/read', { all: true }, resident, 'mine-0')).headers).toBeUndefined()
    expect((await c.post('/inbox/read', { all: true }, resident, 'mine-200')).headers).toMatchObject({ 'idempotent-replayed': 'true' })
    // the neighbour's key, older than all of them, is still there
    expect((await c.post('/inbox/read', { all: true }, neighbour, 'theirs')).headers).toMatchObject({ 'idempotent-replayed': 'true' })
  })

  test('a key is kept for its whole 24 h lifetime, then forgotten', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    await c.post('/inbox/read', { all: true }, token, 'day-key')
    clock.advance(24 * 3600_000 - 60_000)
    expect((await c.post('/inbox/read', { all: true }, token, 'day-key')).headers).toMatchObject({ 'idempotent-replayed': 'true' })
    clock.advance(2 * 60_000)
    expect((await c.post('/inbox/read', { all: true }, token, 'day-key')).headers).toBeUndefined()
  })

  test('the scope uses the normalised path: //, a trailing /, the prefix and a percent-encoded id are the same request', async () => {
    const { server, c, worker, id } = await fileAndTake()
    expect((await c.post(`/reports/${id}/take`, {}, worker)).status).toBe(200)
    const note = { text: '已到现场查看，正在协调处理。', photos: [] }
    const first = await c.post(`/reports/${id}/notes`, note, worker, 'note-key')
    expect(first.status).toBe(200)
    const encoded = `%${id.charCodeAt(0).toString(16).toUpperCase()}${id.slice(1)}`
    for (const path of [`/reports//${id}/notes`, `//reports/${id}/notes/`, `/api/v1/reports/${id}/notes`, `/reports/${encoded}/notes`]) {
      const again = await c.post(path, note, worker, 'note-key')
      expect({ path, status: again.status, headers: again.headers }).toEqual({ path, status: 200, headers: { 'idempotent-replayed': 'true' } })
      expect(again.body).toEqual(first.body)
    }
    const report = server.db.reports.find((r) => r.id === id)
    expect(report?.events.filter((e) => e.action === 'note')).toHaveLength(1)
  })

  test('a key longer than 128 characters → 400 with a Chinese message; 128 is fine', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const long = await c.post('/inbox/read', { all: true }, token, 'k'.repeat(129))
    expect(long.status).toBe(400)
    expect(long.body.message).toMatch(CHINESE)
    expect(long.body.message).toContain('128')
    expect((await c.post('/inbox/read', { all: true }, token, 'k'.repeat(128))).status).toBe(200)
  })

  test('a device id that is not an id → 400; anonymous callers without one share a bucket', async () => {
    const { server } = newServer()
    const bad = res(await server.handle(post('/auth/logout', { 'idempotency-key': 'k', 'x-device-id': 'd'.repeat(65) }, { body: {} })))
    expect(bad.status).toBe(400)
    expect((bad.body as Json).message).toMatch(CHINESE)
    const a = res(await server.handle(post('/auth/logout', { 'idempotency-key': 'shared' }, { body: {} })))
    const b = res(await server.handle(post('/auth/logout', { 'idempotency-key': 'shared' }, { body: {} })))
    const d = res(await server.handle(post('/auth/logout', { 'idempotency-key': 'shared', 'x-device-id': 'phone-1' }, { body: {} })))
    expect(a.headers).toBeUndefined()
    expect(b.headers).toMatchObject({ 'idempotent-replayed': 'true' })
    expect(d.headers).toBeUndefined()
  })
})

describe('body limits, checked before anything parses the body', () => {
  test('a 5 MB junk field on take → 413 PAYLOAD_TOO_LARGE, and the order is not taken', async () => {
    const { server, c, worker, id } = await fileAndTake()
    const r = await c.post(`/reports/${id}/take`, { junk: 'x'.repeat(5 * MB) }, worker)
    expect(r.status).toBe(413)
    expect(r.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大（最多 64 KB）' })
    expect(server.db.reports.find((x) => x.id === id)?.status).toBe('pending')
  })

  test('the adapters’ raw text is measured in UTF-8 bytes: 64 KB passes, one byte more does not', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const headers = { authorization: `Bearer ${token}` }
    const padded = (n: number) => {
      const json = '{"all":true}'
      return json + ' '.repeat(n - json.length)
    }
    const ok = res(await server.handle(post('/inbox/read', { ...headers, 'idempotency-key': 'a' }, { bodyText: padded(64 * KB) })))
    expect(ok.status).toBe(200)
    const over = res(await server.handle(post('/inbox/read', { ...headers, 'idempotency-key': 'b' }, { bodyText: padded(64 * KB + 1) })))
    expect(over.status).toBe(413)
    // 22 000 Chinese characters are 22 000 UTF-16 units but 66 000 bytes
    const wide = res(await server.handle(post('/inbox/read', { ...headers, 'idempotency-key': 'c' }, { bodyText: `{"all":true,"x":"${'汉'.repeat(22_000)}"}` })))
    expect(wide.status).toBe(413)
  })

  test('a refused 10 MB description leaves nothing large behind', async () => {
    const { server, persist } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const before = JSON.stringify(server.db).length
    const r = await c.post('/reports', reportInput({ description: '很'.repeat(10 * MB) }), token)
    expect(r.status).toBe(413)
    expect(JSON.stringify(server.db).length).toBeLessThan(before + 2000)
    expect((persist.peek() as string).length).toBeLessThan(before + 2000)
  })

  test('a 1 MB login code makes no account; a 129-character one is a field error', async () => {
    const { server } = newServer()
    const c = client(server)
    const users = Object.keys(server.db.users).length
    expect((await c.post('/auth/wx-login', { code: 'c'.repeat(MB) })).status).toBe(413)
    const long = await c.post('/auth/wx-login', { code: 'c'.repeat(129) })
    expect(long.status).toBe(400)
    expect(long.body.fields.code).toMatch(CHINESE)
    expect(Object.keys(server.db.users).length).toBe(users)
  })

  test('every string has a maximum: account ids, message ids, grid ids, phone codes', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    expect((await c.post('/auth/demo-login', { accountId: 'a'.repeat(65) })).body.fields).toEqual({ accountId: expect.stringMatching(CHINESE) })
    expect((await c.post('/inbox/read', { ids: ['m'.repeat(65)] }, token)).body.fields).toEqual({ 'ids.0': expect.stringMatching(CHINESE) })
    expect((await c.post('/me/phone', { code: 'p'.repeat(129) }, token)).body.fields).toEqual({ code: expect.stringMatching(CHINESE) })
    const loc = { address: '西牌楼街35号院', communityId: 'c'.repeat(65), gridId: 'g'.repeat(65) }
    expect(Object.keys((await c.post('/reports', reportInput({ location: loc }), token)).body.fields).sort()).toEqual(['location.communityId', 'location.gridId'])
  })

  test('unknown fields are refused, naming the field', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const login = await c.post('/auth/demo-login', { accountId: 'demo-resident', foo: 1 })
    expect(login.status).toBe(400)
    expect(login.body.fields).toEqual({ foo: '不支持的字段：foo' })
    const nested = await c.post('/reports', { ...reportInput(), location: { ...reportInput().location, bar: 'x' } }, token)
    expect(nested.body.fields).toEqual({ 'location.bar': '不支持的字段：bar' })
  })

  test('a route may allow more (maxBodyBytes); others keep 64 KB', async () => {
    const upload: DomainModule<Record<string, never>> = {
      name: 'upload-test',
      routes: [
        {
          method: 'POST',
          pattern: '/test/upload',
          auth: 'public',
          maxBodyBytes: 256 * KB,
          handler: (ctx) => ({ status: 200, body: { length: String((ctx.req.body as { data: string }).data).length } }),
        },
      ],
      empty: () => ({}),
    }
    const server = createMockServer({ clock: createClock(T0), persist: createMemoryPersist(), domains: [...DOMAINS, upload] })
    const c = client(server)
    expect(await c.post('/test/upload', { data: 'x'.repeat(200 * KB) })).toMatchObject({ status: 200, body: { length: 200 * KB } })
    expect((await c.post('/test/upload', { data: 'x'.repeat(300 * KB) })).body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大（最多 256 KB）' })
    expect((await c.post('/auth/logout', { data: 'x'.repeat(100 * KB) })).status).toBe(413)
  })

  test('the idempotency record keeps a digest of the body, never the body', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const text = `这是一段很长的描述，${'说明'.repeat(240)}`
    await c.post('/reports', reportInput({ description: text }), token, 'digest-key')
    const tooLong = `${'很'.repeat(600)}`
    expect((await c.post('/reports', reportInput({ description: tooLong }), token, 'refused-key')).status).toBe(400)
    // the answers are kept (a 201 answer holds the report it made), the bodies are not: the
    // refused text is nowhere, and each record's body digest is short
    const stored = JSON.stringify(server.db.idempotency)
    expect(stored).not.toContain('很很很')
    const records = Object.values(server.db.idempotency).flatMap((bucket) => Object.values(bucket))
    expect(records.length).toBeGreaterThanOrEqual(2)
    for (const r of records) expect(r.bodyHash.length).toBeLessThanOrEqual(32)
    // a different body under the same key is still told apart
    expect((await c.post('/reports', reportInput({ description: `${text}！` }), token, 'digest-key')).body.code).toBe('IDEMPOTENCY_MISMATCH')
  })

  test('a body that is not JSON → 400 with a Chinese message', async () => {
    const { server } = newServer()
    const r = res(await server.handle(post('/auth/demo-login', { 'idempotency-key': 'k' }, { bodyText: '{"accountId": demo' })))
    expect(r.status).toBe(400)
    expect((r.body as Json).message).toMatch(CHINESE)
  })

  test('a URL too long for any route → 400', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    expect((await c.get(`/reports/${'x'.repeat(5000)}`, token)).status).toBe(400)
    expect((await c.get('/reports', token, { scope: 'mine', junk: 'y'.repeat(10_000) })).status).toBe(400)
  })
})

describe('depth', () => {
  test('10 KB of JSON nested 5 000 levels → 400 内容层级太深, as text or as a value', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': 'deep-1' }
    const text = res(await server.handle(post('/reports', headers, { bodyText: deepText(5000) })))
    expect(text).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: '内容层级太深' } })
    const value = await c.post('/reports', deepValue(5000), token)
    expect(value).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: '内容层级太深' } })
    const circular: Record<string, unknown> = { a: 1 }
    circular.self = circular
    expect((await c.post('/reports', circular, token)).status).toBe(400)
  })

  test('32 levels are allowed, 33 are not; brackets inside strings do not count', async () => {
    const { server } = newServer()
    const h = (k: string) => ({ 'idempotency-key': k })
    const at32 = res(await server.handle(post('/auth/demo-login', h('a'), { bodyText: `{"accountId":${deepText(31)}}` })))
    expect((at32.body as Json).code).toBe('VALIDATION_FAILED')
    const at33 = res(await server.handle(post('/auth/demo-login', h('b'), { bodyText: `{"accountId":${deepText(32)}}` })))
    expect(at33.body).toEqual({ code: 'BAD_REQUEST', message: '内容层级太深' })
    const bodyText = `{"accountId":"demo-resident","y":"{{{[[[\\"]]]","x":"${'['.repeat(100)}"}`
    expect(JSON.parse(bodyText).y).toBe('{{{[[["]]]')
    const inString = res(await server.handle(post('/auth/demo-login', h('c'), { bodyText })))
    expect((inString.body as Json).code).toBe('VALIDATION_FAILED')
    expect((inString.body as Json).fields).toEqual({ x: '不支持的字段：x', y: '不支持的字段：y' })
  })

  test('a handler that throws → 500 INTERNAL without a stack', async () => {
    const boom: DomainModule<Record<string, never>> = {
      name: 'boom-test',
      routes: [
        {
          method: 'GET',
          pattern: '/test/boom',
          auth: 'public',
          handler: () => {
            throw new RangeError('Maximum call stack size exceeded')
          },
        },
      ],
      empty: () => ({}),
    }
    const server = createMockServer({ clock: createClock(T0), domains: [...DOMAINS, boom] })
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(await client(server).get('/test/boom')).toEqual({ status: 500, body: { code: 'INTERNAL', message: '服务器开小差了，请稍后重试' } })
    } finally {
      spy.mockRestore()
    }
  })

  // how fast is a report's business (npm run bench), not a timed test: here, that the text is
  // never handed to the JSON parser
  test('a 1 MB body is refused without being parsed', async () => {
    const { server } = newServer()
    const bodyText = JSON.stringify({ accountId: 'x'.repeat(MB) })
    const parse = jest.spyOn(JSON, 'parse')
    try {
      const r = res(await server.handle(post('/auth/demo-login', { 'idempotency-key': 't1' }, { bodyText })))
      expect(r.status).toBe(413)
      expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 64 * 1024)).toBe(false)
    } finally {
      parse.mockRestore()
    }
  })
})

describe('rate limits say when to come back', () => {
  test('the 11th report in an hour → 429 with Retry-After and retryAfterSeconds', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    for (let i = 0; i < 10; i++) {
      expect((await c.post('/reports', reportInput({ description: `第${i + 1}次反映：楼下垃圾没人清运` }), token)).status).toBe(201)
      clock.advance(60_000)
    }
    const r = await c.post('/reports', reportInput(), token)
    expect(r).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', message: '操作太频繁，请 50 分钟后再试', retryAfterSeconds: 3000 },
      headers: { 'Retry-After': '3000' },
    })
  })

  test('every write: 60 a minute per user, then seconds to wait; replays are not counted', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    for (let i = 0; i < 60; i++) expect((await c.post('/inbox/read', { all: true }, token, `w-${i}`)).status).toBe(200)
    clock.advance(30_000)
    const r = await c.post('/inbox/read', { all: true }, token, 'w-60')
    expect(r).toEqual({ status: 429, body: { code: 'RATE_LIMITED', message: '操作太频繁，请 30 秒后再试', retryAfterSeconds: 30 }, headers: { 'Retry-After': '30' } })
    // a replay costs nothing and is still answered; the 429 itself was not remembered
    expect((await c.post('/inbox/read', { all: true }, token, 'w-3')).headers).toMatchObject({ 'idempotent-replayed': 'true' })
    // another user is not affected
    expect((await c.post('/inbox/read', { all: true }, await c.login('demo-resident-2'))).status).toBe(200)
    clock.advance(31_000)
    expect((await c.post('/inbox/read', { all: true }, token, 'w-60')).status).toBe(200)
  })

  test('login: 20 per device in 10 minutes, wx-login and demo-login together', async () => {
    const { server } = newServer()
    const login = (path: string, body: unknown, device: string, i: number) =>
      server.handle(post(path, { 'idempotency-key': `login-${device}-${i}`, 'x-device-id': device }, { body })).then(res)
    for (let i = 0; i < 10; i++) expect((await login('/auth/demo-login', { accountId: 'demo-resident' }, 'phone-a', i)).status).toBe(200)
    for (let i = 10; i < 20; i++) expect((await login('/auth/wx-login', { code: `code-${i}` }, 'phone-a', i)).status).toBe(200)
    const r = await login('/auth/demo-login', { accountId: 'demo-resident' }, 'phone-a', 20)
    expect(r.status).toBe(429)
    expect(r.headers).toEqual({ 'Retry-After': '600' })
    expect(r.body).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请 10 分钟后再试', retryAfterSeconds: 600 })
    expect((await login('/auth/demo-login', { accountId: 'demo-resident' }, 'phone-b', 0)).status).toBe(200)
  })

  test('joining tickets: 20 a day per user', async () => {
    const { server, clock } = newServer()
    const c = client(server)
    const neighbour = await c.login('demo-resident-2')
    const reporter = server.db.users['res-zgf']
    const ids: string[] = []
    for (let i = 0; i < 21; i++) {
      const input = { ...reportInput({ description: `第${i + 1}个问题：楼下垃圾没人清运` }), photos: [], anonymous: false, contactPhone: '13508421101' } as Json
      ids.push(createReport(server.db, input, reporter, clock.now().toISOString()).id)
    }
    for (let i = 0; i < 20; i++) {
      clock.advance(2000)
      expect((await c.post(`/reports/${ids[i]}/join`, {}, neighbour)).status).toBe(200)
    }
    const r = await c.post(`/reports/${ids[20]}/join`, {}, neighbour)
    expect(r.status).toBe(429)
    expect(r.body.message).toMatch(/^操作太频繁，请 \d+ 小时后再试$/)
    expect(r.body.retryAfterSeconds).toBeGreaterThan(23 * 3600)
    // joining one already joined again is harmless and not refused
    expect((await c.post(`/reports/${ids[0]}/join`, {}, neighbour)).status).toBe(200)
  })
})

describe('maps a request cannot poison', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']

  test('WeChat codes: the same code is the same account, once each', async () => {
    const { server } = newServer()
    const c = client(server)
    const before = Object.keys(server.db.users).length
    for (const code of NAMES) {
      const a = await c.post('/auth/wx-login', { code })
      const b = await c.post('/auth/wx-login', { code })
      expect({ code, a: a.status, b: b.status }).toEqual({ code, a: 200, b: 200 })
      expect(b.body.user.id).toBe(a.body.user.id)
    }
    expect(Object.keys(server.db.users).length).toBe(before + NAMES.length)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('...and after a reload', async () => {
    const { server, clock, persist } = newServer()
    const c = client(server)
    const first = await c.post('/auth/wx-login', { code: '__proto__' })
    const again = client(createMockServer({ clock, persist }))
    expect((await again.post('/auth/wx-login', { code: '__proto__' })).body.user.id).toBe(first.body.user.id)
  })

  test('tokens, idempotency keys, device ids, report ids and message ids', async () => {
    const { server } = newServer()
    const c = client(server)
    for (const t of NAMES) expect({ t, r: (await c.get('/me', t)).status }).toEqual({ t, r: 401 })
    const token = await c.login('demo-resident')
    for (const k of NAMES) {
      expect((await c.post('/inbox/read', { all: true }, token, k)).status).toBe(200)
      expect((await c.post('/inbox/read', { all: true }, token, k)).headers).toMatchObject({ 'idempotent-replayed': 'true' })
      const anon = res(await server.handle(post('/auth/logout', { 'idempotency-key': k, 'x-device-id': k }, { body: {} })))
      expect(anon.status).toBe(200)
      expect((await c.get(`/reports/${k}`, token)).status).toBe(404)
      expect((await c.post(`/reports/${k}/join`, {}, token)).status).toBe(404)
    }
    expect((await c.post('/inbox/read', { ids: NAMES }, token)).status).toBe(200)
    const query = JSON.parse('{"scope":"mine","toString":"x","__proto__":"y","constructor":"z"}')
    expect((await c.get('/reports', token, query)).status).toBe(200)
  })
})
