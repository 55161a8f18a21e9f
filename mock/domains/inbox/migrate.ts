// Stored inbox slices from older versions.
//   1 → 2: a message named its report with `reportId`; it now has `subject: { type: 'report', id }`.
//          Version 1 linked 'report_order' messages to the grid worker's order page at its old
//          path; the link is rebuilt from the contract's `links`, so it opens the page where it is now.
import { links } from '../../../src/contract'
import type { StoredSlice } from '../../server/domain'
import type { InboxSlice, MessageRecord } from './state'

export const INBOX_VERSION = 2

/** What a grid worker is told about an order ('report_order', and the resident's steps on it since). */
const ORDER_KINDS: string[] = ['report_order', 'report_urge', 'report_supplement', 'report_withdraw']

type MessageV1 = Omit<MessageRecord, 'subject'> & { reportId?: string }

function fromV1(m: MessageV1): MessageRecord {
  const { reportId, ...rest } = m
  if (!reportId) return rest
  const next: MessageRecord = { ...rest, subject: { type: 'report', id: reportId } }
  // in version 1 only report messages had links: the grid worker's kinds to the order page, the rest
  // to the ticket
  if (rest.link) next.link = ORDER_KINDS.indexOf(rest.kind) >= 0 ? links.reportOrder(reportId) : links.reportDetail(reportId)
  return next
}

export function migrateInbox(slice: StoredSlice<InboxSlice>, fromVersion: number): InboxSlice {
  let messages = Array.isArray(slice.messages) ? (slice.messages as MessageV1[]) : []
  if (fromVersion < 2) messages = messages.map(fromV1)
  return { messages: messages as MessageRecord[] }
}
