// Photos by reference: each chosen photo is uploaded at once and stored in IndexedDB; the db in
// localStorage keeps references only, so many reports with nine photos each still fit, and the
// photos still show after a reload (the <img> is answered by the mock's service worker).
//
// PHOTO_BULK=50 also files that many more reports with nine photos through the API in the page
// and logs the size of the stored db (a measurement, not part of the default run).
import { deflateSync } from 'node:zlib'
import { assert, input, loginAs, radio, see, serverDb, tap, textarea, typeInto, visible, waitForMock, advanceClock } from '../lib.mjs'

export const name = 'nine photos per report: uploaded at once, shown after a reload, six reports fit, no image data in the stored db'

// ---- small PNGs, made here (no image library needed) -----------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
/** A w×h PNG: a colour that depends on `n`, with a darker band, so each photo differs. */
export function makePng(n, w = 160, h = 120) {
  const [r, g, b] = [(n * 67) % 256, (n * 131 + 80) % 256, (n * 29 + 160) % 256]
  const rows = []
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3)
    for (let x = 0; x < w; x++) {
      const band = Math.abs(x - y - n * 10) < 12 ? 0.5 : 1
      row[1 + x * 3] = r * band
      row[2 + x * 3] = g * band
      row[3 + x * 3] = b * band
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// ---- steps ---------------------------------------------------------------------------------

async function fileReport(page, k) {
  await page.goto('/#/packages/report/new/index')
  await radio(page, '垃圾堆积')
  await typeInto(textarea(page, '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'), `第${k}处：西牌楼街${k}号楼下垃圾桶满了三天没人清运。`)
  const chooser = page.waitForEvent('filechooser')
  await visible(page.getByTestId('photo-add')).click()
  await (await chooser).setFiles(Array.from({ length: 9 }, (_, i) => ({ name: `p${k}-${i}.png`, mimeType: 'image/png', buffer: makePng(k * 9 + i) })))
  // each one is uploaded at once: nine references, nothing left uploading
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="picked-photo"]').length >= 9, null, { timeout: 30_000 })
  await see(page, '9/9')
  const refs = await page.$$eval('[data-testid="picked-photo"]', (els) => els.filter((e) => e.offsetParent).map((e) => e.getAttribute('data-photo')))
  assert(refs.length === 9 && refs.every((r) => /^ph_[0-9a-z]+$/.test(r)), `the form keeps nine references, got ${JSON.stringify(refs)}`)
  // the draft in storage holds references, not images
  const drafts = await page.evaluate(() => localStorage.getItem('linli.drafts') || '')
  assert(!drafts.includes('data:image'), 'the draft holds no image data')
  await typeInto(input(page, '如：西牌楼街12号3栋楼下'), `西牌楼街${k}号`)
  await typeInto(input(page, '11位手机号码'), '13912345678')
  await tap(page, '提交反映')
  await visible(page.getByTestId('report-done')).waitFor()
  return (await visible(page.getByText(/工单号：SP\d+/)).innerText()).match(/SP\d+/)[0]
}

/** Opens the ticket and waits until all `count` of its photos have really loaded. */
async function seePhotos(page, id, count = 9) {
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await see(page, `工单 ${id}`)
  const thumbs = page.locator('[data-testid="photo-thumb"]').filter({ visible: true })
  await page.waitForFunction((c) => [...document.querySelectorAll('[data-testid="photo-thumb"]')].filter((e) => e.offsetParent).length >= c, count)
  const n = await thumbs.count()
  assert(n === count, `ticket ${id} shows ${count} photos, got ${n}`)
  // lazily loaded: bring each into view, then wait for the image itself
  for (let i = 0; i < n; i++) await thumbs.nth(i).scrollIntoViewIfNeeded()
  await page.waitForFunction(
    (c) => {
      const imgs = [...document.querySelectorAll('[data-testid="photo-thumb"] img')].filter((e) => e.closest('[data-testid="photo-thumb"]').offsetParent)
      return imgs.length >= c && imgs.every((img) => img.complete && img.naturalWidth > 0)
    },
    count,
    { timeout: 20_000 },
  )
}
const seeNinePhotos = (page, id) => seePhotos(page, id)

const dbKb = async (page) => page.evaluate(() => (localStorage.getItem('linli.mockdb') || '').length / 1024)

/** Files `count` reports with nine photos each through the API, in the page (PHOTO_BULK). */
async function bulk(page, count, png) {
  return page.evaluate(
    async ({ count: total, png: base64 }) => {
      const raw = (localStorage.getItem('linli.session') || '').replace(/\\/g, '')
      const token = (raw.match(/"token":"(tk_[0-9a-z]+)"/) || [])[1]
      let n = 0
      const post = async (path, body) => {
        const r = await fetch(`/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `bulk-${Date.now()}-${n++}` },
          body: JSON.stringify(body),
        })
        if (r.status >= 300) throw new Error(`${path} → ${r.status} ${await r.text()}`)
        return r.json()
      }
      window.__linliMock.clock.advance(61 * 60 * 1000)
      for (let k = 0; k < total; k++) {
        const photos = []
        for (let i = 0; i < 9; i++) photos.push((await post('/photos', { dataUrl: `data:image/png;base64,${base64}` })).id)
        await post('/reports', {
          category: 'environment',
          description: `批量第${k + 1}条：楼下垃圾桶满了好几天没人清运。`,
          photos,
          location: { address: '西牌楼街35号院', communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
          anonymous: false,
          contactPhone: '13807311234',
        })
        // under the limits (10 reports and 120 uploads an hour, 60 POSTs a minute): one report every 7 minutes of the mock's clock
        window.__linliMock.clock.advance(7 * 60 * 1000)
      }
      return total
    },
    { count, png },
  )
}

export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)
  const seedKb = await dbKb(page)
  log(`stored db after the seed: ${seedKb.toFixed(1)} KB`)
  await loginAs(page, 'demo-resident')

  // 0. The seed's pictures are built-in references, and show.
  const seeded = (await serverDb(page)).reports.find((r) => r.reporterId === 'demo-resident' && r.photos.length >= 2)
  assert(seeded && seeded.photos.every((p) => /^ph_s/.test(p)), 'the seed holds built-in photo references')
  await seePhotos(page, seeded.id, seeded.photos.length)

  // 1. A report with nine photos; after a reload the ticket shows all nine.
  const first = await fileReport(page, 1)
  log(`filed ${first}`)
  // a cold start right on the ticket: nothing has started the mock yet when the page asks for it
  await page.goto(`/#/packages/report/detail/index?id=${first}`)
  await page.reload()
  await seeNinePhotos(page, first)
  await shot('nine-photos')

  // 2. Five more such reports; after a reload every one is still there, with its photos.
  const ids = [first]
  for (let k = 2; k <= 6; k++) {
    // a person takes longer than a minute per report: move the mock's clock on, so that 60 POSTs
    // a minute (ten per report) is not what this journey tests
    await advanceClock(page, 60_000)
    ids.push(await fileReport(page, k))
  }
  log(`filed ${ids.join(', ')}; stored db ${(await dbKb(page)).toFixed(1)} KB`)
  await page.reload()
  await waitForMock(page)
  const db = await serverDb(page)
  for (const id of ids) {
    const r = db.reports.find((x) => x.id === id)
    assert(r && r.photos.length === 9 && r.photos.every((p) => /^ph_/.test(p)), `${id} is stored with nine references`)
  }
  for (const id of ids.slice(1)) await seeNinePhotos(page, id)
  await shot('sixth-report')

  // 3. The stored db holds references only.
  const raw = await page.evaluate(() => localStorage.getItem('linli.mockdb') || '')
  assert(!raw.includes('data:image'), 'the stored db holds no image data')
  const inIdb = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('linli-photos')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('photos').objectStore('photos').count()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        }
      }),
  )
  assert(inIdb >= 54, `IndexedDB holds the 54 photos, got ${inIdb}`)

  // 4. Another grid's worker cannot fetch one of them.
  const ref = db.reports.find((x) => x.id === first).photos[0]
  await loginAs(page, 'demo-grid-worker-2')
  const status = await page.evaluate(async (photo) => {
    const session = (localStorage.getItem('linli.session') || '').replace(/\\/g, '')
    const token = (session.match(/"token":"(tk_[0-9a-z]+)"/) || [])[1]
    // an <img> carries a photo key (GET /photos/key), never the session token
    const { key } = await (await fetch('/api/v1/photos/key', { headers: { Authorization: `Bearer ${token}` } })).json()
    return (await fetch(`/api/v1/photos/${photo}?key=${encodeURIComponent(key)}`)).status
  }, ref)
  assert(status === 404, `another grid's worker gets 404 for the photo, got ${status}`)

  const extra = Number(process.env.PHOTO_BULK || 0)
  if (extra > 0) {
    await loginAs(page, 'demo-resident')
    const t0 = Date.now()
    await bulk(page, extra, makePng(99, 320, 240).toString('base64'))
    const kb = await dbKb(page)
    const after = await page.evaluate(() => localStorage.getItem('linli.mockdb') || '')
    assert(!after.includes('data:image'), 'still no image data after the bulk')
    log(`PHOTO_BULK: ${extra} more reports × 9 photos in ${((Date.now() - t0) / 1000).toFixed(1)} s; stored db ${kb.toFixed(1)} KB`)
    console.log(`# stored db: seed ${seedKb.toFixed(1)} KB; seed + ${ids.length} + ${extra} reports with nine photos ${kb.toFixed(1)} KB`)
  }
}
