// 区划: the district, its streets, communities and grids.
import type { Community, Grid, Street } from '../../../src/contract'

export type StreetRecord = Street
export type CommunityRecord = Community
/** A grid as stored: who its worker is, instead of the masked name the wire carries. */
export interface GridRecord extends Omit<Grid, 'workerName'> {
  /** the one grid worker (网格员/网格长) of this grid */
  workerId: string
}

export interface GeoSlice {
  district: { id: string; name: string }
  streets: StreetRecord[]
  communities: CommunityRecord[]
  grids: GridRecord[]
}

export function emptyGeo(): GeoSlice {
  return { district: { id: 'tianxin', name: '天心区' }, streets: [], communities: [], grids: [] }
}

export function findGrid(db: GeoSlice, id: string | null | undefined): GridRecord | undefined {
  return id ? db.grids.find((g) => g.id === id) : undefined
}

export function findCommunity(db: GeoSlice, id: string | null | undefined): CommunityRecord | undefined {
  return id ? db.communities.find((c) => c.id === id) : undefined
}
