// 消息: every module drops messages here; a message names what it is about and where it opens.
import { endpoint, type Iso } from '../common'

export const inboxEndpoints = {
  list: endpoint('/inbox'),
  unread: endpoint('/inbox/unread'),
  read: endpoint('/inbox/read'),
}

/**
 * `<module>_<what>`, e.g. 'report_status' (a resident's ticket moved) or 'report_order' (a new
 * order for a grid worker); 'system' for the app's own. A module names its own kinds, so adding
 * one touches nothing here.
 */
export type MessageKind = `${string}_${string}` | 'system'

/** What a message is about: a record of some module, e.g. `{ type: 'report', id: 'SP…' }`. */
export interface MessageSubject {
  type: string
  id: string
}

export interface InboxMessage {
  id: string
  kind: MessageKind
  title: string
  body: string
  at: Iso
  read: boolean
  /** in-app page to open, e.g. /packages/report/detail/index?id=… */
  link?: string
  subject?: MessageSubject
}

export interface UnreadCount { unread: number }
