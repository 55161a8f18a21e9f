// 登录 and 我的: sessions, the caller's profile, demo accounts, the demo reset.
import { endpoint, type Iso, type Role } from '../common'
import type { Home } from '../geo/model'

export const authEndpoints = {
  wxLogin: endpoint('/auth/wx-login'),
  demoLogin: endpoint('/auth/demo-login'),
  demoAccounts: endpoint('/auth/demo-accounts'),
  logout: endpoint('/auth/logout'),
  me: endpoint('/me'),
  /**
   * GET → the caller's own phone, in full, for their own forms (prefilled); POST a WeChat
   * getPhoneNumber code → the number bound to WeChat
   */
  myPhone: endpoint('/me/phone'),
  /** restores the demo data (no login needed) */
  demoReset: endpoint('/demo/reset'),
}

export interface User {
  id: string
  name: string
  /** always masked on the wire: 138****1234 */
  phoneMasked: string
  roles: Role[]
  /** the grid the person lives in (resident) or works (grid worker); null for a new WeChat user */
  communityId: string | null
  gridId: string | null
  /** 我的住址, set by the person (POST /me/home); null until then */
  home: Home | null
}

export interface Session {
  token: string
  expiresAt: Iso
  user: User
}

/** Only ever sent to its owner (GET or POST /me/phone). */
export interface MyPhone {
  phone: string
}

export interface DemoAccount {
  id: string
  name: string
  phoneMasked: string
  roles: Role[]
  communityName: string
  gridName: string
  /** one line saying what to try with this account */
  note: string
}
