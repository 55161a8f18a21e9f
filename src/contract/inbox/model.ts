// 消息: every module drops messages here; a message names what it is about and where it opens.
import { endpoint, type Iso } from '../common'

export const inboxEndpoints = {
  list: endpoint('/inbox'),
  unread: endpoint('/inbox/unread'),
  read: endpoint('/inbox/read'),
}

export const MESSAGE_KINDS = ['report_status', 'report_order', 'system'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

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
