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
 * Every page of the app (app.config.ts declares the same ones).
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
  /** the grid worker files what they found on patrol (未诉先办) */
  reportPatrol: '/packages/report/patrol/index',
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
  /** 解忧小屋: the guides by type, the stations and their weekend duty, my cases, 申请调解 */
  dispute: '/packages/dispute/index/index',
  /** one type's guide, then 申请调解 (?type=) */
  disputeGuide: '/packages/dispute/guide/index',
  /** file a dispute (?type=, or ?fromReport= a report closed as 民间纠纷) */
  disputeNew: '/packages/dispute/new/index',
  /** a case for a party: timeline, sessions, the agreement to confirm, obligations, rating (?id=) */
  disputeDetail: '/packages/dispute/detail/index',
  /** the other party opens an invitation (?code=) */
  disputeInvitation: '/packages/dispute/invitation/index',
  /** the mediator's workbench: new cases at the station, their open cases, sessions they sit in on */
  disputeDesk: '/packages/dispute/desk/index',
  /** a case for its mediator: accept, invite, sessions, agreement, referral, follow-up (?id=) */
  disputeCase: '/packages/dispute/case/index',
  /** 志愿积分: activities, my points, offers */
  points: '/packages/points/index/index',
  /** an activity: sign up, check in/out, my hours, correction (?id=) */
  pointsActivity: '/packages/points/activity/index',
  /** the organiser: publish or edit an activity (?id= to edit) */
  pointsPublish: '/packages/points/publish/index',
  /** the organiser: the rotating code and attendance, hours, corrections (?id=) */
  pointsAttendance: '/packages/points/attendance/index',
  /** my ledger, what expires when */
  pointsLedger: '/packages/points/ledger/index',
  /** 志愿服务记录证明, and checking one by its number (?no=) */
  pointsCertificate: '/packages/points/certificate/index',
  /** partner merchants and their offers; redeem one */
  pointsShop: '/packages/points/shop/index',
  /** a redemption: the code, its QR and the countdown (?id=) */
  pointsRedemption: '/packages/points/redemption/index',
  /** the merchant's workbench: verify a code, today's redemptions, offers, months */
  merchant: '/packages/merchant/index/index',
  /** verify a code: scan or type, then confirm */
  merchantVerify: '/packages/merchant/verify/index',
  /** the community worker's 数据看板: the four rates of their community, its grids and the district, trend, hot topics */
  communityDashboard: '/packages/community/dashboard/index',
  /** 民情地图, public: each grid's open items and the list, with nothing that identifies a person */
  communityMap: '/packages/community/map/index',
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
  points: () => PAGES.points,
  pointsActivity: (id: string) => withQuery(PAGES.pointsActivity, { id }),
  pointsAttendance: (id: string) => withQuery(PAGES.pointsAttendance, { id }),
  pointsRedemption: (id: string) => withQuery(PAGES.pointsRedemption, { id }),
  disputeGuide: (type: string) => withQuery(PAGES.disputeGuide, { type }),
  disputeNew: (q: { type?: string; fromReport?: string } = {}) => withQuery(PAGES.disputeNew, q),
  disputeDetail: (id: string) => withQuery(PAGES.disputeDetail, { id }),
  disputeInvitation: (code: string) => withQuery(PAGES.disputeInvitation, { code }),
  disputeCase: (id: string) => withQuery(PAGES.disputeCase, { id }),
  pointsPublish: (id?: string) => withQuery(PAGES.pointsPublish, { id }),
  pointsCertificate: (no?: string) => withQuery(PAGES.pointsCertificate, { no }),
}
