// The four tabs and which of them is current, shared by every instance of the custom tab bar.
// WeChat gives each tab page its own instance, so a selection kept inside one would not reach
// the others; all of them read this store (the same JS context), which follows the pages.
import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { PAGES } from '@/contract'
import { pathOf } from '@/utils/routes'

export interface Tab {
  path: string
  text: string
  icon: string
  iconOn: string
}

// Same order, words and pictures as tabBar.list in app.config.ts (WeChat still reads that list).
// The icons are the files the list already ships, by their path in the package: importing them
// would inline them into the script as well.
export const TABS: readonly Tab[] = [
  { path: PAGES.home, text: '首页', icon: '/assets/tab/home.png', iconOn: '/assets/tab/home-on.png' },
  { path: PAGES.tasks, text: '办事', icon: '/assets/tab/tasks.png', iconOn: '/assets/tab/tasks-on.png' },
  { path: PAGES.inbox, text: '消息', icon: '/assets/tab/inbox.png', iconOn: '/assets/tab/inbox-on.png' },
  { path: PAGES.me, text: '我的', icon: '/assets/tab/me.png', iconOn: '/assets/tab/me-on.png' },
]

/** The tab of a page path ('pages/me/index' or '/pages/me/index?x=1'); -1 when it is none. */
export function tabIndexOf(url: string | null | undefined): number {
  if (!url) return -1
  const path = pathOf(url)
  return TABS.findIndex((t) => t.path === path)
}

function pageShownNow(): string | undefined {
  try {
    const path = Taro.getCurrentInstance()?.router?.path
    if (path) return path
  } catch {
    /* no router yet */
  }
  try {
    const pages = Taro.getCurrentPages()
    return (pages[pages.length - 1] as { route?: string } | undefined)?.route
  } catch {
    return undefined
  }
}

export interface CurrentTabState {
  /** index into TABS; -1 before any tab page has shown */
  current: number
  select(index: number): void
}

export const useCurrentTab = create<CurrentTabState>()((set) => ({
  current: tabIndexOf(pageShownNow()),
  select: (index) => set({ current: index >= 0 && index < TABS.length ? index : -1 }),
}))

let following = false

/**
 * Keeps `current` on the tab page that shows, however it was reached (a tap here, the
 * navigator, 返回, reLaunch after login). Taro announces each page's show to the components in
 * it as the event `<page name>.onShow` (what `getCurrentInstance().router.onShow` names).
 */
export function followTabPages(): void {
  if (following) return
  following = true
  TABS.forEach((tab, i) => {
    Taro.eventCenter.on(`${tab.path.slice(1)}.onShow`, () => useCurrentTab.getState().select(i))
  })
}
