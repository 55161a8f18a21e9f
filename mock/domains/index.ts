// Every route of the mocked backend, one domain per file/folder.
//
// Next modules (not built yet; each gets its own file here with its routes and state machine):
//   bookings.ts  — 帮代办 (services catalogue, slots, bookings, waitlist, vouchers, no-shows)
//   disputes.ts  — 解忧小屋 (cases, sessions, agreements, referrals)
//   points.ts    — 志愿积分 (activities, check-in/out, ledger, rewards, redemption codes)
import type { RouteDef } from '../server/router'
import { authRoutes } from './auth'
import { demoRoutes } from './demo'
import { geoRoutes } from './geo'
import { inboxRoutes } from './inbox'
import { reportRoutes } from './reports'

export const allRoutes: RouteDef[] = [...authRoutes, ...geoRoutes, ...reportRoutes, ...inboxRoutes, ...demoRoutes]
