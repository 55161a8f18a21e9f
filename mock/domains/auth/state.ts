// The people: users, their sessions, WeChat logins and the demo accounts.
import type { Iso, Role } from '../../../src/contract'

export interface UserRecord {
  id: string
  name: string
  /** full 11-digit phone; never sent unmasked */
  phone: string
  roles: Role[]
  communityId: string | null
  gridId: string | null
  /** set for the seeded demo accounts: what to try with them */
  demoNote?: string
}

export interface SessionRecord {
  token: string
  userId: string
  issuedAt: Iso
  expiresAt: Iso
}

export interface AuthSlice {
  users: Record<string, UserRecord>
  /** ids of the demo accounts, in the order the login page lists them */
  demoAccountIds: string[]
  sessions: Record<string, SessionRecord>
  /** WeChat login code → user id, so the same code is always the same person */
  wxUsers: Record<string, string>
}

export function emptyAuth(): AuthSlice {
  return { users: {}, demoAccountIds: [], sessions: {}, wxUsers: {} }
}
