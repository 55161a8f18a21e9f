// The composition root: every domain of the mocked backend, each in its own folder with its
// routes, its slice of the db (state.ts), its seed and its migrations. Adding a domain is one
// entry in DOMAINS; the db's type and the route table follow from the list.
import type { CoreState } from '../server/db'
import type { SlicesOf } from '../server/domain'
import { authDomain } from './auth'
import { bookingsDomain } from './bookings'
import { demoDomain } from './demo'
import { disputesDomain } from './disputes'
import { geoDomain } from './geo'
import { inboxDomain } from './inbox'
import { photosDomain } from './photos'
import { pointsDomain } from './points'
import { reportsDomain } from './reports'
import { statsDomain } from './stats'

/**
 * In this order seeds run (geo before the people who live in its grids, both before the reports
 * they file; inbox after every domain that sends messages) and routes are matched.
 */
export const DOMAINS = [geoDomain, authDomain, reportsDomain, bookingsDomain, pointsDomain, disputesDomain, photosDomain, inboxDomain, statsDomain, demoDomain] as const

/** The whole db: the core's state and the slice of every domain in DOMAINS. */
export type DbState = CoreState & SlicesOf<typeof DOMAINS>
