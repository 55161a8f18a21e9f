// 志愿积分 photos: an activity's cover and an offer's photo must be the caller's own upload; a
// cover is seen by every signed-in user, an offer's photo by anyone; both outlive the sweep of
// unused uploads; the seed's pictures are built in.
import { activityInput } from '../../../test/utils/bodies'
import { PNG_DATA_URL, DAY, client, newServer, res as answer } from '../../server/__tests__/helpers'

const png = PNG_DATA_URL

async function setup() {
  const { server, clock } = newServer()
  const c = client(server)
  const [org, vol, res, mer] = await Promise.all(['demo-organiser', 'demo-volunteer', 'demo-resident-2', 'demo-merchant'].map((id) => c.login(id)))
  const upload = async (token: string) => {
    const r = await c.post('/photos', { dataUrl: png }, token)
    expect(r.status).toBe(201)
    return r.body.id as string
  }
  return { server, clock, c, org, vol, res, mer, upload }
}

describe('points: activity covers', () => {
  test('published and edited with the organiser’s own upload; anyone signed in may load it; nobody without a token', async () => {
    const { c, org, vol, res, upload } = await setup()
    const mine = await upload(org)
    const made = await c.post('/points/activities', activityInput({ cover: mine }), org)
    expect(made.status).toBe(201)
    expect(made.body.cover).toBe(mine)
    const list = (await c.get('/points/activities', res)).body.items
    expect(list.find((a: { id: string }) => a.id === made.body.id).cover).toBe(mine)
    expect((await c.get(`/photos/${mine}`, res)).status).toBe(200)
    expect((await c.get(`/photos/${mine}`, vol)).status).toBe(200)
    expect((await c.get(`/photos/${mine}`)).status).toBe(401)
    // removed on edit: null, and the default when left out
    const edited = await c.post(`/points/activities/${made.body.id}/edit`, activityInput({ cover: null }), org)
    expect([edited.status, edited.body.cover]).toEqual([200, null])
    expect((await c.post(`/points/activities/${made.body.id}/edit`, activityInput({ cover: mine }), org)).body.cover).toBe(mine)
    expect((await c.post(`/points/activities/${made.body.id}/edit`, activityInput(), org)).body.cover).toBeNull()
    // no longer shown by anything: only its uploader sees it
    expect((await c.get(`/photos/${mine}`, res)).status).toBe(404)
  })

  test('someone else’s upload or an unknown reference: 400 at cover, nothing published or changed', async () => {
    const { c, org, vol, upload } = await setup()
    const theirs = await upload(vol)
    const before = (await c.get('/points/activities', org, { scope: 'organised' })).body.total
    for (const cover of [theirs, 'ph_jnosuchphoto1']) {
      const r = await c.post('/points/activities', activityInput({ cover }), org)
      expect(r.status).toBe(400)
      expect(r.body.fields.cover).toMatch('封面照片无效或已失效')
    }
    expect((await c.post('/points/activities', activityInput({ cover: 'data:image/png;base64,AAAA' }), org)).body.fields.cover).toBe('照片格式不正确')
    expect((await c.get('/points/activities', org, { scope: 'organised' })).body.total).toBe(before)
    const made = (await c.post('/points/activities', activityInput(), org)).body
    const r = await c.post(`/points/activities/${made.id}/edit`, activityInput({ cover: theirs, title: '改过的名称' }), org)
    expect([r.status, r.body.fields.cover]).toEqual([400, expect.stringContaining('封面照片')])
    expect((await c.get(`/points/activities/${made.id}`, org)).body).toMatchObject({ title: made.title, cover: null })
  })

  test('the seed: one activity with a built-in cover, kept on an edit that leaves it as it is', async () => {
    const { c, org, vol } = await setup()
    const list = (await c.get('/points/activities', org, { scope: 'organised' })).body.items as { id: string; cover: string | null }[]
    const covered = list.filter((a) => a.cover)
    expect(covered).toHaveLength(1)
    const cover = covered[0].cover as string
    expect(cover).toMatch(/^ph_s/)
    const img = await c.get(`/photos/${cover}`, vol)
    expect(img.status).toBe(200)
    const a = (await c.get(`/points/activities/${covered[0].id}`, org)).body
    const again = await c.post(`/points/activities/${a.id}/edit`, { title: a.title, type: a.type, place: a.place, start: a.start, end: a.end, capacity: a.capacity, pointsPerHour: a.pointsPerHour, bring: a.bring, cover }, org)
    expect([again.status, again.body.cover]).toEqual([200, cover])
  })
})

describe('points: offer photos', () => {
  test('every seeded offer has a built-in picture anyone may load, even with no key or a stale one', async () => {
    const { server, c } = await setup()
    const merchants = (await c.get('/points/merchants')).body as { kind: string; offers: { photo: string | null }[] }[]
    for (const m of merchants) for (const o of m.offers) expect(o.photo).toMatch(/^ph_s/)
    const ref = merchants[0].offers[0].photo as string
    const img = answer(await server.handle({ method: 'GET', path: `/photos/${ref}`, query: {}, headers: {}, body: undefined }))
    expect(img.status).toBe(200)
    expect(img.raw?.contentType).toBe('image/svg+xml')
    const stale = answer(await server.handle({ method: 'GET', path: `/photos/${ref}`, query: { key: 'expired-or-made-up' }, headers: {}, body: undefined }))
    expect(stale.status).toBe(200)
    // another seed picture (a report's) still needs a token
    expect((await c.get('/photos/ph_sseed0')).status).toBe(401)
  })

  test('the merchant sets and removes the photo of an offer of their own shop, with their own upload only', async () => {
    const { c, mer, vol, upload } = await setup()
    const mine = await upload(mer)
    const theirs = await upload(vol)
    const set = await c.post('/points/offers/of-barber-1', { photo: mine }, mer)
    expect([set.status, set.body.photo]).toEqual([200, mine])
    expect((await c.get(`/photos/${mine}`)).status).toBe(200)
    const bad = await c.post('/points/offers/of-barber-1', { photo: theirs, stock: 3 }, mer)
    expect([bad.status, bad.body.fields.photo]).toEqual([400, expect.stringContaining('商品照片')])
    // nothing of the refused edit was kept
    const offer = (await c.get('/points/merchants')).body.find((m: { id: string }) => m.id === 'mc-barber').offers.find((o: { id: string }) => o.id === 'of-barber-1')
    expect(offer).toMatchObject({ photo: mine, stock: 20 })
    expect((await c.post('/points/offers/of-barber-1', { stock: 5 }, mer)).body.photo).toBe(mine)
    expect((await c.post('/points/offers/of-barber-1', { photo: null }, mer)).body.photo).toBeNull()
    expect((await c.get(`/photos/${mine}`)).status).toBe(401)
    expect((await c.get(`/photos/${theirs}`)).status).toBe(401)
    expect((await c.post('/points/offers/of-books-1', { photo: mine }, mer)).status).toBe(404)
  })

  test('photos in use by an activity or an offer outlive the sweep of unused uploads', async () => {
    const { server, clock, c, org, mer, upload } = await setup()
    const cover = await upload(org)
    const photo = await upload(mer)
    const unused = await upload(mer)
    expect((await c.post('/points/activities', activityInput({ cover, start: '2026-12-24T01:00:00.000Z', end: '2026-12-24T03:00:00.000Z' }), org)).status).toBe(201)
    expect((await c.post('/points/offers/of-barber-2', { photo }, mer)).status).toBe(200)
    clock.advance(8 * DAY)
    await upload(await c.login('demo-merchant'))
    expect(server.db.photos[cover]).toBeTruthy()
    expect(server.db.photos[photo]).toBeTruthy()
    expect(server.db.photos[unused]).toBeUndefined()
  })
})
