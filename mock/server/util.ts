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

/**
 * A short fingerprint of a long string (its length and a 53-bit hash, cyrb53): two different
 * request bodies practically never share one.
 */
export function digest(s: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `${s.length.toString(36)}.${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
}

export const HOUR = 3600 * 1000
export const DAY = 24 * HOUR

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString()
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

// ---- maps keyed by what a request says ------------------------------------------------------
// A key from a request (a WeChat code, a token, an id, an idempotency key) may be '__proto__',
// 'constructor' or 'toString'. On a plain object, reading such a key finds Object.prototype's
// members and writing '__proto__' changes the prototype instead of storing anything. The db is
// JSON (a reload gives plain objects back), so every access keyed by a request goes through
// these: own properties only, written as data properties.

const hasOwnProp = Object.prototype.hasOwnProperty

/** An empty object without a prototype, for maps that live only in memory. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

export function hasOwn(map: object, key: string): boolean {
  return hasOwnProp.call(map, key)
}

/** map[key] if the map itself holds it (never an inherited member). */
export function getOwn<T>(map: Record<string, T>, key: string): T | undefined {
  return hasOwnProp.call(map, key) ? map[key] : undefined
}

/** map[key] = value, as an own data property even for '__proto__'. */
export function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true })
}
