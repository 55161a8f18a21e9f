// The weapp photo store writes one file per photo where the client's photoSrc looks for it, and
// the weapp adapter answers GET /photos/:id with the bytes.
import { photoSrc } from '@/services/photos'
import { createClock, createMemoryPersist, createMockServer } from '../../server'
import { base64ToBytes } from '../../server/photos'
import { PNG_1PX, PNG_DATA_URL } from '../../server/__tests__/helpers'
import { answerMiniRequest } from '../mini'
import { createFilePhotoStore } from '../photos-fs'


/** Just enough of WeChat's FileSystemManager, in memory. */
function fakeFs() {
  const files = new Map<string, ArrayBuffer>()
  const dirs = new Set<string>()
  const fs = {
    files,
    accessSync(p: string) {
      if (!files.has(p) && !dirs.has(p)) throw new Error(`access:fail no such file or directory ${p}`)
    },
    mkdirSync(p: string) {
      dirs.add(p)
    },
    writeFileSync(p: string, data: ArrayBuffer) {
      if (!dirs.has(p.slice(0, p.lastIndexOf('/')))) throw new Error('writeFile:fail no such directory')
      files.set(p, data.slice(0))
    },
    readFileSync(p: string) {
      const f = files.get(p)
      if (!f) throw new Error('readFile:fail')
      return f
    },
    unlinkSync(p: string) {
      files.delete(p)
    },
    readdirSync(dir: string) {
      return [...files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1))
    },
  }
  return fs
}

test('a file per photo at the path photoSrc gives a mini-program <image>', async () => {
  const fs = fakeFs()
  const store = createFilePhotoStore(fs as never)
  const bytes = base64ToBytes(PNG_1PX)!
  await store.put('ph_pabc123def456', bytes, 'image/png')
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    const path = photoSrc('ph_pabc123def456')
    expect(path).toMatch(/\/linli-photos\/ph_pabc123def456\.png$/)
    expect(fs.files.has(path)).toBe(true)
  } finally {
    process.env.TARO_ENV = env
  }
  expect(await store.has('ph_pabc123def456')).toBe(true)
  expect(await store.keys()).toEqual(['ph_pabc123def456'])
  expect(await store.get('ph_pabc123def456')).toEqual({ mime: 'image/png', bytes })
  await store.delete('ph_pabc123def456')
  expect(await store.get('ph_pabc123def456')).toBeNull()
  expect(await store.keys()).toEqual([])
})

test('a full file system refuses the upload: 507, nothing kept', async () => {
  const fs = fakeFs()
  fs.writeFileSync = () => {
    throw new Error('writeFile:fail the maximum size of the file storage limit is exceeded')
  }
  const server = createMockServer({ clock: createClock('2026-11-22T01:00:00.000Z'), persist: createMemoryPersist(), photos: createFilePhotoStore(fs as never) })
  const login = await answerMiniRequest(server, { url: 'https://linli.invalid/api/v1/auth/demo-login', method: 'POST', data: { accountId: 'demo-resident' }, header: { 'Idempotency-Key': 'k1' } })
  const token = (login.data as { token: string }).token
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  try {
    const r = await answerMiniRequest(server, {
      url: 'https://linli.invalid/api/v1/photos',
      method: 'POST',
      data: { dataUrl: PNG_DATA_URL },
      header: { 'Idempotency-Key': 'k2', Authorization: `Bearer ${token}` },
    })
    expect(r.statusCode).toBe(507)
    expect(r.data).toMatchObject({ code: 'STORAGE_FULL' })
    expect(server.db.photos).toEqual({})
  } finally {
    warn.mockRestore()
  }
})

test('the weapp adapter answers GET /photos/:id with the bytes and their type', async () => {
  const server = createMockServer({ clock: createClock('2026-11-22T01:00:00.000Z'), persist: createMemoryPersist(), photos: createFilePhotoStore(fakeFs() as never) })
  const login = await answerMiniRequest(server, { url: 'https://linli.invalid/api/v1/auth/demo-login', method: 'POST', data: { accountId: 'demo-resident' }, header: { 'Idempotency-Key': 'k1' } })
  const token = (login.data as { token: string }).token
  const up = await answerMiniRequest(server, {
    url: 'https://linli.invalid/api/v1/photos',
    method: 'POST',
    data: { dataUrl: PNG_DATA_URL },
    header: { 'Idempotency-Key': 'k2', Authorization: `Bearer ${token}` },
  })
  expect(up.statusCode).toBe(201)
  const id = (up.data as { id: string }).id
  const r = await answerMiniRequest(server, { url: `https://linli.invalid/api/v1/photos/${id}`, header: { Authorization: `Bearer ${token}` } })
  expect(r.statusCode).toBe(200)
  expect(r.header['content-type']).toBe('image/png')
  expect(new Uint8Array(r.data as ArrayBuffer)).toEqual(base64ToBytes(PNG_1PX))
})
