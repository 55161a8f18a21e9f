// 消息: one list of messages, each in one user's inbox.
import type { Iso, MessageKind, MessageSubject } from '../../../src/contract'

export interface MessageRecord {
  id: string
  userId: string
  kind: MessageKind
  title: string
  body: string
  at: Iso
  read: boolean
  /** in-app page to open (a PAGES path or a `links` builder's result) */
  link?: string
  /** what the message is about, e.g. { type: 'report', id } */
  subject?: MessageSubject
}

export interface InboxSlice {
  messages: MessageRecord[]
}

export function emptyInbox(): InboxSlice {
  return { messages: [] }
}
