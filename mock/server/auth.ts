// Sessions: Bearer tokens that expire after 7 days by the clock.
import { type Session, type User, maskPhone } from '../../src/contract'
import { fail, MSG } from './errors'
import type { SessionRecord, UserRecord } from '../domains/auth/state'
import type { DbState } from './db'
import { DAY, getOwn, randomString, setOwn } from './util'

export const SESSION_TTL_MS = 7 * DAY

export function bearerToken(headers: Record<string, string>): string | null {
  const h = headers.authorization || headers.Authorization
  if (!h) return null
  const m = /^Bearer\s+(.+)$/i.exec(h.trim())
  return m ? m[1].trim() : null
}

export type AuthState =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'ok'; session: SessionRecord; user: UserRecord }

/** Who is calling: no token, a token that is unknown or expired, or a valid session. */
export function resolveAuth(db: DbState, headers: Record<string, string>, now: Date): AuthState {
  const token = bearerToken(headers)
  if (!token) return { kind: 'none' }
  // own entries only: a token '__proto__' or 'constructor' is just unknown
  const session = getOwn(db.sessions, token)
  if (!session || !(Date.parse(session.expiresAt) > now.getTime())) return { kind: 'invalid' }
  const user = getOwn(db.users, session.userId)
  if (!user) return { kind: 'invalid' }
  return { kind: 'ok', session, user }
}

export function authFailure(state: AuthState) {
  return state.kind === 'invalid' ? fail.unauthorized(MSG.loginExpired) : fail.unauthorized(MSG.loginRequired)
}

export function toUserDto(u: UserRecord): User {
  return {
    id: u.id,
    name: u.name,
    phoneMasked: maskPhone(u.phone),
    roles: u.roles.slice(),
    communityId: u.communityId,
    gridId: u.gridId,
    home: u.home ? { ...u.home } : null,
  }
}

export function createSession(db: DbState, user: UserRecord, now: Date): Session {
  const token = `tk_${randomString(24)}`
  const issuedAt = now.toISOString()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString()
  setOwn(db.sessions, token, { token, userId: user.id, issuedAt, expiresAt })
  // Drop sessions that expired long ago, so the stored db does not grow without bound.
  for (const t of Object.keys(db.sessions)) {
    if (Date.parse(db.sessions[t].expiresAt) < now.getTime() - 30 * DAY) delete db.sessions[t]
  }
  return { token, expiresAt, user: toUserDto(user) }
}
