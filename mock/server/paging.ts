// Paged lists: `?cursor=&limit=` → { items, nextCursor, total }. The query is validated with
// the contract's pageQuerySchema (see input.ts `query`); the cursor is an opaque string (an
// offset, base-36 with a prefix) that clients just send back.
import { DEFAULT_PAGE_LIMIT, type Page, type PageQuery } from '../../src/contract'

const PREFIX = 'o'

export function encodeCursor(offset: number): string {
  return `${PREFIX}${offset.toString(36)}`
}

/** The offset of a cursor that pageQuerySchema accepted ('o' + base 36); 0 for none. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0
  const n = parseInt(cursor.slice(PREFIX.length), 36)
  return Number.isNaN(n) ? 0 : n
}

export function paginate<T>(all: T[], page: PageQuery): Page<T> {
  const offset = decodeCursor(page.cursor)
  const limit = page.limit || DEFAULT_PAGE_LIMIT
  const items = all.slice(offset, offset + limit)
  const next = offset + items.length
  return { items, nextCursor: next < all.length ? encodeCursor(next) : null, total: all.length }
}
