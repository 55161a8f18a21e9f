import type { UserRecord } from '../../domains/auth'
import { canRead, findReadable, hasRole, readable, type ReadRule } from '../access'
import { isApiFail, MSG } from '../errors'
import { client, newServer } from './helpers'
import { reportInput } from '../../../test/utils/bodies'

const user = (id: string, roles: UserRecord['roles'] = ['resident']): UserRecord => ({ id, name: id, phone: '13800000000', roles, communityId: null, gridId: null })

interface Booking {
  id: string
  residentId: string
  helperId: string | null
}
const BOOKING_READERS: ReadRule<Booking> = {
  owner: (b) => b.residentId,
  readers: (b, u) => b.helperId === u.id && hasRole(u, 'helper'),
}
const bookings: Booking[] = [
  { id: 'b-1', residentId: 'ann', helperId: 'hal' },
  { id: 'b-2', residentId: 'bob', helperId: null },
]

function notFound(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (isApiFail(e)) return { status: e.status, body: e.body }
    throw e
  }
  throw new Error('expected a 404')
}

test('hasRole', () => {
  expect(hasRole(user('a', ['resident', 'volunteer']), 'volunteer')).toBe(true)
  expect(hasRole(user('a'), 'grid_worker')).toBe(false)
  expect(hasRole(null, 'resident')).toBe(false)
})

test('the owner and the readers may read; nobody else, and nobody logged out', () => {
  expect(canRead(bookings[0], user('ann'), BOOKING_READERS)).toBe(true)
  expect(canRead(bookings[0], user('hal', ['helper']), BOOKING_READERS)).toBe(true)
  // the reader rule holds the role too
  expect(canRead(bookings[0], user('hal', ['resident']), BOOKING_READERS)).toBe(false)
  expect(canRead(bookings[0], user('bob'), BOOKING_READERS)).toBe(false)
  expect(canRead(bookings[0], null, BOOKING_READERS)).toBe(false)
  expect(canRead(bookings[0], user('ann'), {})).toBe(false)
})

test('readable / findReadable: the record, or the same neutral 404 whether it exists or not', () => {
  expect(findReadable(bookings, 'b-1', user('ann'), BOOKING_READERS)).toBe(bookings[0])
  expect(readable(bookings[1], user('bob'), BOOKING_READERS)).toBe(bookings[1])
  const expected = { status: 404, body: { code: 'NOT_FOUND', message: '记录不存在或无权查看' } }
  expect(notFound(() => findReadable(bookings, 'b-1', user('bob'), BOOKING_READERS))).toEqual(expected)
  expect(notFound(() => findReadable(bookings, 'b-404', user('bob'), BOOKING_READERS))).toEqual(expected)
  expect(notFound(() => readable(undefined, user('bob'), BOOKING_READERS))).toEqual(expected)
  expect(MSG.notFound).toBe('记录不存在或无权查看')
  // a domain may name its records in the message, as reports do
  expect(notFound(() => findReadable(bookings, 'b-2', user('ann'), BOOKING_READERS, '预约不存在或无权查看')).body.message).toBe('预约不存在或无权查看')
})

test('reports read through it: reporter, follower and the grid’s worker see a ticket; others get the reports’ 404', async () => {
  const { server } = newServer()
  const c = client(server)
  const owner = await c.login('demo-resident')
  const id = (await c.post('/reports', reportInput(), owner)).body.id
  const neighbour = await c.login('demo-resident-2')
  const worker = await c.login('demo-grid-worker')
  const otherWorker = await c.login('demo-grid-worker-2')
  expect((await c.get(`/reports/${id}`, neighbour)).body).toEqual({ code: 'NOT_FOUND', message: '工单不存在或无权查看' })
  expect((await c.post(`/reports/${id}/join`, {}, neighbour)).status).toBe(200)
  for (const token of [owner, neighbour, worker]) expect((await c.get(`/reports/${id}`, token)).status).toBe(200)
  expect((await c.get(`/reports/${id}`, otherWorker)).status).toBe(404)
})
