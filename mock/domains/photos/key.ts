// Photo keys: what an <img> URL carries instead of the session token (see PhotoKey in
// src/contract/photos.ts). A URL is copied into history, screenshots, logs and Referer headers;
// a session token there would hand over the whole account, a photo key only the reading of the
// photos its person may see, for at most two hours, and not after they sign out.
//
// Stateless: `<user>.<session>.<expiry>.<mac>`, the mac an HMAC over the other three with a key
// derived from a random one the db already keeps (the points domain's signing key, as the
// public map's handles are), under a label of its own: no slice of its own, and no one without
// the db can make a key. `<session>` is a keyed hash of the session token, never the token:
// the key must not reveal it, yet ends with it (a sign-out, an expired session).
import type { PhotoKey } from '../../../src/contract'
import { hmac, safeEqual } from '../../server/crypto'
import type { DbState } from '../../server/db'
import { getOwn, HOUR } from '../../server/util'
import type { SessionRecord, UserRecord } from '../auth/state'
import { pointsSecretOf } from '../points/machine'

const LABEL = 'linli.photo-read'

let keyCache: { secret: string; key: string } | null = null

function signingKey(db: DbState): string {
  const secret = pointsSecretOf(db)
  if (!keyCache || keyCache.secret !== secret) keyCache = { secret, key: hmac(secret, LABEL) }
  return keyCache.key
}

function sessionTag(secret: string, token: string): string {
  return hmac(secret, `${LABEL}.session\n${token}`).slice(0, 16)
}

function mac(secret: string, userId: string, tag: string, exp: string): string {
  return hmac(secret, `${LABEL}\n${userId}\n${tag}\n${exp}`)
}

/**
 * The key for a session, the same all through a clock hour (so an <img> URL, and the browser's
 * cache of it, stay the same) and valid to the end of the next one: at least an hour of use
 * from whenever it is asked for.
 */
export function issuePhotoKey(db: DbState, session: SessionRecord, now: Date): PhotoKey {
  const secret = signingKey(db)
  const expMs = (Math.floor(now.getTime() / HOUR) + 2) * HOUR
  const exp = String(Math.floor(expMs / 1000))
  const tag = sessionTag(secret, session.token)
  return { key: [session.userId, tag, exp, mac(secret, session.userId, tag, exp)].join('.'), expiresAt: new Date(expMs).toISOString() }
}

/** The person a key stands for; null for one that is forged, expired, or of a session that ended. */
export function photoKeyUser(db: DbState, key: string, now: Date): UserRecord | null {
  if (typeof key !== 'string' || key.length > 200) return null
  const parts = key.split('.')
  if (parts.length < 4) return null
  // a user id may hold dots; the last three parts never do
  const [tag, exp, sig] = parts.slice(-3)
  const userId = parts.slice(0, -3).join('.')
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 <= now.getTime()) return null
  const secret = signingKey(db)
  if (!safeEqual(sig, mac(secret, userId, tag, exp))) return null
  const user = getOwn(db.users, userId)
  if (!user) return null
  for (const token of Object.keys(db.sessions)) {
    const s = db.sessions[token]
    if (s.userId === userId && Date.parse(s.expiresAt) > now.getTime() && safeEqual(sessionTag(secret, token), tag)) return user
  }
  return null
}
