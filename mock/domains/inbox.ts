// 消息: messages are created by other domains (reports) through `notify`; users page through
// theirs, count the unread and mark them read.
import { inboxReadSchema, paths, validate, type InboxMessage, type Iso, type MessageKind, type UnreadCount } from '../../src/contract'
import { nextId, type DbState, type MessageRecord } from '../server/db'
import { fail } from '../server/errors'
import { paginate } from '../server/paging'
import type { RouteDef } from '../server/router'

export interface NewMessage {
  kind: MessageKind
  title: string
  body: string
  link?: string
  reportId?: string
}

/** Drops one message into each user's inbox (each user once, whatever the list repeats). */
export function notify(db: DbState, userIds: string[], msg: NewMessage, at: Iso): void {
  const seen: Record<string, true> = {}
  for (const userId of userIds) {
    if (!userId || seen[userId] || !db.users[userId]) continue
    seen[userId] = true
    const m: MessageRecord = { id: nextId(db, 'msg'), userId, kind: msg.kind, title: msg.title, body: msg.body, at, read: false }
    if (msg.link) m.link = msg.link
    if (msg.reportId) m.reportId = msg.reportId
    db.messages.push(m)
  }
}

function toDto(m: MessageRecord): InboxMessage {
  const dto: InboxMessage = { id: m.id, kind: m.kind, title: m.title, body: m.body, at: m.at, read: m.read }
  if (m.link) dto.link = m.link
  if (m.reportId) dto.reportId = m.reportId
  return dto
}

function mine(db: DbState, userId: string): MessageRecord[] {
  return db.messages.filter((m) => m.userId === userId)
}

function unread(db: DbState, userId: string): UnreadCount {
  return { unread: mine(db, userId).filter((m) => !m.read).length }
}

export const inboxRoutes: RouteDef[] = [
  {
    method: 'GET',
    pattern: paths.inbox,
    handler: (ctx) => {
      const list = mine(ctx.db, ctx.me().id)
        .slice()
        // newest first; messages created at the same instant keep the order they were created in, newest first
        .sort((a, b) => (a.at === b.at ? idNum(b.id) - idNum(a.id) : a.at < b.at ? 1 : -1))
        .map(toDto)
      return { status: 200, body: paginate(list, ctx.req.query) }
    },
  },
  {
    method: 'GET',
    pattern: paths.inboxUnread,
    handler: (ctx) => ({ status: 200, body: unread(ctx.db, ctx.me().id) }),
  },
  {
    method: 'POST',
    pattern: paths.inboxRead,
    handler: (ctx) => {
      const v = validate(inboxReadSchema, ctx.req.body ?? {})
      if (!v.ok) throw fail.validation(v.fields)
      const me = ctx.me().id
      const ids: Record<string, true> = {}
      for (const id of v.data.ids) ids[id] = true
      for (const m of ctx.db.messages) {
        if (m.userId === me && (v.data.all || ids[m.id])) m.read = true
      }
      return { status: 200, body: unread(ctx.db, me) }
    },
  },
]

function idNum(id: string): number {
  const n = parseInt(id.slice(id.lastIndexOf('-') + 1), 10)
  return Number.isNaN(n) ? 0 : n
}
