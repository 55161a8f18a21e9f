// The unread count on the 消息 tab. weapp draws its own tab bar (src/custom-tab-bar), a
// separate component tree that Taro.setTabBarBadge cannot reach: it reads the count here. H5
// still draws Taro's tab bar, which the inbox feature keeps in step with the native badge API.
// Not persisted: it is fetched again whenever a page that shows it comes up.
import { create } from 'zustand'

export interface BadgeState {
  /** unread messages of the signed-in user; 0 when signed out */
  unread: number
  setUnread(n: number): void
}

export const useBadge = create<BadgeState>()((set) => ({
  unread: 0,
  setUnread: (n) => set({ unread: Number.isFinite(n) && n > 0 ? Math.floor(n) : 0 }),
}))

/** What the badge shows: nothing for 0, the count, or 99+. */
export function badgeText(n: number): string {
  if (!(n > 0)) return ''
  return n > 99 ? '99+' : String(Math.floor(n))
}
