// The seeded district: Changsha's 天心区. The names of its streets and communities are taken from
// public reports about the district; the two grids of each community, their service phones,
// the compounds (小区) and buildings and the grid boundaries are made up. Each grid's worker is
// one of the seeded people (auth/seed.ts).
//
// The boundaries are schematic: community i is the cell [28.170, 28.190] × [112.970 + 0.01 i,
// 112.980 + 0.01 i] (latitude × longitude, WGS-84), cut in two by a slanted line — its first
// grid north of the line, its second south — so that a point's grid depends on both coordinates.
import type { DbState } from '../../server/db'
import { GRID_WORKERS } from '../auth/seed'
import type { CompoundRecord, GridRecord } from './state'

const STREETS = [
  { id: 'st-pzj', name: '坡子街街道' },
  { id: 'st-cnl', name: '城南路街道' },
  { id: 'st-jpl', name: '金盆岭街道' },
]

const COMMUNITIES = [
  { id: 'cm-xpl', name: '西牌楼社区', streetId: 'st-pzj', code: 'xpl' },
  { id: 'cm-tpj', name: '太平街社区', streetId: 'st-pzj', code: 'tpj' },
  { id: 'cm-gnq', name: '工农桥社区', streetId: 'st-cnl', code: 'gnq' },
  { id: 'cm-bsj', name: '白沙井社区', streetId: 'st-cnl', code: 'bsj' },
  { id: 'cm-htl', name: '黄土岭社区', streetId: 'st-jpl', code: 'htl' },
]

const ORDINALS = ['第一网格', '第二网格']

/**
 * Three compounds a community: the first lies in its first grid, the second straddles both
 * (buildings 1–3 in the first, 4–6 in the second), the third lies in the second grid.
 */
const COMPOUNDS: Record<string, Array<{ name: string; initials: string }>> = {
  xpl: [
    { name: '西牌楼小区', initials: 'xplxq' },
    { name: '樊西巷小区', initials: 'fxxxq' },
    { name: '古潭街公寓', initials: 'gtjgy' },
  ],
  tpj: [
    { name: '太平街小区', initials: 'tpjxq' },
    { name: '马王街公寓', initials: 'mwjgy' },
    { name: '西湖桥小区', initials: 'xhqxq' },
  ],
  gnq: [
    { name: '工农桥小区', initials: 'gnqxq' },
    { name: '南湖路小区', initials: 'nhlxq' },
    { name: '书院路公寓', initials: 'sylgy' },
  ],
  bsj: [
    { name: '白沙井小区', initials: 'bsjxq' },
    { name: '回龙山小区', initials: 'hlsxq' },
    { name: '白沙湾公寓', initials: 'bswgy' },
  ],
  htl: [
    { name: '黄土岭小区', initials: 'htlxq' },
    { name: '桂花村小区', initials: 'ghcxq' },
    { name: '涂家冲公寓', initials: 'tjcgy' },
  ],
}
const BUILDINGS = 6

const SOUTH = 28.17
const NORTH = 28.19
const WEST = 112.97
const CELL = 0.01

/** [latitude, longitude] corners of grid `gi` (0: north, 1: south) of community `ci`. */
export function gridBoundary(ci: number, gi: number): Array<[number, number]> {
  const w = WEST + CELL * ci
  const e = w + CELL
  // the cut runs from 28.182 on the west side down to 28.178 on the east side
  const cutW = 28.182
  const cutE = 28.178
  return gi === 0
    ? [[NORTH, w], [NORTH, e], [cutE, e], [cutW, w]]
    : [[cutW, w], [cutE, e], [SOUTH, e], [SOUTH, w]]
}

function compoundsOf(code: string, communityId: string): CompoundRecord[] {
  return COMPOUNDS[code].map((c, k) => ({
    id: `cp-${code}-${k + 1}`,
    name: c.name,
    initials: c.initials,
    communityId,
    buildings: Array.from({ length: BUILDINGS }, (_, b) => ({
      id: `bd-${code}-${k + 1}-${b + 1}`,
      name: `${b + 1}栋`,
      gridId: `gd-${code}-${k === 0 || (k === 1 && b < BUILDINGS / 2) ? 1 : 2}`,
    })),
  }))
}

/** The compounds and grid boundaries, for a db stored before they existed. */
export function seedPlaces(): { compounds: CompoundRecord[]; boundaries: Record<string, GridRecord['boundary']> } {
  const compounds: CompoundRecord[] = []
  const boundaries: Record<string, GridRecord['boundary']> = {}
  COMMUNITIES.forEach((c, ci) => {
    compounds.push(...compoundsOf(c.code, c.id))
    ORDINALS.forEach((_, gi) => {
      boundaries[`gd-${c.code}-${gi + 1}`] = gridBoundary(ci, gi)
    })
  })
  return { compounds, boundaries }
}

export function seedGeo(db: DbState): void {
  const places = seedPlaces()
  db.district = { id: 'tianxin', name: '天心区' }
  db.streets = STREETS.map((s) => ({ ...s }))
  COMMUNITIES.forEach((c, ci) => {
    db.communities.push({ id: c.id, name: c.name, streetId: c.streetId })
    ORDINALS.forEach((ord, i) => {
      const id = `gd-${c.code}-${i + 1}`
      db.grids.push({
        id,
        name: `${c.name}${ord}`,
        communityId: c.id,
        servicePhone: `0731-85${String(ci + 1).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
        workerId: GRID_WORKERS[id][0],
        boundary: places.boundaries[id],
      })
    })
  })
  db.compounds = places.compounds
}
