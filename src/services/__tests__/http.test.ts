import { http as mswHttp, HttpResponse } from 'msw'
import { withMockServer } from '../../../test/utils/mock'
import { authEndpoints } from '@/contract'
import { ApiError, HEADER_DEVICE, backoffMs, get } from '../http'
import { deviceId } from '../device/id'

const { msw } = withMockServer()

test('the retry backoff has jitter: between half and one and a half of each step', () => {
  expect(backoffMs(0, () => 0)).toBe(150)
  expect(backoffMs(0, () => 0.999999)).toBe(450)
  expect(backoffMs(1, () => 0.5)).toBe(900)
  expect(backoffMs(9, () => 0)).toBe(1000)
  const spread = new Set(Array.from({ length: 20 }, () => backoffMs(1)))
  expect(spread.size).toBeGreaterThan(1)
})

test('every request names this device, the same id each time', async () => {
  const ids: (string | null)[] = []
  msw.events.on('request:start', ({ request }) => {
    ids.push(request.headers.get(HEADER_DEVICE))
  })
  await get(authEndpoints.demoAccounts.path())
  await get(authEndpoints.demoAccounts.path())
  expect(ids).toHaveLength(2)
  expect(ids[0]).toBe(deviceId())
  expect(ids[1]).toBe(ids[0])
})

test('a 429 is not retried, and carries the wait from Retry-After (seconds or a date)', async () => {
  let calls = 0
  msw.use(
    mswHttp.get('*/api/v1/auth/demo-accounts', () => {
      calls++
      return HttpResponse.json({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' }, { status: 429, headers: { 'Retry-After': '90' } })
    }),
  )
  const err = (await get(authEndpoints.demoAccounts.path()).catch((e) => e)) as ApiError
  expect(err).toBeInstanceOf(ApiError)
  expect(err.status).toBe(429)
  expect(err.retryAfterSeconds).toBe(90)
  expect(calls).toBe(1)

  msw.use(
    mswHttp.get('*/api/v1/auth/demo-accounts', () =>
      new HttpResponse('busy', { status: 429, headers: { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() } }),
    ),
  )
  const err2 = (await get(authEndpoints.demoAccounts.path()).catch((e) => e)) as ApiError
  expect(err2.code).toBe('RATE_LIMITED')
  expect(err2.message).toBe('操作太频繁，请稍后再试')
  expect(err2.retryAfterSeconds).toBeGreaterThanOrEqual(29)
  expect(err2.retryAfterSeconds).toBeLessThanOrEqual(31)
})
