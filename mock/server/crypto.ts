// SHA-256 and HMAC-SHA-256 (RFC 2104), a constant-time comparison and random keys: the one
// copy every domain signs its tokens with.
//
// Why SHA-256 written out here: the mock runs in the WeChat runtime, where neither Node's crypto
// nor WebCrypto's subtle (asynchronous, and absent there) is available; util.ts has only
// non-cryptographic hashes (FNV-1a, cyrb53), which are easy to forge against. A compact SHA-256
// is ~40 lines and the standard construction, so a token is checked the way a real server
// would check it. Its round constants are derived (fractional parts of cube and square roots of
// the first primes, as FIPS 180-4 defines them) to keep the bundle small.
import { utf8Bytes } from './photos'

let K: number[] | null = null
let H0: number[] | null = null

function constants(): void {
  const primes: number[] = []
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p)) primes.push(n)
  const frac = (x: number) => ((x - Math.floor(x)) * 0x100000000) >>> 0
  K = primes.map((p) => frac(Math.cbrt(p)))
  H0 = primes.slice(0, 8).map((p) => frac(Math.sqrt(p)))
}

/** SHA-256 of bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  if (!K || !H0) constants()
  const k = K as number[]
  const h = (H0 as number[]).slice()
  const bitLen = data.length * 8
  const total = (((data.length + 9 + 63) >> 6) << 6)
  const m = new Uint8Array(total)
  m.set(data)
  m[data.length] = 0x80
  // lengths here are far below 2^32 bits: the high word stays 0
  for (let i = 0; i < 4; i++) m[total - 1 - i] = (bitLen >>> (8 * i)) & 0xff
  const w = new Array<number>(64)
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = (m[off + 4 * i] << 24) | (m[off + 4 * i + 1] << 16) | (m[off + 4 * i + 2] << 8) | m[off + 4 * i + 3]
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]
      const b = w[i - 2]
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let [a, b, c, d, e, f, g, hh] = h
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h[0] = (h[0] + a) | 0
    h[1] = (h[1] + b) | 0
    h[2] = (h[2] + c) | 0
    h[3] = (h[3] + d) | 0
    h[4] = (h[4] + e) | 0
    h[5] = (h[5] + f) | 0
    h[6] = (h[6] + g) | 0
    h[7] = (h[7] + hh) | 0
  }
  const out = new Uint8Array(32)
  h.forEach((x, i) => {
    for (let j = 0; j < 4; j++) out[4 * i + j] = (x >>> (24 - 8 * j)) & 0xff
  })
  return out
}

export function hex(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16)
  return s
}

/** HMAC-SHA-256 of a text with a text key, as hex. */
export function hmac(key: string, text: string): string {
  let kb = utf8Bytes(key)
  if (kb.length > 64) kb = sha256(kb)
  const pad = (x: number) => {
    const p = new Uint8Array(64)
    for (let i = 0; i < 64; i++) p[i] = (kb[i] || 0) ^ x
    return p
  }
  const cat = (a: Uint8Array, b: Uint8Array) => {
    const c = new Uint8Array(a.length + b.length)
    c.set(a)
    c.set(b, a.length)
    return c
  }
  return hex(sha256(cat(pad(0x5c), sha256(cat(pad(0x36), utf8Bytes(text))))))
}

/**
 * Whether two strings are equal, in a time that depends on their length only: a signature
 * compared with `!==` stops at the first wrong character, which tells a forger how far they got.
 */
export function safeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0)
  return diff === 0
}

interface RandomSource {
  getRandomValues<T extends ArrayBufferView>(array: T): T
}

/**
 * `n` random bytes as hex, for signing keys. The platform's CSPRNG where there is one (browsers,
 * Node); WeChat's is asynchronous only, so there Math.random and the time go through SHA-256: not
 * a CSPRNG, but nothing a caller of the mock can recompute from what it is shown.
 */
export function randomHex(n: number): string {
  const bytes = new Uint8Array(n)
  // an older WeChat runtime has no globalThis: reading it bare would throw
  const g = typeof globalThis !== 'undefined' ? (globalThis as { crypto?: RandomSource }) : {}
  const c = g.crypto
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes)
  else {
    const seed = sha256(utf8Bytes(`${Date.now()}.${Math.random()}.${Math.random()}.${Math.random()}`))
    for (let i = 0; i < n; i++) bytes[i] = seed[i % 32] ^ Math.floor(Math.random() * 256)
  }
  return hex(bytes)
}
