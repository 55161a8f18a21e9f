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

/**
 * Every page of the app (app.config.ts declares the same ones, except the booking pages after
 * `booking`, which the mock's messages already link to and whose files come with the pages).
 */
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
  /** 帮代办: the catalogue, my bookings and my standing (no-shows, pause, appeal) */
  booking: '/packages/booking/index/index',
  /** a service: checklist, modes, places (?id=) */
  bookingService: '/packages/booking/service/index',
  /** book a service (?serviceId=) */
  bookingNew: '/packages/booking/new/index',
  /** a booking for anyone who may see it: the voucher for the resident, the actions for a helper (?id=) */
  bookingDetail: '/packages/booking/detail/index',
  /** the helper's workbench: bookings by slot, check-in, appeals (?tab=appeals) */
  bookingDesk: '/packages/booking/desk/index',
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
  booking: () => PAGES.booking,
  bookingService: (id: string) => withQuery(PAGES.bookingService, { id }),
  bookingNew: (serviceId: string) => withQuery(PAGES.bookingNew, { serviceId }),
  bookingDetail: (id: string) => withQuery(PAGES.bookingDetail, { id }),
  bookingDesk: (tab?: 'appeals') => withQuery(PAGES.bookingDesk, { tab }),
}
