import { useCallback, useState } from 'react'
import type { DemoAccount, Session, User } from '@/contract'
import { useRemote, type Remote } from '@/services/remote'
import { wxLoginCode } from '@/services/device/login'
import { countDrafts, useDraftStore } from '@/stores/drafts'
import { useIsLoggedIn, useSession } from '@/stores/session'
import { authApi } from './api'

/** The seeded demo accounts, for the login page. */
export function useDemoAccounts(): Remote<DemoAccount[]> {
  return useRemote(() => authApi.demoAccounts(), [])
}

export interface LoginState {
  /** 'wx' or the demo account id being logged in, else null */
  pending: string | null
  error: Error | null
  /** resolves true once the session is stored */
  loginWithWechat(): Promise<boolean>
  loginAsDemo(accountId: string): Promise<boolean>
}

export function useLogin(): LoginState {
  const signIn = useSession((s) => s.signIn)
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)

  const run = useCallback(
    async (key: string, fn: () => Promise<Session>) => {
      setPending(key)
      setError(null)
      try {
        signIn(await fn())
        return true
      } catch (e) {
        setError(e as Error)
        return false
      } finally {
        setPending(null)
      }
    },
    [signIn],
  )

  const loginWithWechat = useCallback(
    () =>
      run('wx', async () => {
        const code = await wxLoginCode()
        if (!code) throw new Error('微信登录未完成，请重试或使用演示账号')
        return authApi.wxLogin(code)
      }),
    [run],
  )
  const loginAsDemo = useCallback((id: string) => run(id, () => authApi.demoLogin(id)), [run])

  return { pending, error, loginWithWechat, loginAsDemo }
}

/**
 * Tells the server (best effort, quickly), then forgets the session and this user's drafts here
 * and in storage, so the next person on this phone sees nothing of theirs. `unsentDrafts` lets
 * the page warn first.
 */
export function useLogout(): { logout(): Promise<void>; pending: boolean; unsentDrafts: number } {
  const signOut = useSession((s) => s.signOut)
  const userId = useSession((s) => s.user?.id)
  const unsentDrafts = useDraftStore((s) => countDrafts(s.drafts, userId))
  const [pending, setPending] = useState(false)
  const logout = useCallback(async () => {
    setPending(true)
    try {
      // the request must leave with the token, so the session is forgotten after it
      await authApi.logout().catch(() => undefined)
    } finally {
      if (userId) useDraftStore.getState().clearUser(userId)
      signOut()
      setPending(false)
    }
  }, [signOut, userId])
  return { logout, pending, unsentDrafts }
}

/** Keeps the stored user fresh (name, roles, grid) while logged in; refreshed on show. */
export function useMe(): Remote<User> {
  const loggedIn = useIsLoggedIn()
  const setUser = useSession((s) => s.setUser)
  return useRemote(
    loggedIn
      ? async () => {
          const u = await authApi.me()
          setUser(u)
          return u
        }
      : null,
    [loggedIn],
  )
}
