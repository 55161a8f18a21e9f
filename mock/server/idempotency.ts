// Idempotency: the first answer to a POST, kept under its Idempotency-Key so that a retry or a
// replay gets that answer instead of doing the work twice.
//
// Keys belong to their caller: a signed-in user, else the device (X-Device-Id), else one shared
// 'anon' bucket. Each answer is kept for its whole lifetime (24 h); a caller keeps at most
// IDEMPOTENCY_PER_CALLER of them and, over that, loses its own oldest — never anyone else's, so a
// flood of anonymous calls cannot push out a resident's key. Anonymous devices are many and
// cheap to invent: at most IDEMPOTENCY_DEVICES of them are remembered (the one unheard from the
// longest goes first); users' buckets are never dropped for them.
//
// The scope is the normalised path (request.ts), so every spelling of one URL is one request.
// A record holds a digest of the body, never the body.
import type { AuthState } from './auth'
import type { CoreState, IdempotencyRecord } from './db'
import { DAY, digest, getOwn, HOUR, setOwn } from './util'

export const IDEMPOTENCY_TTL_MS = DAY
export const IDEMPOTENCY_PER_CALLER = 200
export const IDEMPOTENCY_DEVICES = 1000

const DEVICE = 'device:'

/** Whose keys a request uses: 'user:<id>', 'device:<id>' or 'anon'. */
export function callerOf(auth: AuthState, deviceId: string | null): string {
  if (auth.kind === 'ok') return `user:${auth.user.id}`
  return deviceId ? `${DEVICE}${deviceId}` : 'anon'
}

export function scopeOf(method: string, path: string, key: string): string {
  return `${method} ${path} ${key}`
}

const ageOf = (r: IdempotencyRecord) => Date.parse(r.at)

/** The first answer under this caller's scope, if it is still within its lifetime. */
export function findAnswer(db: CoreState, caller: string, scope: string, now: Date): IdempotencyRecord | undefined {
  const bucket = getOwn(db.idempotency, caller)
  const rec = bucket && getOwn(bucket, scope)
  if (!rec || !(ageOf(rec) > now.getTime() - IDEMPOTENCY_TTL_MS)) return undefined
  return rec
}

/** Drops a bucket's expired records, then its oldest over `cap`; true when it is left empty. */
function prune(bucket: Record<string, IdempotencyRecord>, now: number, cap: number): boolean {
  let keys = Object.keys(bucket)
  for (const k of keys) if (!(ageOf(bucket[k]) > now - IDEMPOTENCY_TTL_MS)) delete bucket[k]
  keys = Object.keys(bucket)
  if (keys.length > cap) {
    keys.sort((a, b) => ageOf(bucket[a]) - ageOf(bucket[b]))
    for (const k of keys.slice(0, keys.length - cap)) delete bucket[k]
  }
  return keys.length === 0
}

/** When each db last had every caller's expired records swept (not stored). */
const lastSweep = new WeakMap<object, number>()

function newestOf(bucket: Record<string, IdempotencyRecord>): number {
  let t = 0
  for (const k of Object.keys(bucket)) t = Math.max(t, ageOf(bucket[k]))
  return t
}

/** Keeps `rec` as the caller's answer under `scope`, within the caller's own bounds. */
export function rememberAnswer(db: CoreState, caller: string, scope: string, rec: IdempotencyRecord, now: Date): void {
  const t = now.getTime()
  const all = db.idempotency
  let bucket = getOwn(all, caller)
  const isNew = !bucket
  if (!bucket) {
    bucket = {}
    setOwn(all, caller, bucket)
  }
  setOwn(bucket, scope, rec)
  prune(bucket, t, IDEMPOTENCY_PER_CALLER)

  // a new anonymous device: the device unheard from the longest goes when there are too many
  if (isNew && caller.indexOf(DEVICE) === 0) {
    const devices = Object.keys(all).filter((c) => c.indexOf(DEVICE) === 0)
    if (devices.length > IDEMPOTENCY_DEVICES) {
      devices.sort((a, b) => newestOf(all[a]) - newestOf(all[b]))
      for (const c of devices.slice(0, devices.length - IDEMPOTENCY_DEVICES)) if (c !== caller) delete all[c]
    }
  }

  // now and then (once an hour of clock time), everyone's expired records
  const last = lastSweep.get(all)
  if (last === undefined || t - last >= HOUR || t < last) {
    lastSweep.set(all, t)
    for (const c of Object.keys(all)) if (prune(all[c], t, IDEMPOTENCY_PER_CALLER)) delete all[c]
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}

function isAnswer(v: unknown): v is IdempotencyRecord {
  return isRecord(v) && typeof v.status === 'number' && typeof v.at === 'string' && typeof v.bodyHash === 'string'
}

/**
 * The stored idempotency records, in today's shape. Before keys belonged to callers they were
 * one flat map 'user id|POST|/path|key' → record, holding the body's whole stable JSON; such a
 * record moves into its caller's bucket with a digest of that JSON (what digest() of today's
 * body gives), so a replay across the upgrade is still answered. Anything else is dropped.
 */
export function restoreIdempotency(stored: unknown): CoreState['idempotency'] {
  const out: CoreState['idempotency'] = {}
  if (!isRecord(stored)) return out
  const put = (caller: string, scope: string, rec: IdempotencyRecord) => {
    let bucket = getOwn(out, caller)
    if (!bucket) {
      bucket = {}
      setOwn(out, caller, bucket)
    }
    setOwn(bucket, scope, rec)
  }
  for (const k of Object.keys(stored)) {
    const v = stored[k]
    if (isAnswer(v)) {
      // the flat shape: 'caller|METHOD|path|key'
      const parts = k.split('|')
      if (parts.length < 4) continue
      const [who, method, path] = parts
      const key = parts.slice(3).join('|')
      put(who === 'anon' ? 'anon' : `user:${who}`, scopeOf(method, path, key), { bodyHash: digest(v.bodyHash), status: v.status, body: v.body, at: v.at })
    } else if (isRecord(v)) {
      for (const scope of Object.keys(v)) {
        const rec = v[scope]
        if (isAnswer(rec)) put(k, scope, rec)
      }
    }
  }
  return out
}

