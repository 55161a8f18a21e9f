// Photo bytes on weapp: one file per photo in the user data folder,
// `${USER_DATA_PATH}/linli-photos/<id>.<ext>`, through Taro's file system manager — a path an
// <image> can show directly (src/services/photos.ts builds the same path from a reference).
// WeChat's JS engine only: no URL, fetch, Blob or IndexedDB here.
import Taro from '@tarojs/taro'
import { PHOTO_MINI_DIR, photoFileName, photoFormat } from '../../src/contract'
import type { PhotoStore } from '../server'

type Fs = ReturnType<typeof Taro.getFileSystemManager>

function userDataPath(): string {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env
  return (env && env.USER_DATA_PATH) || 'wxfile://usr'
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

export function createFilePhotoStore(fs: Fs = Taro.getFileSystemManager()): PhotoStore {
  const dir = `${userDataPath()}/${PHOTO_MINI_DIR}`
  const pathOf = (id: string) => `${dir}/${photoFileName(id)}`
  const exists = (p: string) => {
    try {
      fs.accessSync(p)
      return true
    } catch {
      return false
    }
  }
  let dirReady = false
  const ensureDir = () => {
    if (dirReady) return
    if (!exists(dir)) fs.mkdirSync(dir, true)
    dirReady = true
  }
  return {
    // sync calls inside async functions: a throw (storage full) becomes a rejection
    put: async (id, bytes) => {
      ensureDir()
      fs.writeFileSync(pathOf(id), toArrayBuffer(bytes))
    },
    get: async (id) => {
      const p = pathOf(id)
      if (!exists(p)) return null
      const data = fs.readFileSync(p) as unknown
      if (!data || typeof data === 'string') return null
      return { mime: photoFormat(id).mime, bytes: new Uint8Array(data as ArrayBuffer) }
    },
    delete: async (id) => {
      const p = pathOf(id)
      if (exists(p)) fs.unlinkSync(p)
    },
    has: async (id) => exists(pathOf(id)),
    keys: async () => {
      if (!exists(dir)) return []
      return (fs.readdirSync(dir) || []).map((name) => name.replace(/\.[a-z]+$/, ''))
    },
  }
}
