// 区划: district → streets → communities → grids, public.
import { paths, type Geo, maskName } from '../../src/contract'
import type { DbState } from '../server/db'
import type { RouteDef } from '../server/router'

export function geoOf(db: DbState): Geo {
  return {
    district: { ...db.district },
    streets: db.streets.map((s) => ({ id: s.id, name: s.name })),
    communities: db.communities.map((c) => ({ id: c.id, name: c.name, streetId: c.streetId })),
    grids: db.grids.map((g) => {
      const w = db.users[g.workerId]
      return { id: g.id, name: g.name, communityId: g.communityId, servicePhone: g.servicePhone, workerName: w ? maskName(w.name) : '' }
    }),
  }
}

export const geoRoutes: RouteDef[] = [{ method: 'GET', pattern: paths.geo, auth: 'public', handler: (ctx) => ({ status: 200, body: geoOf(ctx.db) }) }]
