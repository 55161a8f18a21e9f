// Paged lists: `?cursor=&limit=` → { items, nextCursor, total }. The cursor is an opaque string
// (an offset, base-36 with a prefix); clients just send back what they got.
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type Page } from '../../src/contract'
import { fail } from './errors'

const PREFIX = 'o'

export function encodeCursor(offset: number): string {
  return `${PREFIX}${offset.toString(36)}`
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0
  if (cursor.charAt(0) !== PREFIX || !/^[0-9a-z]+$/.test(cursor.slice(1))) throw fail.validation({ cursor: '分页参数无效，请刷新后重试' })
  return parseInt(cursor.slice(1), 36)
}

export function parseLimit(limit: string | undefined): number {
  if (limit === undefined || limit === '') return DEFAULT_PAGE_LIMIT
  if (!/^\d+$/.test(limit) || Number(limit) < 1) throw fail.validation({ limit: '每页条数应为正整数' })
  return Math.min(Number(limit), MAX_PAGE_LIMIT)
}

export function paginate<T>(all: T[], query: Record<string, string>): Page<T> {
  const offset = decodeCursor(query.cursor)
  const limit = parseLimit(query.limit)
  const items = all.slice(offset, offset + limit)
  const next = offset + items.length
  return { items, nextCursor: next < all.length ? encodeCursor(next) : null, total: all.length }
}
