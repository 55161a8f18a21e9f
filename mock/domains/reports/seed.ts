// Seeded reports, in every state: timestamps are relative to the clock at seed time, so a seeded
// db always has fresh-looking, partly overdue work. They are driven through the domain's own
// operations, so their events, gates and inbox messages are exactly what the live app would
// have produced. Place names in the addresses are from public reports about Changsha's 天心区.
// Runs after the geo and auth seeds: reporters, grids and workers are theirs.
import type { DepartmentKey, Rating, ReportCategory } from '../../../src/contract'
import type { DbState } from '../../server/db'
import { HOUR, hash32 } from '../../server/util'
import { DEMO } from '../auth/seed'
import { findGrid } from '../geo/state'
import { addNote, assignReport, civilReport, createPatrol, createReport, isCommunityWorkerOf, escalateReport, handleReport, joinReport, passReview, rateReport, returnReport, takeReport, tickReports, urgeReport, withdrawReport } from './machine'

/** A tiny SVG "photo": a coloured card with a label. */
function svgPhoto(label: string, hue: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180">` +
    `<rect width="240" height="180" fill="hsl(${hue},40%,80%)"/>` +
    `<rect x="16" y="16" width="208" height="148" rx="8" fill="none" stroke="hsl(${hue},35%,55%)" stroke-width="3"/>` +
    `<text x="120" y="98" font-size="22" text-anchor="middle" fill="hsl(${hue},30%,30%)">${label}</text></svg>`
  )
}

/** The built-in reference of a seed picture: `ph_s` (svg) + 'seed' + a hash of what it shows. */
function seedPhotoId(label: string, hue: number): string {
  return `ph_sseed${hash32(`${label}|${hue}`).toString(36)}`
}

type Step =
  | ['take', number]
  | ['note', number, string]
  | ['escalate', number, DepartmentKey, string]
  | ['return', number, string]
  /** 办结, and 审核 passed at once by the community worker (by the community where it has none) */
  | ['handle', number, string]
  /** 办结 only: the ticket waits at 审核 */
  | ['handle_only', number, string]
  | ['rate', number, Rating, string]
  | ['join', number, string]
  | ['urge', number, string]
  | ['withdraw', number, string]
  /** the worker ends it as 民间纠纷 (a matter between neighbours: 解忧小屋) */
  | ['civil', number, string]
  /** the community worker assigns a report filed without a grid */
  | ['assign', number, string]

interface ReportSeed {
  /** the grid the problem is in; with `unsure`, only its community is given (我不确定) */
  grid: string
  unsure?: boolean
  by: string
  cat: ReportCategory
  text: string
  addr: string
  /** hours before seed time */
  ago: number
  anon?: boolean
  photos?: string[]
  /** found by the grid worker on patrol (`by` is that worker) */
  patrol?: boolean
  /** hours after creation */
  steps?: Step[]
}

const REPORTS: ReportSeed[] = [
  // ---- 我不确定在哪个网格: the 西牌楼 community worker (demo-organiser) assigns them ----
  {
    grid: 'gd-xpl-2', unsure: true, by: 'res-zgf', cat: 'facilities', ago: 3, addr: '樊西巷与古潭街交叉口',
    text: '路口的一盏路灯不亮了，晚上过路口看不清，不知道归哪个网格管。',
  },
  {
    grid: 'gd-xpl-2', unsure: true, by: 'res-zgf', cat: 'greenery', ago: 50, addr: '古潭街公寓后门',
    text: '后门那棵大树的枯枝垂到了路中间，刮风时怕掉下来砸到人。',
    steps: [['assign', 3, 'gd-xpl-2']],
  },
  // ---- 西牌楼社区第一网格 (demo-resident's grid, demo-grid-worker) ----
  {
    grid: 'gd-xpl-1', by: DEMO.resident, cat: 'environment', ago: 20 * 24, addr: '西牌楼街35号院2栋楼下',
    text: '35号院2栋楼下的垃圾桶满了三天都没人清运，天气热味道很大，还招了很多苍蝇，路过都要捂着鼻子。',
    photos: ['垃圾桶满溢', '远景'],
    steps: [['take', 1], ['handle', 20, '已联系环卫所加派清运车辆，垃圾已全部清运，并调整为每日早晚两次清运。'], ['rate', 30, 'satisfied', '处理很及时，谢谢网格员！']],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident, cat: 'facilities', ago: 50, addr: '西牌楼街35号院3栋2单元',
    text: '3栋2单元楼道的感应灯坏了快一个星期，晚上上下楼黑漆漆的，楼里老人多，出门很不方便。',
    photos: ['楼道感应灯'],
    steps: [['take', 2], ['note', 6, '已报物业维修，灯具配件明天到货。'], ['handle', 40, '物业已更换2至6楼感应灯共5盏，经夜间测试正常。']],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident, cat: 'water_leak', ago: 6, addr: '西牌楼街35号院2栋4楼',
    text: '楼上卫生间渗水，我家厨房吊顶一直在滴水，已经用盆接了两天，楼上住户白天联系不上。',
    photos: ['吊顶渗水'],
    steps: [['take', 1], ['note', 3, '已联系楼上住户，约好今晚7点一起上门查看。']],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident2, cat: 'parking', ago: 10, addr: '三王街6号门口',
    text: '三王街6号门口每天晚上都有私家车停在消防通道上，有时候一停就是一整夜，消防车根本开不进来。',
    photos: ['消防通道停车', '车牌近景'],
    steps: [['join', 3, 'res-zgf']],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'environment', ago: 3 * 24, addr: '太傅里巷子口',
    text: '太傅里巷子口有人半夜乱倒装修垃圾，堆了半人高，挡住了一半的路，下雨天还往外冲。',
    photos: ['建筑垃圾'],
    steps: [['take', 1], ['escalate', 5, 'huanwei', '建筑垃圾量大，需环卫所派车清运；已调取巷口监控查找倾倒人。'], ['join', 8, DEMO.resident2]],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident2, cat: 'environment', ago: 2, addr: '西牌楼街18号旁',
    text: '西牌楼街18号旁边的分类垃圾桶盖子坏了，野猫晚上翻得到处都是，早上满地垃圾。',
    photos: ['垃圾桶盖损坏'],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'safety', ago: 5, anon: true, addr: '西牌楼街35号院5栋一楼',
    text: '5栋一楼有住户从窗户里拉飞线给电动车充电，电线就挂在楼道口，晚上经常充一整夜，很危险。',
    photos: ['飞线充电'],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'noise', ago: 9 * 24, addr: '坡子街88号旁',
    text: '坡子街88号旁边的酒吧每天凌晨两三点还在放很大声的音乐，楼上老人孩子都睡不好觉。',
    // overdue, and urged by the reporter a day ago: the worker's queue shows 已催办
    steps: [['take', 3], ['note', 30, '已与店主沟通，答应晚上11点后降低音量，继续观察一周。'], ['urge', 8 * 24, 'res-zgf']],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident2, cat: 'greenery', ago: 12 * 24, addr: '西牌楼街35号院中心花坛',
    text: '小区中心花坛被人挖了种菜，还浇了粪水，气味难闻，原来的月季都被拔掉了。',
    photos: ['花坛种菜'],
    steps: [['take', 4], ['handle', 50, '已与种菜住户沟通，菜地已恢复平整，物业计划下月补种月季。'], ['rate', 60, 'basically', '菜是铲了，但花坛还没补种。']],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'other', ago: 4 * 24, addr: '西牌楼街35号院1栋',
    text: '1栋是老楼，住了很多七八十岁的老人，希望社区帮忙给我们楼加装电梯。',
    steps: [['return', 6, '加装电梯需由本栋业主共同申请并筹资，不属于随手拍受理范围，已告知办理途径，请社区复核答复。']],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'water_leak', ago: 50, addr: '西牌楼街35号院2栋顶楼',
    text: '2栋屋顶防水层老化，一下雨顶楼就漏水，去年修过一次又漏了，墙皮都泡掉了。',
    photos: ['顶楼漏水'],
    steps: [['take', 1], ['handle', 20, '已请物业对屋顶裂缝进行封堵处理。'], ['rate', 40, 'unsatisfied', '只是把裂缝糊了一下，昨晚下雨又漏了。'], ['escalate', 44, 'zhujian', '屋顶防水需整体翻新，已报住建部门纳入老旧小区改造。']],
  },
  {
    grid: 'gd-xpl-1', by: DEMO.resident2, cat: 'elderly_care', ago: 6 * 24, addr: '三王街12号3楼',
    text: '隔壁独居的刘奶奶最近几天没见她下楼买菜，敲门也没人应，担心老人出事，麻烦网格员去看看。',
    steps: [['take', 0.2], ['handle', 1, '已上门探望，老人感冒在家休息，已联系其子女并送去药品，纳入每日电话问候。'], ['rate', 3, 'satisfied', '网格员来得很快，老人没事就放心了。']],
  },
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'parking', ago: 30, addr: '西牌楼菜市场门口',
    text: '菜市场门口电动车和三轮车乱停，早上买菜的人挤都挤不过去，推婴儿车根本过不去。',
    photos: ['电动车乱停'],
    steps: [['take', 3]],
  },
  // ---- 西牌楼社区第二网格 (demo-grid-worker-2) ----
  {
    grid: 'gd-xpl-2', by: 'res-ldm', cat: 'environment', ago: 20, addr: '西牌楼街72号垃圾中转站',
    text: '垃圾中转站周边污水横流，清运车每次走后地上都是黑水，附近商铺门口臭气熏天。',
    photos: ['中转站污水'],
  },
  {
    grid: 'gd-xpl-2', by: 'res-ldm', cat: 'facilities', ago: 4 * 24, addr: '西牌楼健身广场',
    text: '健身广场的单杠底座松动了，一晃就动，孩子们放学还在上面玩，怕出危险。',
    steps: [['take', 2], ['note', 10, '已拉警戒带暂停使用，等待厂家上门加固。']],
  },
  {
    grid: 'gd-xpl-2', by: 'res-ldm', cat: 'noise', ago: 15 * 24, addr: '西牌楼街60号',
    text: '60号一楼的门面在装修，周末早上七点就开始电钻，持续了快两个星期。',
    steps: [['take', 1], ['handle', 8, '已督促施工方遵守作业时间，工作日8:00-12:00、14:00-18:00施工，周末不施工。'], ['rate', 20, 'satisfied', '']],
  },
  {
    grid: 'gd-xpl-2', by: 'res-ldm', cat: 'safety', ago: 30, addr: '西牌楼街72号院消防通道',
    text: '72号院消防通道被杂物和废旧家具堵住，一直没人清理，万一着火消防车进不来。',
    photos: ['消防通道堵塞'],
    steps: [['take', 0.5], ['handle', 1.8, '已联合物业清理通道杂物两车，并张贴禁止堆放告示。']],
  },
  // ---- 太平街社区 ----
  {
    grid: 'gd-tpj-1', by: 'res-csh', cat: 'parking', ago: 26, addr: '太平街56号',
    text: '太平街步行街入口被送货车长时间占用，游客和居民只能从车缝里挤过去。',
    steps: [['take', 1], ['escalate', 2, 'jiaojing', '送货车辆属商户违规停放，已报交警及商圈管委会联合整治。']],
  },
  {
    grid: 'gd-tpj-1', by: 'res-csh', cat: 'elderly_care', ago: 8 * 24, addr: '太平街马家巷9号',
    text: '巷子里的陈爹爹一个人住，腿脚不方便，家里的灯泡坏了好几天没人帮忙换。',
    steps: [['take', 0.5], ['handle', 3, '已组织志愿者上门更换灯泡，并登记为重点关爱对象。'], ['rate', 10, 'satisfied', '志愿者很热心。']],
  },
  {
    grid: 'gd-tpj-2', by: 'res-hwq', cat: 'greenery', ago: 40, addr: '孚嘉巷口',
    text: '孚嘉巷口的大樟树有根枯枝快断了，正好悬在人行道上方，刮风的时候晃得厉害。',
    photos: ['枯枝'],
    steps: [['take', 2], ['escalate', 4, 'yuanlin', '需高空作业车修剪，已报园林绿化部门。']],
  },
  {
    grid: 'gd-tpj-2', by: 'res-hwq', cat: 'environment', ago: 9, addr: '太平街臭豆腐店后巷',
    text: '后巷的餐饮店把泔水直接倒进雨水井，下水道口油污结块，整条巷子都是馊味。',
  },
  // ---- 工农桥社区 ----
  {
    grid: 'gd-gnq-1', by: 'res-zyl', cat: 'water_leak', ago: 8 * 24, addr: '书院路工农桥小区4栋',
    text: '4栋地下室的自来水管一直在漏，地下室积水快到脚踝了，电表箱也在下面。',
    photos: ['地下室积水'],
    steps: [
      ['take', 1],
      ['handle', 10, '已关闭阀门，物业临时抢修。'],
      ['rate', 20, 'unsatisfied', '第二天又漏了，积水还在。'],
      ['escalate', 22, 'gongshui', '管道老化严重，已报供水公司更换主管。'],
      ['handle', 40, '供水公司已更换漏水管段。'],
      ['rate', 60, 'unsatisfied', '主管换了，支管还在渗，地下室还是湿的。'],
      ['handle', 80, '物业已更换支管并抽干积水。'],
      ['rate', 100, 'unsatisfied', '墙面泡坏了没人管，希望社区出面协调赔偿。'],
    ],
  },
  {
    grid: 'gd-gnq-1', by: 'res-zyl', cat: 'safety', ago: 3, addr: '工农桥小区2栋门口',
    text: '2栋门口的窨井盖不见了，井口就这么敞着，晚上路灯又暗，很容易有人掉下去。',
    photos: ['井盖缺失'],
  },
  {
    grid: 'gd-gnq-2', by: 'res-lxm', cat: 'noise', ago: 3 * 24, addr: '劳动西路广场',
    text: '广场舞音响开得特别大，晚上九点半以后还在跳，临街的住户根本没法休息。',
    steps: [['take', 2], ['handle', 20, '已与舞蹈队协商，音量降至60分贝以下，21:00前结束。'], ['rate', 30, 'basically', '声音小了一些，但结束时间还是偶尔超时。']],
  },
  {
    grid: 'gd-gnq-2', by: 'res-lxm', cat: 'facilities', ago: 18 * 24, addr: '工农桥菜场旁人行道',
    text: '人行道上有一段地砖塌陷，下雨积水，老人已经在这里摔了两跤。',
    steps: [['take', 5], ['note', 30, '已报市政维修，排期中。']],
  },
  // ---- 白沙井社区 ----
  {
    grid: 'gd-bsj-1', by: 'res-tzh', cat: 'safety', ago: 7, addr: '白沙路12号',
    text: '白沙路12号老楼外墙有一块瓷砖松动，下面就是人行道，风一吹就掉渣。',
    photos: ['外墙瓷砖'],
  },
  {
    grid: 'gd-bsj-1', by: 'res-tzh', cat: 'environment', ago: 10 * 24, addr: '白沙井公园北门',
    text: '公园北门外的绿化带里被人扔了很多塑料袋和饮料瓶，好几天都没人捡。',
    steps: [['take', 1], ['handle', 5, '已组织环卫工人和志愿者清理绿化带垃圾。'], ['rate', 9, 'satisfied', '干净多了。']],
  },
  {
    grid: 'gd-bsj-2', by: 'res-dlp', cat: 'parking', ago: 5 * 24, addr: '回龙山路口',
    text: '路口的共享单车堆成一排，把盲道全占了，视障居民根本没法走。',
    steps: [['take', 2], ['escalate', 3, 'chengguan', '已通知城管及单车企业清运调度。'], ['handle', 30, '城管与单车企业已清理并划定停放区。']],
  },
  {
    grid: 'gd-bsj-2', by: 'res-dlp', cat: 'greenery', ago: 2 * 24, addr: '白沙井社区游园',
    text: '游园里的草坪被人踩出好几条路，还有人在草坪上烧烤。',
  },
  // ---- 黄土岭社区 ----
  {
    grid: 'gd-htl-1', by: 'res-pjh', cat: 'elderly_care', ago: 4, addr: '黄土岭路67号',
    text: '楼下的独居老人这两天咳得厉害，子女在外地，想请社区帮忙联系家庭医生上门看看。',
    steps: [['take', 1]],
  },
  {
    grid: 'gd-htl-1', by: 'res-pjh', cat: 'water_leak', ago: 30, addr: '黄土岭小区8栋',
    text: '8栋已经停水一天了，没有任何通知，家里老人做饭洗漱都成问题。',
    steps: [['take', 1], ['escalate', 3, 'gongshui', '已联系供水公司确认抢修时间并安排送水。']],
  },
  {
    grid: 'gd-htl-2', by: 'res-ymf', cat: 'other', ago: 6 * 24, addr: '金盆岭农贸市场',
    text: '农贸市场有商贩缺斤少两，找市场管理方也没人管。',
    steps: [['return', 3, '属市场监管职责，已告知居民拨打12315，请社区复核。']],
  },
  {
    grid: 'gd-htl-2', by: 'res-ymf', cat: 'facilities', ago: 25 * 24, addr: '黄土岭路小游园',
    text: '小游园的健身路径有两台器材坏了，转轮卡死，扶手断裂。',
    steps: [['take', 2], ['handle', 72, '已报体育部门更换损坏器材两台。'], ['rate', 90, 'satisfied', '新器材很好用。']],
  },
  // appended, so the seed pictures of the reports above keep their references
  {
    grid: 'gd-xpl-1', by: 'res-zgf', cat: 'parking', ago: 3 * 24, addr: '西牌楼街66号门口',
    text: '66号门口停了一辆没有牌照的旧面包车，落满了灰，好像很久没人开过了。',
    steps: [['withdraw', 5, '车主已经把车开走了。']],
  },
  // a matter between neighbours: the worker sent it on to 解忧小屋; its reporter has not filed yet
  {
    grid: 'gd-xpl-1', by: DEMO.resident, cat: 'noise', ago: 30, addr: '西牌楼街35号院2栋5楼',
    text: '楼上这两个月每天晚上十一点以后还在拖桌椅、跳绳，敲过门也没用，家里老人整夜睡不好。',
    steps: [['take', 2], ['civil', 20, '已上门了解，是楼上 602 一户的生活噪音，不属于施工扰民，建议到解忧小屋调解。']],
  },
  // handled an hour ago: waits at 审核 for the 西牌楼 community worker (demo-organiser)
  {
    grid: 'gd-xpl-1', by: DEMO.resident2, cat: 'facilities', ago: 20, addr: '三王街8号楼道',
    text: '8号楼道的扶手松动了，老人上下楼扶着晃得厉害，怕摔跤。',
    steps: [['take', 1], ['handle_only', 19, '已请物业重新固定楼道扶手，并检查了其他楼层。']],
  },
  // 未诉先办: the grid worker's own findings on patrol, one open and one done
  {
    grid: 'gd-xpl-1', by: DEMO.gridWorker, patrol: true, cat: 'parking', ago: 1, addr: '西牌楼街35号院4栋门口',
    text: '巡查发现4栋门口的共享单车倒了一排，占了半条人行道，推婴儿车过不去。',
  },
  {
    grid: 'gd-xpl-1', by: DEMO.gridWorker, patrol: true, cat: 'greenery', ago: 5 * 24, addr: '西牌楼街35号院西侧绿化带',
    text: '巡查发现西侧绿化带的护栏倒了一段，草坪被电动车压出了车辙。',
    steps: [['handle', 20, '已扶正护栏并加装隔离桩，草坪已补种。']],
  },
]

const HUES = [18, 45, 90, 150, 200, 260, 320]

const seedPhotoOf = (i: number, k: number, label: string) => seedPhotoId(label, HUES[(i + k) % HUES.length])

/**
 * The seed's pictures are built in: served from this code by their fixed references (GET
 * /photos/:id), never written to the photo store, so the seed db holds references only and a
 * reset or a fresh seed costs no storage. Reference → SVG text.
 */
export const SEED_PHOTOS: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {}
  REPORTS.forEach((r, i) =>
    (r.photos || []).forEach((label, k) => {
      out[seedPhotoOf(i, k, label)] = svgPhoto(label, HUES[(i + k) % HUES.length])
    }),
  )
  return out
})()

/** Adds the seeded reports (and, through the operations, their messages) to a db holding the seeded people and grids. */
export function seedReports(db: DbState, now: Date): void {
  const nowMs = now.getTime()
  const iso = (ms: number) => new Date(ms).toISOString()
  const communityOf = (gridId: string) => {
    const g = findGrid(db, gridId)
    if (!g) throw new Error(`seed: unknown grid ${gridId}`)
    return g.communityId
  }

  // Oldest first, so ticket numbers and messages come out in the order they happened.
  const ordered = REPORTS.map((r, i) => ({ r, i })).sort((a, b) => b.r.ago - a.r.ago || a.i - b.i)
  for (const { r: s, i } of ordered) {
    const reporter = db.users[s.by]
    const created = nowMs - s.ago * HOUR
    const at = (h: number) => {
      const t = created + h * HOUR
      if (t >= nowMs) throw new Error(`seed: step at +${h}h of a report made ${s.ago}h ago lies in the future`)
      return iso(t)
    }
    const report = s.patrol
      ? createPatrol(db, { category: s.cat, description: s.text, photos: [], location: { address: s.addr, communityId: communityOf(s.grid), gridId: s.grid } }, reporter, iso(created))
      : createReport(
      db,
      {
        category: s.cat,
        description: s.text,
        photos: (s.photos || []).map((label, k) => seedPhotoOf(i, k, label)),
        location: { address: s.addr, communityId: communityOf(s.grid), ...(s.unsure ? {} : { gridId: s.grid }) },
        anonymous: !!s.anon,
        contactPhone: reporter.phone,
      },
      reporter,
      iso(created),
    )
    const worker = () => db.users[report.assigneeId]
    for (const step of s.steps || []) {
      switch (step[0]) {
        case 'take':
          takeReport(db, report, worker(), at(step[1]))
          break
        case 'note':
          addNote(db, report, worker(), { text: step[2], photos: [] }, at(step[1]))
          break
        case 'escalate':
          escalateReport(db, report, worker(), { department: step[2], note: step[3] }, at(step[1]))
          break
        case 'return':
          returnReport(db, report, worker(), { reason: step[2] }, at(step[1]))
          break
        case 'handle': {
          handleReport(db, report, worker(), { reply: step[2], photos: [] }, at(step[1]))
          // seeded history passed 审核 at once: the community worker where there is one
          const organiser = Object.keys(db.users).map((id) => db.users[id]).find((u) => isCommunityWorkerOf(u, report.location.communityId)) ?? null
          passReview(db, report, organiser, at(step[1]), organiser ? undefined : '社区审核通过')
          break
        }
        case 'handle_only':
          handleReport(db, report, worker(), { reply: step[2], photos: [] }, at(step[1]))
          break
        case 'rate':
          rateReport(db, report, reporter, { rating: step[2], comment: step[3] }, at(step[1]))
          break
        case 'join':
          joinReport(db, report, db.users[step[2]], at(step[1]))
          break
        case 'assign': {
          const organiser = Object.keys(db.users).map((id) => db.users[id]).find((u) => isCommunityWorkerOf(u, report.location.communityId))
          if (!organiser) throw new Error(`seed: no community worker for ${report.location.communityId}`)
          assignReport(db, report, organiser, { gridId: step[2] }, at(step[1]))
          break
        }
        case 'urge':
          urgeReport(db, report, db.users[step[2]], at(step[1]))
          break
        case 'withdraw':
          withdrawReport(db, report, reporter, { reason: step[2] }, at(step[1]))
          break
        case 'civil':
          civilReport(db, report, worker(), { reason: step[2] }, at(step[1]))
          break
      }
    }
  }
  // overdue notices and 督办 of the seeded history, each at its own instant
  tickReports(db, now)
}
