// What every domain shares: roles, errors, paging, masking, validation, endpoints, page links,
// and the work-item summary that 办事 lists for any role. The zod schemas live in their own
// files (fields, paging), so code that needs only a constant from here does not load zod.
export * from './endpoint'
export * from './links'
export * from './mask'
export * from './validate'
export * from './fields'
export * from './page'
export * from './pageQuery'
export * from './china'

/** ISO-8601 timestamp string. */
export type Iso = string

export const ROLES = ['resident', 'grid_worker', 'helper', 'mediator', 'volunteer', 'organiser', 'merchant'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  grid_worker: '网格员',
  helper: '帮代办专员',
  mediator: '调解员',
  volunteer: '志愿者',
  organiser: '社区工作者',
  merchant: '合伙商企',
}

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'STATE_CONFLICT',
  'IDEMPOTENCY_IN_PROGRESS',
  'IDEMPOTENCY_MISMATCH',
  'IDEMPOTENCY_KEY_REQUIRED',
  'RATE_LIMITED',
  /** 413: the body is larger than the route accepts (checked before it is read) */
  'PAYLOAD_TOO_LARGE',
  /** 400: a request no form could have sent (not JSON, nested too deep, a malformed header) */
  'BAD_REQUEST',
  /** the server could not store what the request changed (device storage full); nothing was kept */
  'STORAGE_FULL',
  'INTERNAL',
  'NETWORK',
  'TIMEOUT',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** field name → Chinese message, for 400 VALIDATION_FAILED */
  fields?: Record<string, string>
  /** 429 RATE_LIMITED: seconds until the caller may try again (also the `Retry-After` header) */
  retryAfterSeconds?: number
}

// ---- what 办事 lists -------------------------------------------------------------

/** Colours a status may take; StatusTag and lists render them. */
export type Tone = 'blue' | 'orange' | 'green' | 'grey' | 'red' | 'purple'

/** One line of work in 办事, whatever the module: a ticket, a booking, a case… */
export interface WorkItem {
  id: string
  title: string
  statusLabel: string
  tone: Tone
  /** shown under the item when set (the worker's time limit) */
  deadline: Iso | null
  overdue: boolean
  /** the page that opens it */
  link: string
  /** a line of what it is about */
  summary?: string
  /** small print: number, place */
  meta?: string
  /** when it was filed; lists show it as 3天前 */
  at?: Iso
  /** short marks beside the title, e.g. 新 for an order nobody has taken, 已催办 2 次 */
  marks?: { label: string; tone: Tone }[]
}
