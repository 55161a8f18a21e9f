// The seeded people: the demo accounts the login page lists, the grid worker of every grid and
// some residents. Their homes are grids of the geo seed, so it runs after that one.
import type { Home, Role } from '../../../src/contract'
import type { DbState } from '../../server/db'
import { findGrid } from '../geo/state'
import type { UserRecord } from './state'

/** Fixed ids the login page and the browser tests use. */
export const DEMO = {
  resident: 'demo-resident',
  resident2: 'demo-resident-2',
  gridWorker: 'demo-grid-worker',
  gridWorker2: 'demo-grid-worker-2',
  helper: 'demo-helper',
  mediator: 'demo-mediator',
  police: 'demo-police',
  lawyer: 'demo-lawyer',
  volunteer: 'demo-volunteer',
  organiser: 'demo-organiser',
  merchant: 'demo-merchant',
} as const

/** grid id → its worker: [id, name, phone]; two of them are demo accounts. */
export const GRID_WORKERS: Record<string, [string, string, string]> = {
  'gd-xpl-1': [DEMO.gridWorker, '刘志华', '13787310101'],
  'gd-xpl-2': [DEMO.gridWorker2, '陈静', '13787310102'],
  'gd-tpj-1': ['gw-tpj-1', '周敏', '13787310201'],
  'gd-tpj-2': ['gw-tpj-2', '黄海涛', '13787310202'],
  'gd-gnq-1': ['gw-gnq-1', '赵丽娟', '13787310301'],
  'gd-gnq-2': ['gw-gnq-2', '吴卫东', '13787310302'],
  'gd-bsj-1': ['gw-bsj-1', '孙红梅', '13787310401'],
  'gd-bsj-2': ['gw-bsj-2', '胡俊', '13787310402'],
  'gd-htl-1': ['gw-htl-1', '郭晓燕', '13787310501'],
  'gd-htl-2': ['gw-htl-2', '何平', '13787310502'],
}

interface PersonSeed {
  id: string
  name: string
  phone: string
  roles: Role[]
  gridId: string
  note?: string
}

const DEMO_PEOPLE: PersonSeed[] = [
  { id: DEMO.resident, name: '王秀英', phone: '13807311234', roles: ['resident', 'volunteer'], gridId: 'gd-xpl-1', note: '居民 + 志愿者：随手拍、评价办结结果；可在「我的」切换身份' },
  { id: DEMO.resident2, name: '李建国', phone: '13973125678', roles: ['resident'], gridId: 'gd-xpl-1', note: '同网格的另一位居民：试试「我也遇到了」加入已有工单' },
  { id: DEMO.gridWorker, name: '刘志华', phone: '13787310101', roles: ['grid_worker'], gridId: 'gd-xpl-1', note: '西牌楼社区第一网格网格员：接单、办理、吹哨部门、退单' },
  { id: DEMO.gridWorker2, name: '陈静', phone: '13787310102', roles: ['grid_worker'], gridId: 'gd-xpl-2', note: '西牌楼社区第二网格网格员：只看得到本网格的工单' },
  { id: DEMO.helper, name: '杨帆', phone: '15874120303', roles: ['helper'], gridId: 'gd-tpj-1', note: '帮代办专员：签到、办理预约，处理申诉' },
  { id: DEMO.mediator, name: '罗桂兰', phone: '15874120404', roles: ['mediator'], gridId: 'gd-xpl-1', note: '西牌楼社区解忧小屋调解员：受理纠纷、邀请对方、安排调解、起草协议、履行回访' },
  { id: DEMO.police, name: '秦卫国', phone: '15874120414', roles: ['mediator'], gridId: 'gd-xpl-1', note: '西牌楼派出所民警：周末在西牌楼社区解忧小屋坐堂，只看得到自己参加的调解场次' },
  { id: DEMO.lawyer, name: '苏婉清', phone: '15874120424', roles: ['mediator'], gridId: 'gd-xpl-1', note: '湖南湘江律师事务所律师：周末在西牌楼社区解忧小屋坐堂，只看得到自己参加的调解场次' },
  { id: DEMO.volunteer, name: '谢雨欣', phone: '18673150505', roles: ['volunteer'], gridId: 'gd-xpl-2', note: '志愿者：活动报名、扫码签到签退，积分兑换' },
  { id: DEMO.organiser, name: '唐文斌', phone: '18673150606', roles: ['organiser'], gridId: 'gd-xpl-1', note: '西牌楼社区的社区工作者：分派居民“不确定在哪个网格”的工单；发布志愿活动、确认服务时长' },
  { id: DEMO.merchant, name: '曾庆丰', phone: '18907310707', roles: ['merchant'], gridId: 'gd-tpj-2', note: '合伙商企（老杨理发店）：核销兑换码、管理兑换商品' },
]

/** The mediators of the other 解忧小屋 (and a second one at 西牌楼), without demo logins. */
export const MEDIATORS: PersonSeed[] = [
  { id: 'med-xpl-2', name: '周建平', phone: '15874121401', roles: ['mediator'], gridId: 'gd-xpl-2' },
  { id: 'med-tpj', name: '蒋淑芬', phone: '15874121402', roles: ['mediator'], gridId: 'gd-tpj-1' },
  { id: 'med-gnq', name: '钟国强', phone: '15874121403', roles: ['mediator'], gridId: 'gd-gnq-1' },
  { id: 'med-bsj', name: '龙秀珍', phone: '15874121404', roles: ['mediator'], gridId: 'gd-bsj-1' },
  { id: 'med-htl', name: '贺志勇', phone: '15874121405', roles: ['mediator'], gridId: 'gd-htl-1' },
]

/**
 * The 社区工作者 of the other communities, without demo logins: every community has someone to
 * review its tickets (审核, 社区复核) and to be told of 督办.
 */
export const COMMUNITY_WORKERS: PersonSeed[] = [
  { id: 'cw-tpj', name: '田美玲', phone: '18673150611', roles: ['organiser'], gridId: 'gd-tpj-1' },
  { id: 'cw-gnq', name: '邓国华', phone: '18673150612', roles: ['organiser'], gridId: 'gd-gnq-1' },
  { id: 'cw-bsj', name: '彭丽', phone: '18673150613', roles: ['organiser'], gridId: 'gd-bsj-1' },
  { id: 'cw-htl', name: '曹志刚', phone: '18673150614', roles: ['organiser'], gridId: 'gd-htl-1' },
]

const RESIDENTS: PersonSeed[] = [
  // volunteers too: the points seed has them earn and spend points at 老杨理发店 a month ago
  { id: 'res-zgf', name: '张桂芳', phone: '13508421101', roles: ['resident', 'volunteer'], gridId: 'gd-xpl-1' },
  { id: 'res-ldm', name: '刘德明', phone: '13508421102', roles: ['resident', 'volunteer'], gridId: 'gd-xpl-2' },
  { id: 'res-csh', name: '陈淑华', phone: '13508421103', roles: ['resident'], gridId: 'gd-tpj-1' },
  { id: 'res-hwq', name: '黄伟强', phone: '13508421104', roles: ['resident'], gridId: 'gd-tpj-2' },
  { id: 'res-zyl', name: '周玉兰', phone: '13508421105', roles: ['resident'], gridId: 'gd-gnq-1' },
  { id: 'res-lxm', name: '李晓梅', phone: '13508421106', roles: ['resident'], gridId: 'gd-gnq-2' },
  { id: 'res-tzh', name: '谭志海', phone: '13508421107', roles: ['resident'], gridId: 'gd-bsj-1' },
  { id: 'res-dlp', name: '邓丽萍', phone: '13508421108', roles: ['resident'], gridId: 'gd-bsj-2' },
  { id: 'res-pjh', name: '彭建华', phone: '13508421109', roles: ['resident'], gridId: 'gd-htl-1' },
  { id: 'res-ymf', name: '易美芳', phone: '13508421110', roles: ['resident'], gridId: 'gd-htl-2' },
]

/** The n-th building (cyclically) of a grid, as a home. */
function homeIn(db: DbState, gridId: string, n: number): Home {
  const all = db.compounds.flatMap((c) => c.buildings.filter((b) => b.gridId === gridId).map((b) => ({ c, b })))
  const { c, b } = all[n % all.length]
  return { compoundId: c.id, compoundName: c.name, buildingId: b.id, buildingName: b.name, room: '', communityId: c.communityId, gridId }
}

export function seedAuth(db: DbState): void {
  let residents = 0
  const addPerson = (p: PersonSeed) => {
    const grid = findGrid(db, p.gridId)
    if (!grid) throw new Error(`seed: unknown grid ${p.gridId}`)
    const u: UserRecord = { id: p.id, name: p.name, phone: p.phone, roles: p.roles.slice(), communityId: grid.communityId, gridId: p.gridId }
    if (p.note) u.demoNote = p.note
    // seeded residents have set 我的住址: a building of their grid (王秀英: 西牌楼小区 3栋)
    if (p.roles.indexOf('resident') >= 0) u.home = homeIn(db, p.gridId, 2 + residents++)
    db.users[u.id] = u
  }
  DEMO_PEOPLE.forEach(addPerson)
  db.demoAccountIds = DEMO_PEOPLE.map((p) => p.id)
  for (const gridId of Object.keys(GRID_WORKERS)) {
    const [id, name, phone] = GRID_WORKERS[gridId]
    if (!db.users[id]) addPerson({ id, name, phone, roles: ['grid_worker'], gridId })
  }
  RESIDENTS.forEach(addPerson)
  MEDIATORS.forEach(addPerson)
  COMMUNITY_WORKERS.forEach(addPerson)
}
