// A request as the core takes it: its path, query and headers normalised, and its body read
// under limits — the size first (before anything parses it), then the depth (before anything
// recursive runs on it: JSON.parse, stableStringify, clone, zod), and only then parsed. Nothing
// here is recursive and nothing copies the body before the size check.
import { API_PREFIX, DEVICE_ID_RE, HEADER_DEVICE_ID } from '../../src/contract'
import { fail } from './errors'
import type { MockRequest } from './types'
import { dict, hasOwn, setOwn } from './util'

/** The body limit of a route that sets none (RouteDef.maxBodyBytes). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024
/** Nesting of objects and arrays a body may have: `{"a":[1]}` is 2. */
export const MAX_BODY_DEPTH = 32
/** The path after /api/v1, and the query string, as characters. */
export const MAX_PATH_CHARS = 2048
export const MAX_QUERY_CHARS = 4096

function decode(s: string, plusIsSpace: boolean): string {
  try {
    return decodeURIComponent(plusIsSpace ? s.replace(/\+/g, ' ') : s)
  } catch {
    return s
  }
}

/**
 * The one spelling of a path: no prefix, no empty segments (`//`, a trailing `/`), each segment
 * decoded and encoded again, so `/reports//SP1/notes`, `/api/v1/reports/SP1/notes/` and
 * `/reports/%53P1/notes` are all `/reports/SP1/notes`. A segment that does not decode is taken
 * as its literal text.
 */
export function normalisePath(raw: string): string {
  const segments = raw.split('/').filter((s) => s.length > 0)
  const prefix = API_PREFIX.split('/').filter((s) => s.length > 0)
  if (prefix.every((p, i) => segments[i] === p)) segments.splice(0, prefix.length)
  return `/${segments.map((s) => encodeURIComponent(decode(s, false))).join('/')}`
}

/**
 * Path, query and headers in one spelling: the path normalised (and any query string it still
 * carries moved into `query`), header names in lower case. Maps keyed by what the request says
 * have no prototype. The body is left alone: readBody reads it.
 */
export function normaliseRequest(raw: MockRequest): MockRequest {
  let path = String(raw.path || '/')
  const query = dict<string>()
  const given = raw.query || {}
  for (const k of Object.keys(given)) setOwn(query, k, String(given[k]))
  const hash = path.indexOf('#')
  if (hash >= 0) path = path.slice(0, hash)
  const q = path.indexOf('?')
  if (q >= 0) {
    // tolerate a path that still carries its query string
    for (const part of path.slice(q + 1).split('&')) {
      if (!part) continue
      const eq = part.indexOf('=')
      const k = decode(eq >= 0 ? part.slice(0, eq) : part, true)
      if (!hasOwn(query, k)) setOwn(query, k, decode(eq >= 0 ? part.slice(eq + 1) : '', true))
    }
    path = path.slice(0, q)
  }
  const headers = dict<string>()
  const h = raw.headers || {}
  for (const k of Object.keys(h)) if (h[k] !== undefined && h[k] !== null) setOwn(headers, k.toLowerCase(), String(h[k]))
  return { method: String(raw.method || 'GET').toUpperCase(), path: normalisePath(path), query, headers, body: undefined }
}

/** 400 when the path or the query string is longer than any route needs. */
export function checkUrl(req: MockRequest): void {
  let chars = 0
  for (const k of Object.keys(req.query)) chars += k.length + req.query[k].length + 2
  if (req.path.length > MAX_PATH_CHARS || chars > MAX_QUERY_CHARS) throw fail.badRequest('请求地址太长')
}

/** The caller's X-Device-Id, null without one; 400 when it is not an id. */
export function deviceIdOf(headers: Record<string, string>): string | null {
  const name = HEADER_DEVICE_ID.toLowerCase()
  if (!hasOwn(headers, name)) return null
  const v = headers[name].trim()
  if (!v) return null
  if (!DEVICE_ID_RE.test(v)) throw fail.badRequest('设备标识无效，请重新打开应用后再试')
  return v
}

/** Whether `text` is more than `max` bytes of UTF-8; stops counting as soon as it is. */
export function overBytes(text: string, max: number): boolean {
  if (text.length > max) return true
  if (text.length * 3 <= max) return false
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4
      i++
    } else n += 3
    if (n > max) return true
  }
  return false
}

/** Whether JSON text nests objects/arrays deeper than `max`: one pass, brackets inside strings do not count. */
export function textTooDeep(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // \: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}

/**
 * Whether a value handed over in-process nests deeper than `max`, walked with a stack (a cycle
 * is infinitely deep). More than `maxNodes` values is too large to be worth walking: 'size'.
 */
export function valueTooDeep(value: unknown, max: number, maxNodes: number): 'deep' | 'size' | null {
  const stack: [unknown, number][] = [[value, 0]]
  let nodes = 0
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number]
    if (!v || typeof v !== 'object') continue
    if (d + 1 > max) return 'deep'
    if (++nodes > maxNodes) return 'size'
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push([v[i], d + 1])
    else {
      const o = v as Record<string, unknown>
      for (const k of Object.keys(o)) stack.push([o[k], d + 1])
    }
  }
  return null
}

/**
 * The body of a request, parsed, or an ApiFail thrown: 413 PAYLOAD_TOO_LARGE over `maxBytes`,
 * 400 BAD_REQUEST when it nests deeper than MAX_BODY_DEPTH or is not JSON. The adapters hand
 * over the raw text (`bodyText`); a caller in the same process (a test) may hand over a value
 * (`body`), which is measured as the JSON it would travel as. No body (or only white space):
 * undefined.
 */
export function readBody(raw: Pick<MockRequest, 'body' | 'bodyText'>, maxBytes: number): unknown {
  let text: string
  if (typeof raw.bodyText === 'string') text = raw.bodyText
  else if (typeof raw.body === 'string') text = raw.body
  else if (raw.body === undefined || raw.body === null) return undefined
  else {
    // every value is at least 2 bytes of JSON ('0,'): more values than half the limit do not fit
    const walked = valueTooDeep(raw.body, MAX_BODY_DEPTH, Math.ceil(maxBytes / 2))
    if (walked === 'deep') throw fail.badRequest(MSG_TOO_DEEP)
    if (walked === 'size') throw fail.tooLarge(maxBytes)
    let json: string | undefined
    try {
      json = JSON.stringify(raw.body)
    } catch {
      throw fail.badRequest(MSG_NOT_JSON)
    }
    if (json === undefined) return undefined
    text = json
  }
  if (overBytes(text, maxBytes)) throw fail.tooLarge(maxBytes)
  if (!/\S/.test(text)) return undefined
  if (textTooDeep(text, MAX_BODY_DEPTH)) throw fail.badRequest(MSG_TOO_DEEP)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw fail.badRequest(MSG_NOT_JSON)
  }
}

export const MSG_TOO_DEEP = '内容层级太深'
export const MSG_NOT_JSON = '提交的内容格式不正确'
