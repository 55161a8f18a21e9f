// Paged lists: `?cursor=&limit=` → `{ items, nextCursor, total }`.

export const DEFAULT_PAGE_LIMIT = 20
export const MAX_PAGE_LIMIT = 50

export interface Page<T> {
  items: T[]
  nextCursor: string | null
  total: number
}

export type PageQuery = { cursor?: string | null; limit?: number }
