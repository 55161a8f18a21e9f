// The 帮代办 seed: the catalogue, the places of 天心区 with their helpers, and bookings in every
// state, driven through the domain's own operations at the times they would have happened
// (relative to the seed time), so events, messages, no-shows and the pause are what the live
// app makes. The services and their materials follow what such counters commonly ask for; the
// addresses and phones of the places are made up.
import type { AgeGroup, BookingMode, MaterialForm, ProxyStep, Rating } from '../../../src/contract'
import type { DbState } from '../../server/db'
import { isApiFail } from '../../server/errors'
import { DAY, HOUR } from '../../server/util'
import { DEMO } from '../auth/seed'
import { findGrid } from '../geo/state'
import { chinaDay, instantOf, workdaysAfter } from './calendar'
import { addStep, cancelBooking, checkIn, createBooking, fileAppeal, finishBooking, rateBooking, tickBookings } from './machine'
import type { BookingRecord, PlaceRecord } from './state'
import { randomHex } from '../../server/crypto'

const FORMS: Record<string, MaterialForm> = { o: 'original', c: 'copy', b: 'both' }
const MODES: Record<string, BookingMode> = { a: 'assist', p: 'proxy', h: 'home' }

// id, name, kind (p personal, b business), modes, minutes, description,
// materials ('what|form|count|note', form o 原件, c 复印件, b 原件及复印件)
const SERVICES: Array<[string, string, string, string, number, string, string]> = [
  ['sv-yb', '医保参保', 'p', 'aph', 20, '城乡居民医保参保登记、缴费档次与缴费方式变更', '身份证|o|1;户口簿|b|1|首页及本人页;出生医学证明|b|1|新生儿参保时提供'],
  ['sv-sbk', '社保卡补办', 'p', 'aph', 15, '社会保障卡挂失、补领、换领，激活金融功能', '身份证|o|1;近期一寸白底免冠照片|o|1|现场可拍'],
  ['sv-jzz', '居住证', 'p', 'ap', 30, '来长居住半年以上人员申领、签注居住证', '身份证|b|1;居住证明|b|1|租房合同或房产证;就业或就读证明|o|1|劳动合同、营业执照或在读证明'],
  ['sv-lyz', '老年优待证', 'p', 'aph', 15, '60周岁以上老人办理，乘车、游园等享受优待', '身份证|b|1;一寸照片|o|2'],
  ['sv-gljt', '高龄津贴', 'p', 'aph', 20, '80周岁以上老人申领高龄津贴，按月发放', '身份证|b|1;户口簿|b|1;本人银行卡或存折|c|1|须为本人账户'],
  ['sv-cjr', '残疾人证', 'p', 'aph', 40, '首次申领、换领、迁移残疾人证，办理后续评残', '身份证|b|1;户口簿|b|1;近期二寸白底照片|o|3;诊断证明或病历|o|1|二级以上医院出具'],
  ['sv-qykb', '企业开办', 'b', 'a', 60, '营业执照、公章刻制、税务登记一次办结', '法定代表人身份证|o|1;住所证明|c|1|租赁合同或产权证;公司章程|o|1|全体股东签字'],
  ['sv-gth', '个体户登记', 'b', 'ap', 30, '个体工商户设立、变更、注销登记', '经营者身份证|o|1;经营场所证明|c|1'],
  ['sv-gjj', '公积金提取', 'p', 'ap', 30, '购房、租房、退休等情形提取住房公积金', '身份证|o|1;本人银行卡|o|1;提取证明|b|1|购房合同、租房合同或退休证'],
  ['sv-bdc', '不动产登记咨询', 'p', 'a', 30, '买卖、继承、抵押等不动产登记前的材料咨询', '身份证|o|1;不动产权证书或购房合同|c|1'],
  ['sv-xsr', '新生儿落户', 'p', 'ap', 30, '新生儿出生后申报户口', '出生医学证明|b|1;父母身份证|o|2;户口簿|o|1;结婚证|b|1'],
]

// the counters' usual hours: weekdays 9–12 and 14–17 (community stations 14–18, and Saturday mornings)
const HALL: PlaceRecord['hours'] = [[], [[9, 12], [13, 17]], [[9, 12], [13, 17]], [[9, 12], [13, 17]], [[9, 12], [13, 17]], [[9, 12], [13, 17]], [[9, 12]]]
const STREET: PlaceRecord['hours'] = [[], [[9, 12], [14, 17]], [[9, 12], [14, 17]], [[9, 12], [14, 17]], [[9, 12], [14, 17]], [[9, 12], [14, 17]], []]
const STATION: PlaceRecord['hours'] = [[], [[9, 12], [14, 18]], [[9, 12], [14, 18]], [[9, 12], [14, 18]], [[9, 12], [14, 18]], [[9, 12], [14, 18]], [[9, 12]]]

const STATION_SERVICES = ['sv-yb', 'sv-sbk', 'sv-jzz', 'sv-lyz', 'sv-gljt', 'sv-cjr']
const STREET_SERVICES = STATION_SERVICES.concat('sv-gth', 'sv-gjj', 'sv-xsr')

/** helper id → name; demo-helper (杨帆) works at 太平街 and at 坡子街街道. */
const HELPERS: Record<string, string> = {
  'hp-hall-1': '彭丽', 'hp-hall-2': '邓志强', 'hp-pzj': '罗敏', 'hp-cnl': '曾伟', 'hp-jpl': '易红',
  'hp-xpl': '李娟', 'hp-gnq': '朱建军', 'hp-bsj': '汤静', 'hp-htl': '钟小燕',
}

function places(): PlaceRecord[] {
  const out: PlaceRecord[] = [
    { id: 'pl-hall', name: '天心区政务服务中心', kind: 'hall', address: '天心区书院路9号', phone: '0731-85890001', hours: HALL, seats: 4, homeSeats: 0, serviceIds: SERVICES.map((s) => s[0]), helperIds: ['hp-hall-1', 'hp-hall-2'] },
  ]
  const streets: Array<[string, string, string, string]> = [
    ['pzj', '坡子街街道', '坡子街168号', `${DEMO.helper},hp-pzj`],
    ['cnl', '城南路街道', '城南西路12号', 'hp-cnl'],
    ['jpl', '金盆岭街道', '新开铺路66号', 'hp-jpl'],
  ]
  streets.forEach(([code, name, addr, helpers], i) =>
    out.push({ id: `pl-${code}`, name: `${name}便民服务站`, kind: 'street', address: `天心区${addr}`, phone: `0731-8589${i + 1}100`, hours: STREET, seats: 2, homeSeats: 0, serviceIds: STREET_SERVICES, helperIds: helpers.split(',') }),
  )
  const communities: Array<[string, string, string]> = [
    ['xpl', '西牌楼社区', '西牌楼街35号'],
    ['tpj', '太平街社区', '太平街22号'],
    ['gnq', '工农桥社区', '工农桥路8号'],
    ['bsj', '白沙井社区', '白沙路3号'],
    ['htl', '黄土岭社区', '黄土岭路51号'],
  ]
  communities.forEach(([code, name, addr], i) =>
    out.push({
      id: `pl-${code}`,
      name: `${name}24小时服务站`,
      kind: 'community',
      address: `天心区${addr}`,
      phone: `0731-8588${i + 1}200`,
      communityId: `cm-${code}`,
      hours: STATION,
      seats: 2,
      homeSeats: 1,
      serviceIds: STATION_SERVICES,
      helperIds: [code === 'tpj' ? DEMO.helper : `hp-${code}`],
    }),
  )
  return out
}

// ---- bookings ----------------------------------------------------------------------------------

interface Story {
  by: string
  sv: string
  mode: string
  pl: string
  /** created this many days before the seed, at 10:00 (negative: in the last hours) */
  ago: number
  /** the slot: the n-th working day after creation, at `hour` */
  wd: number
  hour: number
  /** for a family member: name, relation, phone, age group */
  fam?: [string, string, string, AgeGroup]
  disabled?: boolean
  needs?: string
  /** after the slot starts (minutes), unless noted: 'cancel' is hours after creation */
  then?: Array<['checkin' | 'cancel', number] | ['done', number, string] | ['step', number, ProxyStep, string?] | ['rate', number, Rating, string?]>
}

const F: [string, string, string, AgeGroup] = ['王德福', '父亲', '13907315678', '70plus']

const STORIES: Story[] = [
  // 王秀英 (demo-resident): her father's 代办 under way, one coming up, two done, one cancelled
  { by: DEMO.resident, sv: 'sv-gljt', mode: 'p', pl: 'pl-tpj', ago: 9, wd: 2, hour: 10, fam: F, then: [['checkin', 5], ['step', 10, 'received'], ['step', 60 * 24 + 30, 'submitted', '天心区民政局']] },
  { by: DEMO.resident, sv: 'sv-lyz', mode: 'p', pl: 'pl-tpj', ago: 0.1, wd: 2, hour: 10, fam: F },
  { by: DEMO.resident, sv: 'sv-yb', mode: 'a', pl: 'pl-xpl', ago: 20, wd: 1, hour: 9, then: [['checkin', 3], ['done', 25, '已完成2027年度城乡居民医保参保登记，选择一档缴费'], ['rate', 120, 'satisfied', '专员很耐心，一次就办好了']] },
  { by: DEMO.resident, sv: 'sv-sbk', mode: 'a', pl: 'pl-tpj', ago: 6, wd: 2, hour: 15, then: [['checkin', 0], ['done', 20, '已挂失旧卡并补领新卡，7个工作日后到站领取']] },
  { by: DEMO.resident, sv: 'sv-gjj', mode: 'a', pl: 'pl-hall', ago: 11, wd: 3, hour: 10, then: [['cancel', 20]] },
  // the demo helper's station (太平街社区): the next working day's 09:00 is full with one waiting
  { by: 'res-csh', sv: 'sv-sbk', mode: 'a', pl: 'pl-tpj', ago: 0.2, wd: 1, hour: 9 },
  { by: 'res-hwq', sv: 'sv-yb', mode: 'a', pl: 'pl-tpj', ago: 0.2, wd: 1, hour: 9 },
  { by: 'res-lxm', sv: 'sv-yb', mode: 'a', pl: 'pl-tpj', ago: 0.15, wd: 1, hour: 9 },
  { by: 'res-hwq', sv: 'sv-gljt', mode: 'h', pl: 'pl-tpj', ago: 0.2, wd: 1, hour: 14, fam: ['黄国栋', '父亲', '13907316789', '70plus'], needs: '行动不便，需要轮椅' },
  { by: 'res-csh', sv: 'sv-cjr', mode: 'p', pl: 'pl-tpj', ago: 4, wd: 2, hour: 11, fam: ['刘卫国', '丈夫', '13907317890', '60to69'], disabled: true, then: [['checkin', 10]] },
  { by: 'res-pjh', sv: 'sv-yb', mode: 'a', pl: 'pl-tpj', ago: 16, wd: 1, hour: 10, then: [['checkin', 0], ['done', 15, '已办理参保登记'], ['rate', 60, 'basically', '办得挺快，就是等了一会儿']] },
  { by: 'res-ymf', sv: 'sv-lyz', mode: 'h', pl: 'pl-tpj', ago: 13, wd: 1, hour: 15, fam: ['易桂香', '母亲', '13907318901', '70plus'], needs: '卧床，需上门拍照', then: [['checkin', 10], ['done', 40, '上门采集照片并受理，证件办好后送到家'], ['rate', 200, 'satisfied', '上门服务太方便了']] },
  { by: 'res-ldm', sv: 'sv-jzz', mode: 'a', pl: 'pl-tpj', ago: 7, wd: 2, hour: 16, then: [['cancel', 3]] },
  // 李晓梅 missed two (a warning); 谭志海 missed three (paused, and appealed)
  { by: 'res-lxm', sv: 'sv-sbk', mode: 'a', pl: 'pl-tpj', ago: 20, wd: 1, hour: 14 },
  { by: 'res-lxm', sv: 'sv-lyz', mode: 'a', pl: 'pl-tpj', ago: 8, wd: 1, hour: 14 },
  { by: 'res-tzh', sv: 'sv-yb', mode: 'a', pl: 'pl-tpj', ago: 24, wd: 1, hour: 9 },
  { by: 'res-tzh', sv: 'sv-sbk', mode: 'a', pl: 'pl-tpj', ago: 14, wd: 1, hour: 9 },
  { by: 'res-tzh', sv: 'sv-cjr', mode: 'a', pl: 'pl-tpj', ago: 5, wd: 1, hour: 16 },
  // that 16:00 was full: 邓丽萍's place in its waitlist expired when it started
  { by: 'res-zyl', sv: 'sv-sbk', mode: 'a', pl: 'pl-tpj', ago: 5, wd: 1, hour: 16, then: [['checkin', 5], ['done', 20, '已补领社保卡']] },
  { by: 'res-dlp', sv: 'sv-yb', mode: 'a', pl: 'pl-tpj', ago: 4.9, wd: 1, hour: 16 },
]

/** Runs the stories through the operations in the order their steps happened. */
function seedBookings(db: DbState, now: Date): void {
  const steps: Array<[number, number, () => void]> = []
  const seq = { n: 0 }
  const at = (t: number, run: () => void) => steps.push([t, seq.n++, run])
  const helperOf = (pl: string) => db.bookingPlaces.filter((p) => p.id === pl)[0].helperIds[0]
  for (const s of STORIES) {
    // a db stored before this domain existed may lack the seeded people: their stories are left out
    if (!db.users[s.by]) continue
    const created = s.ago >= 1 ? instantOf(chinaDay(now.getTime() - s.ago * DAY), 10) : now.getTime() - s.ago * DAY
    const date = workdaysAfter(chinaDay(created), s.wd)[s.wd - 1]
    const start = instantOf(date, s.hour)
    const ref: { b?: BookingRecord } = {}
    const user = db.users[s.by]
    at(created, () => {
      ref.b = createBooking(
        db,
        {
          serviceId: s.sv,
          mode: MODES[s.mode],
          placeId: s.pl,
          date,
          hour: s.hour,
          address: s.mode === 'h' ? `${user.home ? user.home.compoundName + user.home.buildingName : ''}3单元201` : '',
          family: s.fam ? { name: s.fam[0], relation: s.fam[1], phone: s.fam[2], consent: true, authorization: s.mode === 'p' ? 'ph_sseedweituo' : undefined } : undefined,
          ageGroup: s.fam ? s.fam[3] : undefined,
          disabled: !!s.disabled,
          needs: s.needs || '',
          note: '',
          waitlist: true,
        },
        user,
        new Date(created),
      )
    })
    for (const [what, t, x, y] of s.then || []) {
      const when = what === 'cancel' ? created + t * HOUR : start + t * 60e3
      const helper = db.users[helperOf(s.pl)]
      if (!helper) continue
      at(when, () => {
        const b = ref.b!
        const iso = new Date(when).toISOString()
        if (what === 'checkin') checkIn(db, b, helper, iso)
        else if (what === 'cancel') cancelBooking(db, b, user, { reason: '临时有事' }, iso)
        else if (what === 'done') finishBooking(db, b, helper, { record: x as string }, iso)
        else if (what === 'step') addStep(db, b, helper, { step: x as ProxyStep, department: y || '', note: '', photos: [] }, iso)
        else rateBooking(b, user, { rating: x as Rating, comment: y || '' }, iso)
      })
    }
  }
  // 谭志海 appeals his pause the morning after it: the appeal waits for 杨帆 (太平街)
  const tzh = STORIES.filter((s) => s.by === 'res-tzh').pop()!
  const paused = instantOf(workdaysAfter(chinaDay(now.getTime() - tzh.ago * DAY), 1)[0], tzh.hour + 1) + 30 * 60e3
  const appealAt = Math.min(paused + 18 * HOUR, now.getTime() - HOUR)
  if (db.users['res-tzh']) at(appealAt, () => fileAppeal(db, db.users['res-tzh'], { reason: '前两次是住院没法前往，第三次是孩子生病，以后一定提前取消' }, new Date(appealAt).toISOString()))
  steps.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  for (const [t, , run] of steps) {
    if (t > now.getTime()) continue
    tickBookings(db, new Date(t))
    try {
      run()
    } catch (e) {
      // Near a long holiday a story's slot may still lie ahead (no no-show yet, so no pause to
      // appeal): the step that cannot happen yet is left out, as it would be in the live app.
      if (!isApiFail(e)) throw e
    }
  }
  tickBookings(db, now)
}

export function seedBookingsDomain(db: DbState, now: Date): void {
  // a key fixed by the seed time keeps the seed deterministic; a real server keeps its key in a secrets store
  // random, not derived from the seed time: a key anyone could recompute would sign any voucher
  db.bookingSecret = randomHex(32)
  db.bookingServices = SERVICES.map(([id, name, kind, modes, minutes, desc, mats]) => ({
    id,
    name,
    kind: kind === 'b' ? 'business' : 'personal',
    desc,
    modes: modes.split('').map((m) => MODES[m]),
    minutes,
    materials: mats.split(';').map((m) => {
      const [what, form, count, note] = m.split('|')
      return note ? { name: what, form: FORMS[form], count: +count, note } : { name: what, form: FORMS[form], count: +count }
    }),
  }))
  db.bookingPlaces = places()
  Object.keys(HELPERS).forEach((id, i) => {
    if (db.users[id]) return
    // a community station's helper lives in its first grid; the others work for the street or district
    const grid = findGrid(db, `gd-${id.slice(3)}-1`)
    db.users[id] = { id, name: HELPERS[id], phone: `159731204${i + 10}`, roles: ['helper'], communityId: grid ? grid.communityId : null, gridId: grid ? grid.id : null }
  })
  // A db stored before this domain existed (seeded earlier) gets the catalogue, the places and
  // their helpers, but no made-up bookings and messages in the history of its people.
  if (db.seededAt === now.toISOString()) seedBookings(db, now)
}
