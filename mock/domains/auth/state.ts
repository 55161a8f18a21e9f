// The people: users, their sessions, WeChat logins and the demo accounts.
import type { Home, Iso, Role } from '../../../src/contract'

export interface UserRecord {
  id: string
  name: string
  /** full 11-digit phone; never sent unmasked */
  phone: string
  roles: Role[]
  communityId: string | null
  gridId: string | null
  /**
   * 我的住址 as the person set it (names kept with the ids: a compound is not renamed under its
   * residents). For a resident it also sets communityId/gridId; a grid worker or community
   * worker keeps the grid or community they work in.
   */
  home?: Home | null
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
  /**
   * WeChat login code → user id, so the same code is always the same person (H5 sends a stable
   * per-device pseudo code 'h5-<id>'; without a device id a weapp code stands for itself)
   */
  wxUsers: Record<string, string>
  /**
   * device id (X-Device-Id) → user id of its WeChat login: a weapp's Taro.login gives a new
   * one-time code on every call, and a real server resolves every one of them to the same
   * openid (per person and app); the mock's stand-in for that person is the device
   */
  wxDevices: Record<string, string>
}

export function emptyAuth(): AuthSlice {
  return { users: {}, demoAccountIds: [], sessions: {}, wxUsers: {}, wxDevices: {} }
}
