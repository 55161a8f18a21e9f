// Shared by the mock's own tests: a server on a frozen clock, and small request helpers.
// Request bodies come from test/utils/bodies.ts, which the client's tests share.
import { createClock, createMemoryPersist, createMockServer, isNetworkError, type MockResponse, type MockResult, type MockServer, type MockServerOptions } from '../index'

/** 2026-11-22 09:00 in China. */
export const T0 = '2026-11-22T01:00:00.000Z'
export const HOUR = 3600 * 1000
export const DAY = 24 * HOUR

/** The smallest real PNG (1×1 px), base64, and as the data URL an upload carries. */
export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
export const PNG_DATA_URL = `data:image/png;base64,${PNG_1PX}`

export function newServer(opts: MockServerOptions = {}) {
  const clock = createClock(T0)
  const persist = createMemoryPersist()
  const server = createMockServer({ clock, persist, ...opts })
  return { server, clock, persist }
}

/**
 * An answer, with the Date header every answer carries checked and taken off, so that a test
 * states the headers that say something about its request.
 */
export function res(r: MockResult): MockResponse {
  if (isNetworkError(r)) throw new Error(`unexpected network error: ${r.message}`)
  if (!r.headers || !/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(r.headers.date || '')) throw new Error(`no Date header: ${JSON.stringify(r.headers)}`)
  const { date: _date, ...rest } = r.headers
  void _date
  const out: MockResponse = { ...r }
  if (Object.keys(rest).length) out.headers = rest
  else delete out.headers
  return out
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/**
 * A db with what is random blanked: the signing keys (random bytes, since a key derived from the
 * seed time could be recomputed by anyone), the booking codes signed with one, and the random
 * redemption and 解忧小屋 invitation codes. The rest of a seed is the same for the same clock.
 */
export function unkeyed(db: Json): Json {
  return { ...db, bookingSecret: '', pointsSecret: '', bookings: db.bookings.map((b: Json) => ({ ...b, code: '' })), redemptions: db.redemptions.map((r: Json) => ({ ...r, code: '' })), disputes: db.disputes.map((d: Json) => ({ ...d, invitation: d.invitation && { ...d.invitation, code: '' } })) }
}

let keySeq = 0
export const newKey = () => `test-key-${++keySeq}`

export function client(server: MockServer) {
  const headers = (token?: string | null, extra: Record<string, string> = {}) => ({
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  })
  async function login(accountId: string): Promise<string> {
    const r = res(await server.handle({ method: 'POST', path: '/auth/demo-login', query: {}, headers: { 'idempotency-key': newKey() }, body: { accountId } }))
    if (r.status !== 200) throw new Error(`login ${accountId} failed: ${JSON.stringify(r.body)}`)
    return (r.body as { token: string }).token
  }
  return {
    async get(path: string, token?: string | null, query: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
      return res(await server.handle({ method: 'GET', path, query, headers: headers(token), body: undefined }))
    },
    async post(path: string, body: unknown, token?: string | null, key: string | null = newKey()): Promise<{ status: number; body: Json; headers?: Record<string, string> }> {
      return res(await server.handle({ method: 'POST', path, query: {}, headers: headers(token, key ? { 'idempotency-key': key } : {}), body }))
    },
    login,
    /** logs in a seeded person who is not on the login page (another place's helper, a resident): listed as demo for the test */
    async loginSeeded(accountId: string): Promise<string> {
      if (server.db.demoAccountIds.indexOf(accountId) < 0) server.db.demoAccountIds.push(accountId)
      return login(accountId)
    },
  }
}
