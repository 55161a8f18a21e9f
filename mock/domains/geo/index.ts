// 区划: district → streets → communities → grids, public.
import { geoEndpoints, maskName, type Geo } from '../../../src/contract'
import type { DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { seedGeo } from './seed'
import { emptyGeo, type GeoSlice } from './state'

export * from './state'

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

export const geoDomain: DomainModule<GeoSlice> = {
  name: 'geo',
  routes: [{ method: 'GET', pattern: geoEndpoints.geo.pattern, auth: 'public', handler: (ctx) => ({ status: 200, body: geoOf(ctx.db) }) }],
  empty: emptyGeo,
  seed: seedGeo,
}
