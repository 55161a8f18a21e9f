// The published figures of the report loop: rates per grid, community and district, the
// community worker's dashboard, and the public 民情地图 and grid figures. Read-only: it owns no
// slice of the db and reads the reports, geo and auth slices.
//
// Who may read which rates: a grid worker their grid(s), a community worker their community and
// its grids, everyone signed in the district. Anything else is 404, as a missing id is: a caller
// cannot tell a scope that exists but is not theirs from one that does not.
import {
  communityEndpoints,
  dashboardQuerySchema,
  publicMapQuerySchema,
  ratesQuerySchema,
  type GridFigures,
} from '../../../src/contract'
import { hasRole } from '../../server/access'
import type { DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { fail } from '../../server/errors'
import { query } from '../../server/input'
import type { RouteDef } from '../../server/router'
import type { UserRecord } from '../auth/state'
import { findCommunity, findGrid } from '../geo/state'
import { ratesOf, type ScopeRef } from './compute'
import { dashboardOf } from './dashboard'
import { publicMapOf } from './public'

export * from './compute'
export * from './dashboard'
export * from './public'

export const SCOPE_NOT_FOUND = '统计范围不存在或无权查看'
export const GRID_NOT_FOUND = '网格不存在'

export function districtRef(db: DbState): ScopeRef {
  return { scope: 'district', id: db.district.id, name: db.district.name }
}

/** Grids this grid worker works in: the one on their account and any grid that names them. */
export function workerGridIds(db: DbState, user: UserRecord): string[] {
  if (!hasRole(user, 'grid_worker')) return []
  const ids: string[] = []
  if (user.gridId) ids.push(user.gridId)
  for (const g of db.grids) if (g.workerId === user.id && ids.indexOf(g.id) < 0) ids.push(g.id)
  return ids
}

/** The community this person works for as a community worker (社区工作者), if any. */
export function workerCommunityId(user: UserRecord): string | null {
  return hasRole(user, 'organiser') && user.communityId ? user.communityId : null
}

/** The scope asked for, if this person may read it; else 404 (an unknown id reads the same). */
export function scopeFor(db: DbState, user: UserRecord, scope: ScopeRef['scope'], id: string | undefined): ScopeRef {
  if (scope === 'district') {
    if (id && id !== db.district.id) throw fail.notFound(SCOPE_NOT_FOUND)
    return districtRef(db)
  }
  if (!id) throw fail.validation({ id: '请指定网格或社区' })
  const mine = workerCommunityId(user)
  if (scope === 'community') {
    const c = findCommunity(db, id)
    if (!c || mine !== c.id) throw fail.notFound(SCOPE_NOT_FOUND)
    return { scope, id: c.id, name: c.name }
  }
  const g = findGrid(db, id)
  if (!g || !(workerGridIds(db, user).indexOf(g.id) >= 0 || (mine && g.communityId === mine))) throw fail.notFound(SCOPE_NOT_FOUND)
  return { scope, id: g.id, name: g.name }
}

const routes: RouteDef[] = [
  {
    method: 'GET',
    pattern: communityEndpoints.rates.pattern,
    handler: (ctx) => {
      const q = query(ctx, ratesQuerySchema)
      const ref = scopeFor(ctx.db, ctx.me(), q.scope, q.id)
      return { status: 200, body: ratesOf(ctx.db.reports, [ref], q.period, ctx.now.getTime())[0] }
    },
  },
  {
    method: 'GET',
    pattern: communityEndpoints.dashboard.pattern,
    roles: ['organiser'],
    handler: (ctx) => {
      const q = query(ctx, dashboardQuerySchema)
      const c = findCommunity(ctx.db, workerCommunityId(ctx.me()))
      if (!c) throw fail.forbidden('您的账号还没有关联社区')
      const grids = ctx.db.grids.filter((g) => g.communityId === c.id).map((g): ScopeRef => ({ scope: 'grid', id: g.id, name: g.name }))
      const body = dashboardOf(ctx.db.reports, { scope: 'community', id: c.id, name: c.name }, grids, districtRef(ctx.db), q.period, ctx.now.getTime())
      return { status: 200, body }
    },
  },
  {
    method: 'GET',
    pattern: communityEndpoints.publicMap.pattern,
    auth: 'public',
    handler: (ctx) => {
      const q = query(ctx, publicMapQuerySchema)
      // an unknown community is a bad filter, said at the field as the schema says a malformed one
      if (q.communityId && !findCommunity(ctx.db, q.communityId)) throw fail.validation({ communityId: '社区无效' })
      return { status: 200, body: publicMapOf(ctx.db, q, ctx.now.getTime()) }
    },
  },
  {
    method: 'GET',
    pattern: communityEndpoints.gridFigures.pattern,
    auth: 'public',
    handler: (ctx) => {
      const g = findGrid(ctx.db, ctx.params.id)
      if (!g) throw fail.notFound(GRID_NOT_FOUND)
      const c = findCommunity(ctx.db, g.communityId)
      const rates = ratesOf(ctx.db.reports, [{ scope: 'grid', id: g.id, name: g.name }], 'this_month', ctx.now.getTime())[0]
      const body: GridFigures = { gridId: g.id, gridName: g.name, communityName: c ? c.name : '', open: rates.counts.open, rates, servicePhone: g.servicePhone || '' }
      return { status: 200, body }
    },
  },
]

export const statsDomain: DomainModule = {
  name: 'stats',
  routes,
  empty: () => ({}),
}
