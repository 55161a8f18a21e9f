// In-app page links. The client navigates with them and the mock puts them into messages, so a
// page that moves is moved here once.

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

/** Every page of the app (app.config.ts declares the same ones). */
export const PAGES = {
  home: '/pages/index/index',
  tasks: '/pages/tasks/index',
  inbox: '/pages/inbox/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  reportNew: '/packages/report/new/index',
  reportDetail: '/packages/report/detail/index',
  reportOrder: '/packages/report/order/index',
  address: '/packages/account/address/index',
  booking: '/packages/booking/index/index',
  dispute: '/packages/dispute/index/index',
  points: '/packages/points/index/index',
  merchant: '/packages/merchant/index/index',
} as const

/** Tab pages: reached with switchTab, which takes no query. */
export const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.tasks, PAGES.inbox, PAGES.me]

/** Links with a query, for the pages that take one. */
export const links = {
  reportDetail: (id: string) => withQuery(PAGES.reportDetail, { id }),
  reportOrder: (id: string) => withQuery(PAGES.reportOrder, { id }),
}
