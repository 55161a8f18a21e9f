// Typed calls for 登录 / 我的. Everything goes through services/http.
import { authEndpoints as ep, type DemoAccount, type MyPhone, type Session, type User } from '@/contract'
import { get, post, request } from '@/services/http'

export const authApi = {
  /** WeChat one-tap login: a Taro.login code (or the H5 pseudo code) → a session as a resident. */
  wxLogin: (code: string) => request<Session>({ method: 'POST', path: ep.wxLogin.path(), body: { code }, auth: false }),
  demoLogin: (accountId: string) => request<Session>({ method: 'POST', path: ep.demoLogin.path(), body: { accountId }, auth: false }),
  demoAccounts: () => request<DemoAccount[]>({ method: 'GET', path: ep.demoAccounts.path(), auth: false }),
  /** the server forgets the token; succeeds even when it has expired */
  logout: () => request<{ ok: boolean }>({ method: 'POST', path: ep.logout.path(), body: {}, timeoutMs: 4000, retries: 0 }),
  me: () => get<User>(ep.me.path()),
  /** the caller's own phone from a WeChat getPhoneNumber code (weapp only) */
  myPhone: (code: string) => post<MyPhone>(ep.myPhone.path(), { code }),
}
