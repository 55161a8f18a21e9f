// Who is signed in, as which role. Client state only: the user object comes from the server at
// sign-in (and from GET /me); lists never live here.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Role, Session, User } from '@/contract'
import { zustandStorage } from '@/services/storage'
import { setTokenProvider } from '@/services/http'

export const SESSION_STORAGE_KEY = 'linli.session'

export interface SessionData {
  token: string | null
  expiresAt: string | null
  user: User | null
  /** the role the person is acting as now; one of user.roles */
  activeRole: Role | null
}

export interface SessionState extends SessionData {
  signIn(session: Session): void
  /** forget the session here and in storage */
  signOut(): void
  /** ignored unless the user holds the role */
  setActiveRole(role: Role): void
  /** refresh the user (e.g. from GET /me) without touching the token */
  setUser(user: User): void
}

const empty: SessionData = { token: null, expiresAt: null, user: null, activeRole: null }

function pickRole(user: User, previous: Role | null): Role | null {
  if (previous && user.roles.includes(previous)) return previous
  return user.roles[0] ?? null
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      ...empty,
      signIn: (session) => {
        const prev = get()
        const sameUser = prev.user?.id === session.user.id
        set({
          token: session.token,
          expiresAt: session.expiresAt,
          user: session.user,
          activeRole: pickRole(session.user, sameUser ? prev.activeRole : null),
        })
      },
      signOut: () => {
        set({ ...empty })
        useSession.persist.clearStorage()
      },
      setActiveRole: (role) => {
        const { user } = get()
        if (user && user.roles.includes(role)) set({ activeRole: role })
      },
      setUser: (user) => set((s) => ({ user, activeRole: pickRole(user, s.activeRole) })),
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => zustandStorage),
      partialize: (s): SessionData => ({ token: s.token, expiresAt: s.expiresAt, user: s.user, activeRole: s.activeRole }),
    },
  ),
)

// ---- selectors (pure; use with useSession(selector) or on getState()) ------------------------

export function isLoggedIn(s: SessionData, now: number = Date.now()): boolean {
  if (!s.token || !s.user) return false
  if (!s.expiresAt) return true
  const t = Date.parse(s.expiresAt)
  return Number.isNaN(t) || t > now
}

export const useIsLoggedIn = (): boolean => useSession((s) => isLoggedIn(s))

/** The token for http, or null when there is none or it has expired. */
export function currentToken(): string | null {
  const s = useSession.getState()
  return isLoggedIn(s) ? s.token : null
}

// http asks for the token on every request; importing the store is enough to wire it.
setTokenProvider(currentToken)
