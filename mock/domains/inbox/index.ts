// 消息: messages are created by other domains through `notify`; users page through theirs,
// count the unread and mark them read.
import { inboxEndpoints, inboxReadSchema, pageQuerySchema, type InboxMessage, type Iso, type MessageKind, type MessageSubject, type UnreadCount } from '../../../src/contract'
import { nextId, type DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { body, query } from '../../server/input'
import { paginate } from '../../server/paging'
import type { RouteDef } from '../../server/router'
import { DAY, dict } from '../../server/util'
import { INBOX_VERSION, migrateInbox } from './migrate'
import { emptyInbox, type InboxSlice, type MessageRecord } from './state'

export * from './state'

export interface NewMessage {
  kind: MessageKind
  title: string
  body: string
  link?: string
  subject?: MessageSubject
}

/** Drops one message into each user's inbox (each user once, whatever the list repeats). */
export function notify(db: DbState, userIds: string[], msg: NewMessage, at: Iso): void {
  const seen: Record<string, true> = {}
  for (const userId of userIds) {
    if (!userId || seen[userId] || !db.users[userId]) continue
    seen[userId] = true
    const m: MessageRecord = { id: nextId(db, 'msg'), userId, kind: msg.kind, title: msg.title, body: msg.body, at, read: false }
    if (msg.link) m.link = msg.link
    if (msg.subject) m.subject = { type: msg.subject.type, id: msg.subject.id }
    db.messages.push(m)
  }
}

function toDto(m: MessageRecord): InboxMessage {
  const dto: InboxMessage = { id: m.id, kind: m.kind, title: m.title, body: m.body, at: m.at, read: m.read }
  if (m.link) dto.link = m.link
  if (m.subject) dto.subject = { type: m.subject.type, id: m.subject.id }
  return dto
}

function mine(db: DbState, userId: string): MessageRecord[] {
  return db.messages.filter((m) => m.userId === userId)
}

function unread(db: DbState, userId: string): UnreadCount {
  return { unread: mine(db, userId).filter((m) => !m.read).length }
}

function idNum(id: string): number {
  const n = parseInt(id.slice(id.lastIndexOf('-') + 1), 10)
  return Number.isNaN(n) ? 0 : n
}

const routes: RouteDef[] = [
  {
    method: 'GET',
    pattern: inboxEndpoints.list.pattern,
    handler: (ctx) => {
      const page = query(ctx, pageQuerySchema)
      const list = mine(ctx.db, ctx.me().id)
        .slice()
        // newest first; messages created at the same instant keep the order they were created in, newest first
        .sort((a, b) => (a.at === b.at ? idNum(b.id) - idNum(a.id) : a.at < b.at ? 1 : -1))
        .map(toDto)
      return { status: 200, body: paginate(list, page) }
    },
  },
  {
    method: 'GET',
    pattern: inboxEndpoints.unread.pattern,
    handler: (ctx) => ({ status: 200, body: unread(ctx.db, ctx.me().id) }),
  },
  {
    method: 'POST',
    pattern: inboxEndpoints.read.pattern,
    handler: (ctx) => {
      const input = body(ctx, inboxReadSchema)
      const me = ctx.me().id
      // ids come from the request: a map without a prototype ('constructor' is not a hit)
      const ids = dict<true>()
      for (const id of input.ids) ids[id] = true
      for (const m of ctx.db.messages) {
        if (m.userId === me && (input.all || ids[m.id] === true)) m.read = true
      }
      return { status: 200, body: unread(ctx.db, me) }
    },
  },
]

/** Listed after every domain that sends messages: its seed marks the seeded old news read. */
export const inboxDomain: DomainModule<InboxSlice> = {
  name: 'inbox',
  version: INBOX_VERSION,
  routes,
  empty: emptyInbox,
  // Old news is read; the last day's messages are still unread.
  seed: (db, now) => {
    for (const m of db.messages) if (Date.parse(m.at) < now.getTime() - DAY) m.read = true
  },
  migrate: migrateInbox,
}
