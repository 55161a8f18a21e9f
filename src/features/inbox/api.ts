import { DEFAULT_PAGE_LIMIT, paths, type InboxMessage, type Page, type UnreadCount } from '@/contract'
import { get, post } from '@/services/http'

export const inboxApi = {
  list: (q: { cursor?: string | null; limit?: number } = {}) =>
    get<Page<InboxMessage>>(paths.inbox, { cursor: q.cursor ?? undefined, limit: q.limit ?? DEFAULT_PAGE_LIMIT }),
  unread: () => get<UnreadCount>(paths.inboxUnread),
  /** marks the given messages (or all) read; answers the new unread count */
  markRead: (q: { ids?: string[]; all?: boolean }) => post<UnreadCount>(paths.inboxRead, { ids: q.ids ?? [], all: !!q.all }),
}
