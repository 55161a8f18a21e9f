// Who may do and see what. Roles are checked by the router (RouteDef.roles) or with hasRole;
// records are read through readable/findReadable, which answer 404 — never 403 — so that a
// caller cannot tell a record that exists but is not theirs from one that does not exist.
import type { Role } from '../../src/contract'
import type { UserRecord } from '../domains/auth/state'
import { fail, MSG } from './errors'

export function hasRole(user: Pick<UserRecord, 'roles'> | null | undefined, role: Role): boolean {
  return !!user && user.roles.indexOf(role) >= 0
}

/** Who may read a record of some kind: its owner, and whoever `readers` lets in. */
export interface ReadRule<T> {
  /** id of the user the record belongs to (e.g. a report's reporter) */
  owner?(record: T): string | null | undefined
  /** anyone else who may read it (followers, the worker it is routed to…) */
  readers?(record: T, user: UserRecord): boolean
}

export function canRead<T>(record: T, user: UserRecord | null | undefined, rule: ReadRule<T>): boolean {
  if (!user) return false
  if (rule.owner && rule.owner(record) === user.id) return true
  return !!rule.readers && rule.readers(record, user)
}

/** The record, if the user may read it; otherwise 404 with the same message whether it exists or not. */
export function readable<T>(record: T | null | undefined, user: UserRecord | null | undefined, rule: ReadRule<T>, message: string = MSG.notFound): T {
  if (record === null || record === undefined || !canRead(record, user, rule)) throw fail.notFound(message)
  return record
}

/** `readable` of the record with this id in a list. */
export function findReadable<T extends { id: string }>(
  list: readonly T[],
  id: string,
  user: UserRecord | null | undefined,
  rule: ReadRule<T>,
  message: string = MSG.notFound,
): T {
  return readable(
    list.find((x) => x.id === id),
    user,
    rule,
    message,
  )
}
