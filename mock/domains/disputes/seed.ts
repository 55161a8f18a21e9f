// 解忧小屋 seed: a station in every community with its mediators and eight weekends of duty
// roster (民警 and 律师; a few days lack one or both), and other people's cases — one waiting
// past its acceptance time, one being mediated, one closed — made by the domain's own steps.
import { chinaDay, chinaInstant } from '../../server/china'
import { DAY, HOUR } from '../../server/util'
import { DEMO } from '../auth/seed'
import type { UserRecord } from '../auth/state'
import { addDays, weekdayOf } from '../bookings/calendar'
import { ROSTER_WEEKENDS, accept, answerInvitation, close, confirmAgreement, draftAgreement, fileDispute, fulfil, invite, rate, recordSession, schedule, type NewDispute } from './machine'
import type { DisputesDb, DutyDayRecord, DutyRecord, StationRecord } from './state'

export const STATION_HOURS = '周一至周五 9:00–17:30；周六、周日 9:00–12:00（民警、律师坐堂）'

type Duty = [string, string, string | null]
interface StationSeed {
  id: string
  name: string
  communityId: string
  address: string
  phone: string
  mediatorIds: string[]
  police: Duty[]
  lawyers: Duty[]
}

export const STATIONS: StationSeed[] = [
  {
    id: 'js-xpl',
    name: '西牌楼社区解忧小屋',
    communityId: 'cm-xpl',
    address: '天心路 58 号西牌楼社区党群服务中心一楼',
    phone: '0731-85121001',
    mediatorIds: [DEMO.mediator, 'med-xpl-2'],
    police: [['秦卫国', '坡子街派出所', DEMO.police]],
    lawyers: [['苏婉清', '湖南湘江律师事务所', DEMO.lawyer]],
  },
  {
    id: 'js-tpj',
    name: '太平街社区解忧小屋',
    communityId: 'cm-tpj',
    address: '太平街 36 号太平街社区服务中心二楼',
    phone: '0731-85121002',
    mediatorIds: ['med-tpj'],
    police: [['邹建军', '坡子街派出所', null]],
    lawyers: [['曹敏', '湖南楚天律师事务所', null], ['万志刚', '湖南楚天律师事务所', null]],
  },
  {
    id: 'js-gnq',
    name: '工农桥社区解忧小屋',
    communityId: 'cm-gnq',
    address: '南湖路 12 号工农桥社区党群服务中心',
    phone: '0731-85121003',
    mediatorIds: ['med-gnq'],
    police: [['易海波', '城南路派出所', null]],
    lawyers: [['莫晓琳', '湖南天心律师事务所', null]],
  },
  {
    id: 'js-bsj',
    name: '白沙井社区解忧小屋',
    communityId: 'cm-bsj',
    address: '白沙路 88 号白沙井社区服务中心一楼',
    phone: '0731-85121004',
    mediatorIds: ['med-bsj'],
    police: [['罗永红', '城南路派出所', null]],
    lawyers: [['彭丽', '湖南白沙律师事务所', null]],
  },
  {
    id: 'js-htl',
    name: '黄土岭社区解忧小屋',
    communityId: 'cm-htl',
    address: '黄土岭路 20 号黄土岭社区党群服务中心',
    phone: '0731-85121005',
    mediatorIds: ['med-htl'],
    police: [['付国庆', '金盆岭派出所', null]],
    lawyers: [['姚静', '湖南金岭律师事务所', null]],
  },
]

/** The weekend days (China time) of the ROSTER_WEEKENDS weeks from `now`, soonest first. */
export function weekendDays(now: number): string[] {
  const out: string[] = []
  const first = chinaDay(now)
  for (let i = 0; i < ROSTER_WEEKENDS * 7; i++) {
    const d = addDays(first, i)
    const wd = weekdayOf(d)
    if (wd === 0 || wd === 6) out.push(d)
  }
  return out
}

const person = (kind: 'police' | 'lawyer', [name, org, userId]: Duty): DutyRecord => ({ kind, name, org, userId })

/**
 * Who sits in on the i-th weekend day: at 西牌楼 the police officer, the lawyer or both in turn;
 * every station has a day with nobody and one with only one of them, so "nobody on duty" happens.
 * This is one round of the rota (ROTA_DAYS days): the clock repeats it after (extendRoster).
 */
function rosterOf(s: StationSeed, days: string[], n: number): DutyDayRecord[] {
  return days.map((date, i) => {
    const turn = (i + n) % 4
    const none = i === 7 || i === 13
    const police = !none && turn !== 2 ? person('police', s.police[i % s.police.length]) : null
    const lawyer = !none && turn !== 1 ? person('lawyer', s.lawyers[i % s.lawyers.length]) : null
    return { date, police, lawyer }
  })
}

export function seedStations(db: DisputesDb, now: Date): void {
  const days = weekendDays(now.getTime())
  STATIONS.forEach((s, n) => {
    const rec: StationRecord = { id: s.id, name: s.name, communityId: s.communityId, address: s.address, phone: s.phone, hours: STATION_HOURS, mediatorIds: s.mediatorIds.filter((id) => !!db.users[id]), roster: rosterOf(s, days, n) }
    db.disputeStations.push(rec)
  })
}

export function seedDisputesDomain(db: DisputesDb, now: Date): void {
  seedStations(db, now)
  const ms = now.getTime()
  const u = (id: string) => db.users[id] as UserRecord | undefined
  const zgf = u('res-zgf')
  const ldm = u('res-ldm')
  const csh = u('res-csh')
  const hwq = u('res-hwq')
  const zyl = u('res-zyl')
  const med2 = u('med-xpl-2')
  const medTpj = u('med-tpj')
  if (!zgf || !ldm || !csh || !hwq || !zyl || !med2 || !medTpj) return
  const at = (daysAgo: number, hour: number) => new Date(chinaInstant(chinaDay(ms - daysAgo * DAY), hour))
  const input = (over: Partial<NewDispute> & Pick<NewDispute, 'type' | 'description' | 'stationId'>): NewDispute => ({ wants: '希望双方坐下来把事情说清楚', other: { name: '', phone: '', whereabouts: '同一栋楼' }, photos: [], preferredTimes: '工作日晚上或周末', fromReportId: null, ...over })

  // waiting at 西牌楼 since before the last two working days: the queue's flag shows
  fileDispute(db, input({ type: 'parking', description: '楼下邻居长期把车停在我家车库门口，打电话也不接，早上出不了门。', stationId: 'js-xpl', other: { name: '何先生', phone: '13908410001', whereabouts: '2 栋一单元' } }), ldm, at(5, 10))

  // being mediated at 西牌楼 by the other mediator: the demo mediator must not see it
  const running = fileDispute(db, input({ type: 'noise', description: '楼上每天晚上十一点以后还在拖动家具、跳绳，家里老人睡不好觉。', stationId: 'js-xpl', other: { name: '刘先生', phone: '13508421102', whereabouts: '楼上 1202' } }), zgf, at(9, 9))
  accept(db, running, med2, at(9, 14))
  invite(db, running, med2, at(9, 15))
  answerInvitation(db, running, ldm, true, '', at(8, 20))
  const s = schedule(db, running, med2, { at: at(6, 19).toISOString(), durationMinutes: 60, room: '西牌楼社区解忧小屋调解室', withPolice: false, withLawyer: false }, at(8, 21))
  recordSession(db, running, s, med2, '双方说明了情况：楼上同意晚上十点后不再跳绳，家具加装脚垫；下周再约一次确认效果。', '刘先生家孩子备考，情绪紧张，谈话时注意方式。', at(6, 21))

  // closed at 太平街: sealed, carried out, rated
  const done = fileDispute(db, input({ type: 'leak', description: '楼上卫生间漏水，我家天花板发霉掉灰，墙面也起皮了。', wants: '希望楼上修好防水，赔偿我家刷墙的费用', stationId: 'js-tpj', other: { name: '黄先生', phone: '13508421104', whereabouts: '楼上 602' } }), csh, at(40, 9))
  accept(db, done, medTpj, at(40, 15))
  invite(db, done, medTpj, at(40, 16))
  answerInvitation(db, done, hwq, true, '', at(39, 10))
  const s2 = schedule(db, done, medTpj, { at: at(37, 10).toISOString(), durationMinutes: 90, room: '太平街社区解忧小屋调解室', withPolice: false, withLawyer: false }, at(39, 11))
  recordSession(db, done, s2, medTpj, '经物业查看为卫生间防水层老化，双方同意由楼上修复防水并承担楼下刷墙费用。', '', at(37, 12))
  draftAgreement(db, done, medTpj, { facts: '602 卫生间防水层老化，导致 502 天花板渗水发霉，经物业确认。', obligations: [{ party: 'respondent', what: '修复卫生间防水层', amount: null, dueDate: chinaDay(ms - 30 * DAY), how: '请有资质的维修师傅施工，物业见证' }, { party: 'respondent', what: '赔偿 502 刷墙费用', amount: 800, dueDate: chinaDay(ms - 30 * DAY), how: '微信转账' }] }, at(37, 12))
  confirmAgreement(db, done, csh, 'applicant', at(37, 13))
  confirmAgreement(db, done, hwq, 'respondent', at(37, 14))
  fulfil(db, done, medTpj, 'mediator', 0, true, '上门查看，防水已重做，闭水试验通过', at(29, 10))
  fulfil(db, done, medTpj, 'mediator', 1, true, '申请人确认已收到 800 元', at(29, 10))
  close(db, done, medTpj, '协议全部履行，双方满意', at(29, 11))
  rate(db, done, csh, { rating: 'satisfied', comment: '调解员很耐心' }, at(28, 9))

  // new at 工农桥, within its time
  fileDispute(db, input({ type: 'property', description: '物业收了电梯维修费，电梯坏了一个月还没修好，老人上下楼很困难。', stationId: 'js-gnq', other: { name: '', phone: '', whereabouts: '工农桥小区物业服务中心' } }), zyl, new Date(ms - 2 * HOUR))
}
