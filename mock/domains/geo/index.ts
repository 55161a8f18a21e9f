// 区划 (public): the district, its streets, communities and grids; the compounds (小区) and
// their buildings; the grid at a point. And 我的住址 (POST /me/home), which names a building.
import {
  COMPOUND_RESULTS_MAX,
  compoundQuerySchema,
  geoEndpoints,
  homeSchema,
  locateQuerySchema,
  maskName,
  type Geo,
  type Grid,
  type Home,
  type LocateResult,
} from '../../../src/contract'
import { toUserDto } from '../../server/auth'
import type { DbState } from '../../server/db'
import type { DomainModule, StoredSlice } from '../../server/domain'
import { fail } from '../../server/errors'
import { body, query } from '../../server/input'
import { hasRole } from '../../server/access'
import { seedGeo, seedPlaces } from './seed'
import { emptyGeo, findBuilding, gridAt, searchCompounds, type GeoSlice, type GridRecord } from './state'

export * from './state'

function toGrid(db: DbState, g: GridRecord): Grid {
  const w = db.users[g.workerId]
  return { id: g.id, name: g.name, communityId: g.communityId, servicePhone: g.servicePhone, workerName: w ? maskName(w.name) : '' }
}

export function geoOf(db: DbState): Geo {
  return {
    district: { ...db.district },
    streets: db.streets.map((s) => ({ id: s.id, name: s.name })),
    communities: db.communities.map((c) => ({ id: c.id, name: c.name, streetId: c.streetId })),
    grids: db.grids.map((g) => toGrid(db, g)),
  }
}

export const geoDomain: DomainModule<GeoSlice> = {
  name: 'geo',
  // 2: compounds (小区) with their buildings, and each grid's boundary
  version: 2,
  routes: [
    { method: 'GET', pattern: geoEndpoints.geo.pattern, auth: 'public', handler: (ctx) => ({ status: 200, body: geoOf(ctx.db) }) },
    {
      method: 'GET',
      pattern: geoEndpoints.compounds.pattern,
      auth: 'public',
      handler: (ctx) => {
        const { q } = query(ctx, compoundQuerySchema)
        const list = searchCompounds(ctx.db, q, COMPOUND_RESULTS_MAX).map((c) => ({ ...c, buildings: c.buildings.map((b) => ({ ...b })) }))
        return { status: 200, body: list }
      },
    },
    {
      method: 'GET',
      pattern: geoEndpoints.locate.pattern,
      auth: 'public',
      handler: (ctx) => {
        const p = query(ctx, locateQuerySchema)
        const g = gridAt(ctx.db, p.latitude, p.longitude)
        const answer: LocateResult = { grid: g ? toGrid(ctx.db, g) : null }
        return { status: 200, body: answer }
      },
    },
    {
      method: 'POST',
      pattern: geoEndpoints.home.pattern,
      handler: (ctx) => {
        const me = ctx.me()
        const input = body(ctx, homeSchema)
        const found = findBuilding(ctx.db, input.buildingId)
        if (!found) throw fail.validation({ buildingId: '所选楼栋不存在，请重新选择' })
        const { compound, building } = found
        const home: Home = {
          compoundId: compound.id,
          compoundName: compound.name,
          buildingId: building.id,
          buildingName: building.name,
          room: input.room,
          communityId: compound.communityId,
          gridId: building.gridId,
        }
        me.home = home
        // where a resident lives decides their grid; a worker's grid or community is where they work
        if (!hasRole(me, 'grid_worker') && !hasRole(me, 'organiser')) {
          me.gridId = home.gridId
          me.communityId = home.communityId
        }
        return { status: 200, body: toUserDto(me) }
      },
    },
  ],
  empty: emptyGeo,
  seed: seedGeo,
  migrate: (slice: StoredSlice<GeoSlice>): GeoSlice => {
    const places = seedPlaces()
    const grids = (Array.isArray(slice.grids) ? (slice.grids as GridRecord[]) : []).map((g) => ({ ...g, boundary: places.boundaries[g.id] || [] }))
    return {
      ...emptyGeo(),
      ...(slice as Partial<GeoSlice>),
      grids,
      compounds: places.compounds,
    }
  },
}
