export { inboxApi } from './api'
export { useInbox, useUnreadBadge, type Inbox } from './hooks'
export { InboxList, type InboxListProps } from './components/InboxList'
