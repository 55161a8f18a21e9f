// 消息: one list of messages, each in one user's inbox.
import type { InboxMessage } from '../../../src/contract'

/** A message as the wire has it, plus whose inbox it is in. */
export interface MessageRecord extends InboxMessage {
  userId: string
}

export interface InboxSlice {
  messages: MessageRecord[]
}

export function emptyInbox(): InboxSlice {
  return { messages: [] }
}
