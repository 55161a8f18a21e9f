// Every endpoint of the API, relative to API_PREFIX. Client and mock both build paths from here.
export const API_PREFIX = '/api/v1'

export const paths = {
  wxLogin: '/auth/wx-login',
  demoLogin: '/auth/demo-login',
  demoAccounts: '/auth/demo-accounts',
  logout: '/auth/logout',
  me: '/me',
  /** WeChat getPhoneNumber code → the user's own phone, in full, for their own forms */
  myPhone: '/me/phone',
  geo: '/geo',
  reports: '/reports',
  similarReports: '/reports/similar',
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
  reportJoin: (id: string) => `/reports/${encodeURIComponent(id)}/join`,
  reportTake: (id: string) => `/reports/${encodeURIComponent(id)}/take`,
  reportNote: (id: string) => `/reports/${encodeURIComponent(id)}/notes`,
  reportEscalate: (id: string) => `/reports/${encodeURIComponent(id)}/escalate`,
  reportReturn: (id: string) => `/reports/${encodeURIComponent(id)}/return`,
  reportHandle: (id: string) => `/reports/${encodeURIComponent(id)}/handle`,
  reportRate: (id: string) => `/reports/${encodeURIComponent(id)}/rate`,
  inbox: '/inbox',
  inboxUnread: '/inbox/unread',
  inboxRead: '/inbox/read',
  demoReset: '/demo/reset',
} as const

/** Route patterns the mock registers (`:id` segments), kept next to the builders above. */
export const routes = {
  report: '/reports/:id',
  reportJoin: '/reports/:id/join',
  reportTake: '/reports/:id/take',
  reportNote: '/reports/:id/notes',
  reportEscalate: '/reports/:id/escalate',
  reportReturn: '/reports/:id/return',
  reportHandle: '/reports/:id/handle',
  reportRate: '/reports/:id/rate',
} as const

/**
 * Query of GET /reports → Page<ReportSummary>. scope=mine: own + joined (resident), newest first;
 * scope=queue: the worker's grid, overdue first, then by deadline, closed last.
 * status (default all): for `mine`, open = not closed yet (incl. 待评价 and 社区复核), done = closed;
 * for `queue`, open = pending/handling (the worker's to-do), done = everything else.
 */
export interface ReportListQuery {
  scope: 'mine' | 'queue'
  status?: 'open' | 'done' | 'all'
  cursor?: string
  limit?: number
}

/** Query of GET /reports/similar → Page<ReportSummary> (open reports of that category in that grid). */
export interface SimilarQuery {
  category: string
  gridId: string
}

export const HEADER_IDEMPOTENCY = 'Idempotency-Key'
export const DEFAULT_PAGE_LIMIT = 20
export const MAX_PAGE_LIMIT = 50
