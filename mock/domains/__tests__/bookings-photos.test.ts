// The 委托书 of a 代办 for a family member: the helpers of the place see it, nobody else, and an
// old one is not swept away as an unused upload.
import { bookingInput, familyInput } from '../../../test/utils/bodies'
import { PNG_DATA_URL, DAY, client, newServer } from '../../server/__tests__/helpers'


test('a booking’s 委托书: the helper of its place may see it, another resident may not; it outlives the unused-upload sweep', async () => {
  const { server, clock } = newServer()
  const c = client(server)
  // 李建国 books for his mother; 王秀英 is someone else
  const resident = await c.login('demo-resident-2')
  const helper = await c.login('demo-helper')
  const other = await c.login('demo-resident')
  const up = await c.post('/photos', { dataUrl: PNG_DATA_URL }, resident)
  expect(up.status).toBe(201)
  const ref = up.body.id as string
  const made = await c.post(
    '/bookings',
    bookingInput({ serviceId: 'sv-lyz', mode: 'proxy', placeId: 'pl-tpj', hour: 15, family: familyInput({ name: '李桂英', relation: '母亲', authorization: ref }), ageGroup: '70plus' }),
    resident,
  )
  expect(made.status).toBe(201)
  expect((await c.get(`/photos/${ref}`, helper)).status).toBe(200)
  expect((await c.get(`/photos/${ref}`, other)).status).toBe(404)
  // a week on, an upload nobody uses is swept; this one is used by the booking
  clock.advance(8 * DAY)
  const later = await c.login('demo-helper')
  await c.post('/photos', { dataUrl: PNG_DATA_URL }, later)
  expect(server.db.photos[ref]).toBeTruthy()
  expect((await c.get(`/photos/${ref}`, later)).status).toBe(200)
})
