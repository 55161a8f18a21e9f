// Photos are references the server issued; their bytes live in the photo store, never in the
// JSON db (nor in idempotency records or remembered answers).
import { setupServer } from 'msw/node'
import { reportInput, noteInput } from '../../../test/utils/bodies'
import { toMswHandlers } from '../../adapters/msw'
import { createClock, createMemoryPersist, createMemoryPhotoStore, createMockServer, type Persist, type PhotoStore } from '../../server'
import { PNG_1PX, PNG_DATA_URL, client, newServer, T0, type Json } from '../../server/__tests__/helpers'
import { bytesToBase64 } from '../../server/photos'

const pngUrl = PNG_DATA_URL

/** A "JPEG" of `size` bytes: the right magic bytes, then noise (the server only checks the start). */
function jpeg(size: number, seed = 1): Uint8Array {
  const b = new Uint8Array(size)
  let x = seed * 2654435761
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    b[i] = x >>> 24
  }
  b[0] = 0xff
  b[1] = 0xd8
  b[2] = 0xff
  return b
}
const jpegUrl = (size: number, seed = 1) => `data:image/jpeg;base64,${bytesToBase64(jpeg(size, seed))}`

/** A persist that can be made to fail as a full localStorage does. */
function quotaPersist(): Persist & { peek(): string | null; full: boolean } {
  const inner = createMemoryPersist()
  const p = {
    full: false,
    load: () => inner.load(),
    save: (json: string) => {
      if (p.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      inner.save(json)
    },
    clear: () => inner.clear(),
    peek: () => inner.peek(),
  }
  return p
}

async function setup(opts: { persist?: Persist; photos?: PhotoStore } = {}) {
  const persist = opts.persist || createMemoryPersist()
  const photos = opts.photos || createMemoryPhotoStore()
  const clock = createClock(T0)
  const server = createMockServer({ clock, persist, photos })
  const c = client(server)
  const resident = await c.login('demo-resident')
  const upload = async (dataUrl: string, token = resident) => c.post('/photos', { dataUrl }, token)
  return { server, c, clock, persist, photos, resident, upload }
}

const quiet = () => jest.spyOn(console, 'warn').mockImplementation(() => {})

describe('what a photo may be', () => {
  test.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['vbscript:', 'vbscript:msgbox("hi")'],
    ['data:text/html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['a remote URL', 'https://tracker.example.com/beacon.gif?u=demo-resident'],
    ['an SVG data URL', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a reference nobody issued', 'ph_jnotissued123'],
  ])('%s in a report → 400 at photos.0', async (_, photo) => {
    const { c, resident, server } = await setup()
    const before = server.db.reports.length
    const r = await c.post('/reports', reportInput({ photos: [photo] }), resident)
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(r.body.fields)).toEqual(['photos.0'])
    expect(r.body.fields['photos.0']).toMatch(/照片格式不正确|照片已失效/)
    expect(server.db.reports).toHaveLength(before)
  })

  test('in a note, a javascript: photo → 400 at photos.0; a second good photo does not save the first', async () => {
    const { c, resident } = await setup()
    const worker = await c.login('demo-grid-worker')
    const id = (await c.post('/reports', reportInput(), resident)).body.id
    await c.post(`/reports/${id}/take`, {}, worker)
    const r = await c.post(`/reports/${id}/notes`, noteInput({ photos: [pngUrl, 'javascript:alert(1)'] }), worker)
    expect(r.status).toBe(400)
    expect(r.body.fields).toEqual({ 'photos.1': '照片格式不正确' })
  })

  test('a data URL whose bytes are not what it says, or too large → 400 at the photo; nothing stored', async () => {
    const { c, resident, upload, photos, server } = await setup()
    const liar = `data:image/jpeg;base64,${PNG_1PX}`
    expect((await c.post('/reports', reportInput({ photos: [liar] }), resident)).body.fields).toEqual({ 'photos.0': '照片格式不正确' })
    const big = jpegUrl(301 * 1024)
    expect((await c.post('/reports', reportInput({ photos: [big] }), resident)).body.fields['photos.0']).toMatch(/照片太大/)
    expect((await upload(liar)).body.fields).toEqual({ dataUrl: '照片格式不正确' })
    expect((await upload('data:text/html;base64,PGgxPg==')).body.fields).toEqual({ dataUrl: '照片格式不正确' })
    expect((await upload(big)).status).toBe(400)
    expect(await photos.keys()).toEqual([])
    expect(server.db.photos).toEqual({})
  })

  test('ten photos is one message at photos', async () => {
    const { c, resident } = await setup()
    const r = await c.post('/reports', reportInput({ photos: Array.from({ length: 10 }, () => pngUrl) }), resident)
    expect(r.body.fields).toEqual({ photos: '最多上传9张照片' })
  })

  test("someone else's upload cannot be attached (it would let you see it)", async () => {
    const { c, upload } = await setup()
    const other = await c.login('demo-resident-2')
    const { id } = (await upload(pngUrl)).body
    const r = await c.post('/reports', reportInput({ photos: [id] }), other)
    expect(r.status).toBe(400)
    expect(r.body.fields).toEqual({ 'photos.0': '照片已失效，请删除后重新添加' })
  })
})

describe('stored once, outside the db', () => {
  test('nine 100 KB photos, uploaded then filed, grow the persisted db by less than 10 KB', async () => {
    const { c, resident, upload, persist, photos } = await setup()
    const before = (persist as ReturnType<typeof createMemoryPersist>).peek()!.length
    const refs: string[] = []
    for (let i = 0; i < 9; i++) {
      const r = await upload(jpegUrl(100 * 1024, i + 1))
      expect(r.status).toBe(201)
      expect(r.body).toEqual({ id: expect.stringMatching(/^ph_j[0-9a-z]{12}$/), mime: 'image/jpeg', bytes: 100 * 1024 })
      refs.push(r.body.id)
    }
    const created = await c.post('/reports', reportInput({ photos: refs }), resident)
    expect(created.status).toBe(201)
    expect(created.body.photos).toEqual(refs)
    const after = (persist as ReturnType<typeof createMemoryPersist>).peek()!
    const grew = after.length - before
    console.log(`[photos] nine 100 KB photos (uploaded, then filed): the db grew by ${(grew / 1024).toFixed(1)} KB`)
    expect(grew).toBeLessThan(10 * 1024)
    expect(after).not.toContain('data:image')
    expect((await photos.keys()).sort()).toEqual([...refs].sort())
  })

  test('nine 100 KB data URLs in the report body (an older draft) are stored on receipt: same growth, references in the answer and its replay', async () => {
    const { c, resident, persist, photos, server } = await setup()
    const before = (persist as ReturnType<typeof createMemoryPersist>).peek()!.length
    const body = reportInput({ photos: Array.from({ length: 9 }, (_, i) => jpegUrl(100 * 1024, i + 11)) })
    const created = await c.post('/reports', body, resident, 'k-inline-9')
    expect(created.status).toBe(201)
    expect(created.body.photos).toHaveLength(9)
    for (const p of created.body.photos) expect(p).toMatch(/^ph_j/)
    const after = (persist as ReturnType<typeof createMemoryPersist>).peek()!
    expect(after.length - before).toBeLessThan(10 * 1024)
    expect(after).not.toContain('data:image')
    expect(JSON.stringify(server.db.idempotency)).not.toContain('data:')
    // the replay answers the same references and stores nothing more
    const again = await c.post('/reports', body, resident, 'k-inline-9')
    expect(again.headers?.['idempotent-replayed']).toBe('true')
    expect(again.body.photos).toEqual(created.body.photos)
    expect(await photos.keys()).toHaveLength(9)
  })

  test('an upload retried with its key is the same photo, stored once', async () => {
    const { c, resident, photos } = await setup()
    const a = await c.post('/photos', { dataUrl: pngUrl }, resident, 'k-up-1')
    const b = await c.post('/photos', { dataUrl: pngUrl }, resident, 'k-up-1')
    expect(b.body.id).toBe(a.body.id)
    expect(await photos.keys()).toEqual([a.body.id])
  })

  test('the seed has no data URLs: its pictures are built-in references, served as SVG', async () => {
    const { server, c, resident } = await setup()
    const json = JSON.stringify(server.db)
    expect(json).not.toContain('data:')
    const withPhoto = server.db.reports.find((r) => r.reporterId === 'demo-resident' && r.photos.length)!
    expect(withPhoto.photos[0]).toMatch(/^ph_s/)
    const r = await server.handle({ method: 'GET', path: `/photos/${withPhoto.photos[0]}`, query: {}, headers: { authorization: `Bearer ${resident}` }, body: undefined })
    expect(r).toMatchObject({ status: 200, raw: { contentType: 'image/svg+xml' } })
    expect(new TextDecoder().decode((r as Json).raw.bytes)).toContain('<svg')
    // a resident of another grid may not
    const stranger = await c.login('demo-volunteer')
    expect((await c.get(`/photos/${withPhoto.photos[0]}`, stranger)).status).toBe(404)
  })
})

describe('who may see a photo', () => {
  test('its uploader; once filed, whoever may see the report; anyone else 404, never 403', async () => {
    const { server, c, resident, upload } = await setup()
    const get = (id: string, token: string | null, query: Record<string, string> = {}) =>
      server.handle({ method: 'GET', path: `/photos/${id}`, query, headers: token ? { authorization: `Bearer ${token}` } : {}, body: undefined }) as Promise<Json>
    const { id } = (await upload(pngUrl)).body
    const worker = await c.login('demo-grid-worker')
    const otherWorker = await c.login('demo-grid-worker-2')
    const neighbour = await c.login('demo-resident-2')

    const mine = await get(id, resident)
    expect(mine.status).toBe(200)
    expect(mine.raw.contentType).toBe('image/png')
    expect(bytesToBase64(mine.raw.bytes)).toBe(PNG_1PX)
    // not filed yet: only the uploader
    expect((await get(id, worker)).status).toBe(404)

    await c.post('/reports', reportInput({ photos: [id] }), resident)
    expect((await get(id, worker)).status).toBe(200)
    for (const token of [otherWorker, neighbour]) {
      const r = await get(id, token)
      expect(r.status).toBe(404)
      expect(r.body).toEqual({ code: 'NOT_FOUND', message: '照片不存在或无权查看' })
    }
    // an <img> sends no header; none at all → 401
    expect((await get(id, null)).status).toBe(401)
    expect((await get('ph_jnosuchphoto1', resident)).status).toBe(404)
    expect((await get('../../etc/passwd', resident)).status).toBe(404)
  })

  test("a photo of a worker's internal note is the workers' alone, like the note", async () => {
    const { server, c, resident, upload } = await setup()
    const get = (id: string, token: string) =>
      server.handle({ method: 'GET', path: `/photos/${id}`, query: {}, headers: { authorization: `Bearer ${token}` }, body: undefined }) as Promise<Json>
    const filed = (await c.post('/reports', reportInput(), resident)).body
    const worker = await c.login('demo-grid-worker')
    await c.post(`/reports/${filed.id}/take`, {}, worker)
    const internal = (await upload(pngUrl, worker)).body.id
    const told = (await upload(jpegUrl(2000, 7), worker)).body.id
    expect((await c.post(`/reports/${filed.id}/notes`, noteInput({ photos: [internal], visibility: 'internal' }), worker)).status).toBe(200)
    expect((await c.post(`/reports/${filed.id}/notes`, noteInput({ photos: [told], visibility: 'resident' }), worker)).status).toBe(200)
    // the reporter sees the ticket and the note meant for her, not the internal one, nor its photo
    expect((await get(told, resident)).status).toBe(200)
    expect((await get(internal, resident)).status).toBe(404)
    const otherGridWorker = await c.login('demo-grid-worker-2')
    expect((await get(internal, otherGridWorker)).status).toBe(404)
    expect((await get(internal, await c.login('demo-organiser'))).status).toBe(200)
  })

  test('through msw: the image bytes with their Content-Type', async () => {
    const server = createMockServer({ clock: createClock(T0), persist: createMemoryPersist() })
    const msw = setupServer(...toMswHandlers(server))
    msw.listen({ onUnhandledRequest: 'error' })
    try {
      const c = client(server)
      const token = await c.login('demo-resident')
      const { id } = (await c.post('/photos', { dataUrl: pngUrl }, token)).body
      const { key } = (await c.get('/photos/key', token)).body
      const res = await fetch(`http://localhost/api/v1/photos/${id}?key=${encodeURIComponent(key)}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect(bytesToBase64(bytes)).toBe(PNG_1PX)
      expect((await fetch(`http://localhost/api/v1/photos/${id}`)).status).toBe(401)
      // the session token in the URL opens nothing
      expect((await fetch(`http://localhost/api/v1/photos/${id}?access_token=${token}`)).status).toBe(401)
    } finally {
      msw.close()
    }
  })
})

describe('an <img> URL carries a photo key, never the session token', () => {
  async function keySetup() {
    const s = await setup()
    const { server, c, resident, upload } = s
    const img = (id: string, query: Record<string, string>) =>
      server.handle({ method: 'GET', path: `/photos/${id}`, query, headers: {}, body: undefined }) as Promise<Json>
    const keyOf = async (token: string) => {
      const r = await c.get('/photos/key', token)
      expect(r.status).toBe(200)
      return r.body as { key: string; expiresAt: string }
    }
    const { id } = (await upload(pngUrl)).body
    await c.post('/reports', reportInput({ photos: [id] }), resident)
    return { ...s, img, keyOf, id }
  }

  test('the session token as access_token (or as key) no longer opens a photo', async () => {
    const { img, id, resident } = await keySetup()
    const r = await img(id, { access_token: resident })
    expect(r.status).toBe(401)
    expect(r.raw).toBeUndefined()
    expect((await img(id, { key: resident })).status).toBe(401)
  })

  test('a photo key opens the photos its person may see, and no other (404, never 403)', async () => {
    const { c, img, keyOf, id } = await keySetup()
    const worker = (await keyOf(await c.login('demo-grid-worker'))).key
    const otherWorker = (await keyOf(await c.login('demo-grid-worker-2'))).key
    const ok = await img(id, { key: worker })
    expect(ok.status).toBe(200)
    expect(bytesToBase64(ok.raw.bytes)).toBe(PNG_1PX)
    for (const r of [await img(id, { key: otherWorker }), await img('ph_jnosuchphoto1', { key: worker })]) {
      expect(r.status).toBe(404)
      expect(r.body).toEqual({ code: 'NOT_FOUND', message: '照片不存在或无权查看' })
    }
    // it holds neither the session token nor anything that signs in: other routes refuse it
    const answer = await c.get('/me', worker)
    expect(answer.status).toBe(401)
  })

  test('the same key all through an hour, so photo URLs stay the same; valid to the end of the next hour', async () => {
    const { c, clock, keyOf, resident } = await keySetup()
    const a = await keyOf(resident)
    expect(a.key).not.toContain(resident)
    clock.advance(10 * 60 * 1000)
    expect((await keyOf(resident)).key).toBe(a.key)
    // T0 is 01:00Z: the key of that hour lasts to 03:00Z
    expect(a.expiresAt).toBe('2026-11-22T03:00:00.000Z')
    const other = await keyOf(await c.login('demo-resident'))
    expect(other.key).not.toBe(a.key)
  })

  test('an expired key, a forged one, or one of a session that ended → 401', async () => {
    const { c, clock, img, keyOf, id, resident, server } = await keySetup()
    const { key } = await keyOf(resident)
    expect((await img(id, { key })).status).toBe(200)
    const [user, tag, exp, sig] = key.split('.')
    const flip = (x: string) => x.slice(0, -1) + (x.slice(-1) === '0' ? '1' : '0')
    const forged = [
      [user, tag, exp, flip(sig)],
      // a later expiry with the old signature
      [user, tag, String(Number(exp) + 3600 * 24 * 365), sig],
      // another person with this key's signature
      ['demo-grid-worker', tag, exp, sig],
      [user, flip(tag), exp, sig],
      [user, tag, exp],
    ].map((p) => p.join('.'))
    for (const k of [...forged, 'x', '']) {
      const r = await img(id, { key: k })
      expect([k, r.status]).toEqual([k, 401])
    }
    // a key signed with another db's secret
    const elsewhere = await setup()
    const theirs = (await elsewhere.c.get('/photos/key', elsewhere.resident)).body.key
    expect((await img(id, { key: theirs })).status).toBe(401)

    clock.advance(2 * 3600 * 1000)
    const late = await img(id, { key })
    expect(late.status).toBe(401)
    expect(late.body.code).toBe('UNAUTHORIZED')

    // signing out ends the session's key, before it expires
    const fresh = (await keyOf(resident)).key
    expect((await img(id, { key: fresh })).status).toBe(200)
    expect((await c.post('/auth/logout', {}, resident)).status).toBe(200)
    expect((await img(id, { key: fresh })).status).toBe(401)
    void server
  })

  test('asking for a key needs a session', async () => {
    const { c } = await setup()
    expect((await c.get('/photos/key')).status).toBe(401)
    expect((await c.get('/photos/key', 'tk_madeup')).status).toBe(401)
  })
})

describe("a person's stored uploads have a byte cap", () => {
  test('uploads up to 30 MB are stored; the next one → 413 with what to do, and nothing is kept', async () => {
    const { c, clock, upload, photos, server, resident } = await setup()
    const size = 300 * 1024
    const fit = Math.floor((30 * 1024 * 1024) / size)
    for (let i = 0; i < fit; i++) {
      const r = await upload(jpegUrl(size, i + 1))
      expect([i, r.status]).toEqual([i, 201])
      // stay under the write and upload limits (60 a minute, 120 an hour): the cap is what this test meets
      clock.advance(31 * 1000)
    }
    const before = (await photos.keys()).length
    const over = await upload(jpegUrl(size, 999))
    expect(over.status).toBe(413)
    expect(over.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '您上传后还没用上的照片已超过 30 MB。请先提交正在填写的内容；7 天没用上的照片会自动清理' })
    expect((await photos.keys()).length).toBe(before)
    expect(Object.keys(server.db.photos)).toHaveLength(before)
    // a data URL in a report body counts the same, and the report is not filed
    const reports = server.db.reports.length
    const inline = await c.post('/reports', reportInput({ photos: [jpegUrl(size, 998)] }), resident)
    expect(inline.status).toBe(413)
    expect(server.db.reports).toHaveLength(reports)
    // someone else still may
    expect((await upload(jpegUrl(size, 997), await c.login('demo-resident-2'))).status).toBe(201)
  }, 60_000)

  test('uploads the sweep removed (never filed, after 7 days) make room again', async () => {
    const { c, clock, upload, server, photos } = await setup()
    const size = 300 * 1024
    // what 102 uploads of 300 KB leave (the test above makes them one by one)
    for (let i = 0; i < 102; i++) {
      const id = `ph_jfill${String(i).padStart(8, '0')}`
      server.db.photos[id] = { by: 'demo-resident', at: clock.now().getTime(), size }
      await photos.put(id, jpeg(size, i + 1), 'image/jpeg')
    }
    expect((await upload(jpegUrl(size, 999))).status).toBe(413)
    clock.advance(8 * 24 * 3600 * 1000)
    const again = await c.login('demo-resident')
    // the sweep runs before the cap is counted: the first upload after the week fits
    expect((await upload(jpegUrl(size, 999), again)).status).toBe(201)
  }, 60_000)

  test('photos filed with a report no longer count: a person at the cap files, and may upload again', async () => {
    const { c, upload, server, photos, resident } = await setup()
    const size = 300 * 1024
    const ids: string[] = []
    for (let i = 0; i < 102; i++) {
      const id = `ph_jfill${String(i).padStart(8, '0')}`
      server.db.photos[id] = { by: 'demo-resident', at: Date.parse(T0), size }
      await photos.put(id, jpeg(size, i + 1), 'image/jpeg')
      ids.push(id)
    }
    expect((await upload(jpegUrl(size, 999))).status).toBe(413)
    // filing 9 of them frees nothing on disk, but they are in use now: 9 × 300 KB of room
    const filed = await c.post('/reports', reportInput({ photos: ids.slice(0, 9) }), resident)
    expect(filed.status).toBe(201)
    expect((await upload(jpegUrl(size, 998))).status).toBe(201)
  }, 60_000)

  test('a record stored before sizes were kept is counted by its file', async () => {
    const { upload, server } = await setup()
    const { id } = (await upload(jpegUrl(200 * 1024, 5))).body
    delete server.db.photos[id].size
    await upload(pngUrl)
    expect(server.db.photos[id].size).toBe(200 * 1024)
  })
})

describe('a save that fails is never silent', () => {
  test('storage full: the report answers 507 STORAGE_FULL and nothing of it is kept — db, photos, idempotency', async () => {
    const persist = quotaPersist()
    const { server, c, resident, upload, photos } = await setup({ persist })
    const { id: uploaded } = (await upload(pngUrl)).body
    const stored = persist.peek()!
    const reports = server.db.reports.length
    const warn = quiet()
    try {
      persist.full = true
      const body = reportInput({ photos: [uploaded, jpegUrl(50 * 1024, 3)] })
      const r = await c.post('/reports', body, resident, 'k-full')
      expect(r.status).toBe(507)
      expect(r.body).toEqual({ code: 'STORAGE_FULL', message: '手机存储空间不足，这次提交没有保存，请清理后重试' })
      expect(server.db.reports).toHaveLength(reports)
      expect(persist.peek()).toBe(stored)
      // the photo that came inline is gone again; the one uploaded before stays
      expect(await photos.keys()).toEqual([uploaded])
      // an upload fails the same way
      expect((await upload(pngUrl)).status).toBe(507)
      expect(await photos.keys()).toEqual([uploaded])

      // room again: the same submission (same key) really runs now
      persist.full = false
      const again = await c.post('/reports', body, resident, 'k-full')
      expect(again.status).toBe(201)
      expect(server.db.reports).toHaveLength(reports + 1)
      expect(await photos.keys()).toHaveLength(2)
    } finally {
      warn.mockRestore()
    }
  })

  test('a photo store that is full → 507, and the db keeps no record of the photo', async () => {
    const photos = createMemoryPhotoStore()
    const { server, upload } = await setup({ photos })
    const put = jest.spyOn(photos, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'))
    const warn = quiet()
    try {
      const r = await upload(pngUrl)
      expect(r.status).toBe(507)
      expect(r.body.code).toBe('STORAGE_FULL')
      expect(server.db.photos).toEqual({})
    } finally {
      put.mockRestore()
      warn.mockRestore()
    }
  })
})

describe('the db stays small', () => {
  test('the seed plus 200 reports with nine photos each stays under 1 MB of JSON', async () => {
    const { server, c, clock, persist, photos } = newServerWithPhotos()
    const token = await c.login('demo-resident')
    const seedKb = persist.peek()!.length / 1024
    for (let n = 0; n < 200; n++) {
      const refs: string[] = []
      for (let i = 0; i < 9; i++) {
        const r = await c.post('/photos', { dataUrl: pngUrl }, token)
        expect(r.status).toBe(201)
        refs.push(r.body.id)
      }
      const r = await c.post('/reports', reportInput({ photos: refs, description: `第${n + 1}个问题：楼下垃圾桶满了好几天没人清运。` }), token)
      expect(r.status).toBe(201)
      // under the limits (10 reports and 120 uploads an hour): one report every 7 minutes
      clock.advance(7 * 60 * 1000)
    }
    const json = persist.peek()!
    const kb = json.length / 1024
    console.log(`[photos] persisted db: seed ${seedKb.toFixed(1)} KB; seed + 200 reports × 9 photos ${kb.toFixed(1)} KB (${(await photos.keys()).length} photos in the store)`)
    expect(server.db.reports.filter((r) => r.photos.length === 9)).toHaveLength(200)
    expect(json).not.toContain('data:')
    expect(json.length).toBeLessThan(1024 * 1024)
  }, 60_000)
})

function newServerWithPhotos() {
  const photos = createMemoryPhotoStore()
  const { server, clock, persist } = newServer({ photos })
  return { server, clock, persist, photos, c: client(server) }
}
