// 民情地图 and a grid's public figures: for anyone, with nothing that identifies a person. An item
// is built field by field from what PublicItem lists — never by copying a record and deleting —
// so a field the reports domain adds later cannot leak through here.
import { GATES, PUBLIC_MAP_MAX, type Gate, type PublicItem, type PublicMap, type ReportCategory, type ReportStatus } from '../../../src/contract'
import { chinaMonth } from '../../server/china'
import { hmac } from '../../server/crypto'
import type { DbState } from '../../server/db'
import { DAY } from '../../server/util'
import { pointsSecretOf } from '../points/machine'
import type { ReportRecord } from '../reports/state'
import { OPEN_NOW } from './compute'

const ENDED: Record<string, true> = { closed: true, withdrawn: true, civil: true }

let keyCache: { secret: string; key: string } | null = null

/**
 * The key of the public handles. Derived from a random key the db already keeps (the points
 * domain's signing key) under a label of its own, so the stats domain needs no slice of its own
 * and a handle cannot be recomputed from a ticket number by anyone without the db.
 */
function refKey(db: DbState): string {
  const secret = pointsSecretOf(db)
  if (!keyCache || keyCache.secret !== secret) keyCache = { secret, key: hmac(secret, 'linli.public-map.ref') }
  return keyCache.key
}

/** An opaque, stable handle of a ticket: a keyed hash of its number, not the number. */
export function publicRef(db: DbState, id: string): string {
  return `m${hmac(refKey(db), id).slice(0, 20)}`
}

/** The first gate not yet completed (null: ended). */
function currentGate(r: ReportRecord): Gate | null {
  if (ENDED[r.status]) return null
  for (const g of GATES) if (!r.gateDone || !r.gateDone[g]) return g
  return null
}

export interface MapFilters {
  communityId?: string
  category?: ReportCategory
  status?: ReportStatus
}

export function publicMapOf(db: DbState, filters: MapFilters, nowMs: number): PublicMap {
  const gridName: Record<string, string> = Object.create(null)
  const gridCounts: Record<string, { open: number; closed: number; patrol: number }> = Object.create(null)
  for (const g of db.grids) {
    gridName[g.id] = g.name
    gridCounts[g.id] = { open: 0, closed: 0, patrol: 0 }
  }
  let anonymous = 0
  const picked: ReportRecord[] = []
  for (const r of db.reports) {
    const loc = r.location
    if (!loc) continue
    const counts = loc.gridId ? gridCounts[loc.gridId] : undefined
    if (counts) {
      if (OPEN_NOW[r.status]) counts.open++
      else if (r.status === 'closed') counts.closed++
      if (r.patrol) counts.patrol++
    }
    if (filters.communityId && loc.communityId !== filters.communityId) continue
    if (filters.category && r.category !== filters.category) continue
    if (filters.status && r.status !== filters.status) continue
    if (r.anonymous) anonymous++
    else picked.push(r)
  }
  picked.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  const items: PublicItem[] = picked.slice(0, PUBLIC_MAP_MAX).map((r) => {
    const created = Date.parse(r.createdAt)
    const end = ENDED[r.status] || r.status === 'replied' ? Date.parse(r.updatedAt) || nowMs : nowMs
    return {
      ref: publicRef(db, r.id),
      category: r.category,
      status: r.status,
      gate: currentGate(r),
      daysOpen: Math.max(0, Math.floor((end - created) / DAY)),
      communityId: r.location.communityId,
      gridId: r.location.gridId || '',
      gridName: (r.location.gridId && gridName[r.location.gridId]) || '',
      month: chinaMonth(created),
      patrol: !!r.patrol,
    }
  })
  const communities: PublicMap['communities'] = db.communities.map((c) => ({
    id: c.id,
    name: c.name,
    grids: db.grids.filter((g) => g.communityId === c.id).map((g) => ({ id: g.id, name: g.name, ...gridCounts[g.id] })),
  }))
  return { communities, items, counted: { anonymous } }
}
