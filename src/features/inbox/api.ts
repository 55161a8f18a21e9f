import { DEFAULT_PAGE_LIMIT, inboxEndpoints as ep, type InboxMessage, type Page, type PageQuery, type UnreadCount } from '@/contract'
import { get, post } from '@/services/http'

export const inboxApi = {
  list: (q: PageQuery = {}) => get<Page<InboxMessage>>(ep.list.path(), { cursor: q.cursor ?? undefined, limit: q.limit ?? DEFAULT_PAGE_LIMIT }),
  unread: () => get<UnreadCount>(ep.unread.path()),
  /** marks the given messages (or all) read; answers the new unread count */
  markRead: (q: { ids?: string[]; all?: boolean }) => post<UnreadCount>(ep.read.path(), { ids: q.ids ?? [], all: !!q.all }),
}
