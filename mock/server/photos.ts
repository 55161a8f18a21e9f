// Photo bytes live outside the JSON db, in a PhotoStore, under the reference the server issued
// (`ph_…`, see src/contract/photos.ts): IndexedDB on H5 (adapters/photos-idb.ts), the user data
// folder on weapp (adapters/photos-fs.ts), memory under jest (below). The db keeps only the
// references and who uploaded what (mock/domains/photos).
//
// Everything here runs in every runtime (WeChat included): no atob/btoa, Buffer, Blob or URL.
import {
  PHOTO_BYTES_MAX,
  PHOTO_FORMATS,
  splitPhotoDataUrl,
  type PhotoFormatKey,
  type PhotoUploadMime,
} from '../../src/contract'
import { randomString } from './util'

export interface StoredPhoto {
  mime: string
  bytes: Uint8Array
}

/** Where photo bytes are kept. Every method may reject (e.g. storage full on put). */
export interface PhotoStore {
  put(id: string, bytes: Uint8Array, mime: string): Promise<void>
  get(id: string): Promise<StoredPhoto | null>
  delete(id: string): Promise<void>
  has(id: string): Promise<boolean>
  /** every id held, for sweeping photos the db no longer knows */
  keys(): Promise<string[]>
}

/** A store in a Map: jest, and the fallback when a platform's store cannot be opened. */
export function createMemoryPhotoStore(): PhotoStore & { size(): number } {
  const map = new Map<string, StoredPhoto>()
  return {
    put: async (id, bytes, mime) => {
      map.set(id, { mime, bytes: bytes.slice() })
    },
    get: async (id) => {
      const p = map.get(id)
      return p ? { mime: p.mime, bytes: p.bytes.slice() } : null
    },
    delete: async (id) => {
      map.delete(id)
    },
    has: async (id) => map.has(id),
    keys: async () => Array.from(map.keys()),
    size: () => map.size,
  }
}

/**
 * The store a request sees: what it puts is remembered, so that the server can take it back
 * when the request fails (an error answer, or a db that could not be saved).
 */
export interface PhotoTxn extends PhotoStore {
  /** also run `undo` on rollback (e.g. forget the db's record of a photo put here) */
  onRollback(undo: () => void): void
  /** deletes what this request put and runs the undos, newest first; once */
  rollback(): Promise<void>
}

export function photoTxn(store: PhotoStore): PhotoTxn {
  const added: string[] = []
  const undos: Array<() => void> = []
  return {
    onRollback: (undo) => {
      undos.push(undo)
    },
    put: async (id, bytes, mime) => {
      added.push(id)
      await store.put(id, bytes, mime)
    },
    get: (id) => store.get(id),
    delete: (id) => store.delete(id),
    has: (id) => store.has(id),
    keys: () => store.keys(),
    rollback: async () => {
      for (const undo of undos.splice(0, undos.length).reverse()) undo()
      const ids = added.splice(0, added.length)
      for (const id of ids) await store.delete(id).catch(() => undefined)
    },
  }
}

// ---- bytes ----------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_INDEX: Record<string, number> = {}
for (let i = 0; i < B64.length; i++) B64_INDEX[B64[i]] = i

/** Bytes of a base64 string (padding optional); null when it holds anything else. */
export function base64ToBytes(s: string): Uint8Array | null {
  let end = s.length
  while (end > 0 && s.charAt(end - 1) === '=') end--
  if (s.length - end > 2 || end % 4 === 1) return null
  const out = new Uint8Array(Math.floor((end * 3) / 4))
  let o = 0
  for (let i = 0; i < end; i += 4) {
    const a = B64_INDEX[s.charAt(i)]
    const b = B64_INDEX[s.charAt(i + 1)]
    const c = i + 2 < end ? B64_INDEX[s.charAt(i + 2)] : 0
    const d = i + 3 < end ? B64_INDEX[s.charAt(i + 3)] : 0
    if (a === undefined || b === undefined || c === undefined || d === undefined) return null
    const n = (a << 18) | (b << 12) | (c << 6) | d
    out[o++] = (n >> 16) & 255
    if (i + 2 < end) out[o++] = (n >> 8) & 255
    if (i + 3 < end) out[o++] = n & 255
  }
  return out
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '='
    s += i + 2 < bytes.length ? B64[n & 63] : '='
  }
  return s
}

/** UTF-8 bytes of a string (for the seed's SVG pictures). */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
      }
    }
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return new Uint8Array(out)
}

/** The image type its first bytes say, among those a person may upload; null for anything else. */
export function sniffImage(b: Uint8Array): PhotoUploadMime | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) {
    return 'image/png'
  }
  const ascii = (from: number, to: number) => String.fromCharCode(...Array.from(b.subarray(from, to)))
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}

export type DecodedPhoto = { ok: true; mime: PhotoUploadMime; bytes: Uint8Array } | { ok: false; reason: 'format' | 'size' }

/**
 * A data URL as a stored photo would hold it: only jpeg/png/webp, at most PHOTO_BYTES_MAX
 * decoded, and bytes that really are what the data URL says.
 */
export function decodePhotoDataUrl(dataUrl: string): DecodedPhoto {
  const parts = splitPhotoDataUrl(dataUrl)
  if (!parts) return { ok: false, reason: 'format' }
  if (Math.floor((parts.base64.length * 3) / 4) - 2 > PHOTO_BYTES_MAX) return { ok: false, reason: 'size' }
  const bytes = base64ToBytes(parts.base64)
  if (!bytes) return { ok: false, reason: 'format' }
  if (bytes.length > PHOTO_BYTES_MAX) return { ok: false, reason: 'size' }
  if (sniffImage(bytes) !== parts.mime) return { ok: false, reason: 'format' }
  return { ok: true, mime: parts.mime, bytes }
}

const LETTER_OF: Record<string, PhotoFormatKey> = {}
for (const k of Object.keys(PHOTO_FORMATS) as PhotoFormatKey[]) LETTER_OF[PHOTO_FORMATS[k].mime] = k

/** A new reference for a photo of this type: `ph_` + its format letter + 12 random characters. */
export function newPhotoId(mime: string): string {
  return `ph_${LETTER_OF[mime] || 'j'}${randomString(12)}`
}
