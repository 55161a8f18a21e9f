// Small helpers that run in every runtime (WeChat included): no structuredClone, no crypto,
// no URL, no Node or DOM APIs.

/** Deep copy of JSON-serialisable data. */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T)
}

/** JSON with sorted object keys, so two equal bodies compare equal whatever their key order. */
export function stableStringify(v: unknown): string {
  if (v === undefined) return 'undefined'
  if (v === null || typeof v !== 'object') return JSON.stringify(v)
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : stableStringify(x))).join(',')}]`
  const o = v as Record<string, unknown>
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`).join(',')}}`
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A random string of base-36 characters (Math.random is fine for a mock's tokens). */
export function randomString(length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return s
}

/** A small, stable, non-cryptographic hash (FNV-1a, 32 bit). */
export function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

export const HOUR = 3600 * 1000
export const DAY = 24 * HOUR

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString()
}

/** yyyymmdd of an instant in China time (UTC+8), for ticket numbers. */
export function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '')
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
