// 志愿积分 seed: partner merchants with offers, a past activity whose confirmed hours give the
// demo volunteer points, and upcoming activities — made by the domain's own operations.
import { chinaDay, chinaInstant, chinaYear } from '../../server/china'
import { randomHex } from '../../server/crypto'
import { DEMO } from '../auth/seed'
import { ACTIVITY_TYPE_LABELS, MERCHANT_KIND_LABELS, type ActivityType, type MerchantKind } from '../../../src/contract'
import { check, confirmHours, confirmRedemption, publish, redeem, signUp } from './machine'
import type { MerchantRecord, OfferRecord, PointsDb } from './state'

const H = 3600 * 1000

type M = [string, string, MerchantRecord['kind'], string, string, [string, number, number, number][]]
const MERCHANTS: M[] = [
  ['mc-barber', '老杨理发店', 'barber', '碧沙湖社区书院路 12 号', '08:30–20:00', [['理发一次', 100, 20, 1], ['老人修面', 50, 30, 2], ['洗头吹干', 10, 40, 4]]],
  ['mc-breakfast', '刘记米粉早餐店', 'breakfast', '碧沙湖社区白沙路 8 号', '06:30–10:30', [['米粉一碗', 30, 50, 4], ['豆浆油条', 20, 50, 4]]],
  ['mc-pharmacy', '仁和大药房', 'pharmacy', '碧沙湖社区书院路 30 号', '08:00–22:00', [['量血压测血糖', 20, 100, 4], ['口罩一盒', 40, 30, 2]]],
  ['mc-market', '邻家生活超市', 'market', '西牌楼社区天心路 66 号', '07:00–23:00', [['大米 5 斤', 120, 10, 1], ['洗衣液一瓶', 80, 20, 1]]],
  ['mc-laundry', '洁净洗衣坊', 'laundry', '西牌楼社区坡子街 5 号', '09:00–21:00', [['洗衣一件', 60, 30, 2]]],
  ['mc-repair', '师傅家电维修', 'repair', '碧沙湖社区劳动路 18 号', '09:00–18:00', [['上门检测一次', 80, 15, 1]]],
  ['mc-books', '天心书屋', 'books', '西牌楼社区解放西路 99 号', '10:00–21:00', [['借阅卡一月', 50, 40, 1], ['图书 8 折券', 30, 1, 1]]],
  ['mc-photo', '红星照相馆', 'photo', '碧沙湖社区人民路 3 号', '09:00–19:00', [['证件照一版', 60, 25, 1]]],
]

// ---- built-in pictures ----------------------------------------------------------------------
// Like the reports' seed pictures: served from this code by fixed `ph_s…` references (the `s`
// format letter is svg), never written to the photo store, so a reset costs no storage.

const KIND_HUES: Record<MerchantKind, number> = { barber: 200, breakfast: 30, pharmacy: 150, market: 0, laundry: 190, repair: 260, books: 45, photo: 320 }

/** A label tile: a coloured card with the kind in Chinese and a smaller line under it. */
function labelTile(title: string, sub: string, hue: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180">` +
    `<rect width="240" height="180" fill="hsl(${hue},55%,88%)"/>` +
    `<rect x="12" y="12" width="216" height="156" rx="14" fill="hsl(${hue},50%,60%)"/>` +
    `<text x="120" y="100" font-size="40" font-weight="bold" text-anchor="middle" fill="#fff">${title}</text>` +
    `<text x="120" y="140" font-size="16" text-anchor="middle" fill="hsl(${hue},60%,95%)">${sub}</text></svg>`
  )
}

export const offerPhotoOf = (kind: MerchantKind) => `ph_spt${kind}`
export const SEED_COVER_TYPE: ActivityType = 'reading'
export const SEED_COVER = `ph_sptcover${SEED_COVER_TYPE}`

/** Reference → SVG text of the points seed's pictures. */
export const POINTS_SEED_PHOTOS: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {}
  for (const kind of Object.keys(KIND_HUES) as MerchantKind[]) out[offerPhotoOf(kind)] = labelTile(MERCHANT_KIND_LABELS[kind], '志愿积分兑换', KIND_HUES[kind])
  out[SEED_COVER] = labelTile(ACTIVITY_TYPE_LABELS[SEED_COVER_TYPE], '邻里志愿服务', 100)
  return out
})()

export function seedPointsDomain(db: PointsDb, now: Date): void {
  const ms = now.getTime()
  // random, not derived from the seed time: a key anyone could recompute would sign anyone's code
  db.pointsSecret = randomHex(32)
  db.pointsExpiredYear = chinaYear(ms) - 2
  const from = chinaDay(ms - 30 * 24 * H)
  const to = `${chinaYear(ms) + 1}-06-30`
  for (const [id, name, kind, address, hours, offers] of MERCHANTS) {
    db.merchants.push({ id, name, kind, address, hours, userIds: id === 'mc-barber' ? [DEMO.merchant] : [] })
    offers.forEach(([title, points, stock, monthlyLimit], i) => {
      const o: OfferRecord = { id: `of-${id.slice(3)}-${i + 1}`, merchantId: id, title, points, stock, monthlyLimit, validFrom: from, validTo: to, paused: false, photo: offerPhotoOf(kind) }
      db.offers.push(o)
    })
  }
  const org = db.users[DEMO.organiser]
  const vol = db.users[DEMO.volunteer]
  const res = db.users[DEMO.resident]
  if (!org || !vol) return
  const iso = (t: number) => new Date(t).toISOString()
  // a past activity: published, signed up and attended a week ago, confirmed after
  const past = new Date(ms - 8 * 24 * H)
  const a = publish(db, { title: '重阳节敬老院陪伴', type: 'elder', place: '西牌楼社区养老服务站', start: iso(ms - 7 * 24 * H), end: iso(ms - 7 * 24 * H + 3 * H), capacity: 10, pointsPerHour: 10, bring: '' }, org, past)
  signUp(db, a, vol, false, past)
  if (res) signUp(db, a, res, false, past)
  const t = Date.parse(a.start)
  check(a, vol, 'in', t - 10 * 60000)
  check(a, vol, 'out', t + 3 * H - 5 * 60000)
  confirmHours(db, a, org, { volunteerId: vol.id }, new Date(t + 4 * H))
  if (res) {
    check(a, res, 'in', t)
    check(a, res, 'out', t + 2 * H)
    confirmHours(db, a, org, { volunteerId: res.id }, new Date(t + 4 * H))
  }
  // upcoming
  const day = (d: number, h: number) => iso(chinaInstant(chinaDay(ms + d * 24 * H), h))
  const b = publish(db, { title: '小区垃圾分类桶边值守', type: 'sorting', place: '西牌楼社区 3 栋垃圾分类亭', start: day(2, 7), end: day(2, 9), capacity: 4, pointsPerHour: 10, bring: '手套' }, org, now)
  signUp(db, b, vol, false, now)
  publish(db, { title: '周末读书会：一起读《乡土中国》', type: SEED_COVER_TYPE, place: '西牌楼社区书院', start: day(5, 14), end: day(5, 16), capacity: 15, pointsPerHour: 10, bring: '', cover: SEED_COVER }, org, now)
  publish(db, { title: '背街小巷环境整治', type: 'clean', place: '坡子街沿线', start: day(9, 9), end: day(9, 12), capacity: 2, pointsPerHour: 12, bring: '扫帚、垃圾袋' }, org, now)

  // a month ago: an older activity whose points two residents spent at 老杨理发店, so the shop's
  // workbench has a month of history from the start (within the offers' validity, which began 30
  // days before the seed)
  const zgf = db.users['res-zgf']
  const ldm = db.users['res-ldm']
  if (!zgf || !ldm) return
  const oldStart = ms - 40 * 24 * H
  const old = publish(db, { title: '楼道杂物清理', type: 'clean', place: '西牌楼社区各楼栋', start: iso(oldStart), end: iso(oldStart + 5 * H), capacity: 10, pointsPerHour: 10, bring: '手套' }, org, new Date(oldStart - 3 * 24 * H))
  for (const [u, hours] of [[zgf, 5], [ldm, 3]] as const) {
    signUp(db, old, u, false, new Date(oldStart - 2 * 24 * H))
    check(old, u, 'in', oldStart)
    check(old, u, 'out', oldStart + hours * H)
    confirmHours(db, old, org, { volunteerId: u.id }, new Date(oldStart + 6 * H))
  }
  const spend = (u: typeof zgf, offerId: string, at: number) => {
    const o = db.offers.find((x) => x.id === offerId)
    if (!o) return
    const r = redeem(db, o, u, new Date(at))
    // shown at the counter, then confirmed, as the merchant's verify page does it
    r.verifiedAt = iso(at + 60e3)
    confirmRedemption(db, r, new Date(at + 2 * 60e3))
  }
  spend(zgf, 'of-barber-2', ms - 28 * 24 * H + 2 * H)
  spend(ldm, 'of-barber-3', ms - 27 * 24 * H + 3 * H)
  spend(ldm, 'of-barber-3', ms - 26 * 24 * H + 5 * H)
}
