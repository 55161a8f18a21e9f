// 区划: the district, its streets, communities and grids, and the compounds (小区) in them.
import type { Building, Community, Compound, Grid, Street } from '../../../src/contract'

export type StreetRecord = Street
export type CommunityRecord = Community
export type BuildingRecord = Building
export type CompoundRecord = Compound
/** A grid as stored: who its worker is, instead of the masked name the wire carries. */
export interface GridRecord extends Omit<Grid, 'workerName'> {
  /** the one grid worker (网格员/网格长) of this grid */
  workerId: string
  /** the grid's boundary: [latitude, longitude] corners in order (WGS-84) */
  boundary: Array<[number, number]>
}

export interface GeoSlice {
  district: { id: string; name: string }
  streets: StreetRecord[]
  communities: CommunityRecord[]
  grids: GridRecord[]
  compounds: CompoundRecord[]
}

export function emptyGeo(): GeoSlice {
  return { district: { id: 'tianxin', name: '天心区' }, streets: [], communities: [], grids: [], compounds: [] }
}

export function findGrid(db: GeoSlice, id: string | null | undefined): GridRecord | undefined {
  return id ? db.grids.find((g) => g.id === id) : undefined
}

export function findCommunity(db: GeoSlice, id: string | null | undefined): CommunityRecord | undefined {
  return id ? db.communities.find((c) => c.id === id) : undefined
}

/** A building and its compound, by the building's id. */
export function findBuilding(db: GeoSlice, id: string | null | undefined): { compound: CompoundRecord; building: BuildingRecord } | undefined {
  if (!id) return undefined
  for (const compound of db.compounds) {
    const building = compound.buildings.find((b) => b.id === id)
    if (building) return { compound, building }
  }
  return undefined
}

/**
 * Whether a point lies inside a polygon (ray casting: count the edges a ray due east crosses).
 * Points on an edge may fall either way; grids share edges, and a point there belongs to one of
 * the two, which is all a resident needs.
 */
export function pointInPolygon(lat: number, lng: number, polygon: ReadonlyArray<readonly [number, number]>): boolean {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [latI, lngI] = polygon[i]
    const [latJ, lngJ] = polygon[j]
    if (latI > lat !== latJ > lat && lng < ((lngJ - lngI) * (lat - latI)) / (latJ - latI) + lngI) inside = !inside
  }
  return inside
}

/** The grid whose boundary holds the point, if any. */
export function gridAt(db: GeoSlice, lat: number, lng: number): GridRecord | undefined {
  return db.grids.find((g) => g.boundary && g.boundary.length >= 3 && pointInPolygon(lat, lng, g.boundary))
}

/**
 * Compounds whose name contains the query, or whose pinyin initials start with or contain it
 * (case and spaces ignored); name matches first. Empty query: the first `max` compounds.
 */
export function searchCompounds(db: GeoSlice, q: string, max: number): CompoundRecord[] {
  const needle = q.replace(/\s+/g, '').toLowerCase()
  if (!needle) return db.compounds.slice(0, max)
  const score = (c: CompoundRecord) =>
    c.name.indexOf(needle) >= 0 ? 0 : c.initials.indexOf(needle) === 0 ? 1 : c.initials.indexOf(needle) > 0 ? 2 : -1
  return db.compounds
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s)
    .slice(0, max)
    .map((x) => x.c)
}
