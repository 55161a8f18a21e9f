// Page paths the app navigates between (app.config.ts declares the same pages).

export const ROUTES = {
  home: '/pages/index/index',
  tasks: '/pages/tasks/index',
  inbox: '/pages/inbox/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  reportNew: '/packages/report/new/index',
  reportDetail: '/packages/report/detail/index',
  workOrder: '/packages/work/order/index',
  booking: '/packages/booking/index/index',
  dispute: '/packages/dispute/index/index',
  points: '/packages/points/index/index',
  merchant: '/packages/merchant/index/index',
} as const

/** Tab pages: reached with switchTab, which takes no query. */
export const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.tasks, ROUTES.inbox, ROUTES.me]

/** '/pages/me/index?x=1' → '/pages/me/index'; adds the leading slash. */
export function pathOf(url: string): string {
  const p = url.split('?')[0].split('#')[0]
  return p.startsWith('/') ? p : `/${p}`
}

export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(pathOf(url))
}

/** Builds `path?k=v` from a query object, skipping empty values; no URLSearchParams (weapp). */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined | null> = {}): string {
  const parts: string[] = []
  for (const k of Object.keys(query)) {
    const v = query[k]
    if (v === undefined || v === null || v === '') continue
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  }
  return parts.length ? `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}` : path
}

/** A value from route params that may or may not still be URL-encoded (weapp passes it raw). */
export function decodeParam(v: string | undefined | null): string {
  if (!v) return ''
  let s = String(v)
  // Decode while it still looks encoded ('%2F…'), at most twice.
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(s) && !s.startsWith('/'); i++) {
    try {
      s = decodeURIComponent(s)
    } catch {
      break
    }
  }
  return s
}
