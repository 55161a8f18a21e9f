// The seeded district: Changsha's 天心区. The names of its streets and communities are taken from
// public reports about the district; the two grids of each community and their service phones
// are made up. Each grid's worker is one of the seeded people (auth/seed.ts).
import type { DbState } from '../../server/db'
import { GRID_WORKERS } from '../auth/seed'

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

export function seedGeo(db: DbState): void {
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
      })
    })
  })
}
