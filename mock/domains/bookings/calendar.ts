// The working-day calendar (China time): Monday to Friday, less the public holidays, plus the
// 调休 weekend days that are worked instead.
//
// Sources: the State Council General Office's notices on holiday arrangements (国务院办公厅关于
// 部分节假日安排的通知). 2026: the notice of 4 Nov 2025 (元旦 1.1–3, 1.4 上班; 春节 2.15–23,
// 2.14 and 2.28 上班; 清明 4.4–6; 劳动节 5.1–5, 5.9 上班; 端午 6.19–21; 中秋 9.25–27; 国庆
// 10.1–7, 9.20 and 10.10 上班).
// 2027: NOT PUBLISHED when this was written (the notice usually comes out in November of the
// year before). The dates below are an estimate from the lunar calendar (除夕 2.5, 清明 4.5, 端午
// 6.9, 中秋 9.15) and the recent pattern of the notices; replace them when the notice is out.
// Outside 2026–2027 only weekends are known.
import { chinaDay, chinaInstant, weekdayOf } from '../../server/china'

export { chinaDay, weekdayOf }

/** year → days off on top of weekends ('MMDD' or 'MMDD-MMDD'). */
const OFF: Record<string, string> = {
  2026: '0101-0103 0215-0223 0404-0406 0501-0505 0619-0621 0925-0927 1001-1007',
  2027: '0101-0103 0205-0213 0403-0405 0501-0505 0609 0915 1001-1007',
}
/** year → weekend days that are worked (调休). */
const WORK: Record<string, string> = {
  2026: '0104 0214 0228 0509 0920 1010',
  2027: '0131 0220 0508 0926 1009',
}

const HOUR = 3600e3
const DAY = 24 * HOUR

/** 'YYYYMMDD' → true; built once. */
let off: Record<string, true> | null = null
let work: Record<string, true> | null = null

function expand(table: Record<string, string>): Record<string, true> {
  const out: Record<string, true> = {}
  for (const year of Object.keys(table)) {
    for (const part of table[year].split(' ')) {
      const [a, b] = part.split('-')
      const from = Date.UTC(+year, +a.slice(0, 2) - 1, +a.slice(2))
      const to = b ? Date.UTC(+year, +b.slice(0, 2) - 1, +b.slice(2)) : from
      for (let t = from; t <= to; t += DAY) out[new Date(t).toISOString().slice(0, 10)] = true
    }
  }
  return out
}


/** The instant `hour`:00 China time on `date`. */
export const instantOf = chinaInstant

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
}

/** Why a day is not worked ('周末', '法定节假日'), or '' for a working day. */
export function dayOffReason(date: string): string {
  if (!off || !work) {
    off = expand(OFF)
    work = expand(WORK)
  }
  if (work[date]) return ''
  if (off[date]) return '法定节假日'
  const wd = weekdayOf(date)
  return wd === 0 || wd === 6 ? '周末' : ''
}

export function isWorkday(date: string): boolean {
  return !dayOffReason(date)
}

/** The first `n` working days after `date` (not counting it). */
export function workdaysAfter(date: string, n: number): string[] {
  const out: string[] = []
  for (let d = addDays(date, 1); out.length < n; d = addDays(d, 1)) if (isWorkday(d)) out.push(d)
  return out
}

/** 'M月D日' */
export function dayText(date: string): string {
  return `${+date.slice(5, 7)}月${+date.slice(8, 10)}日`
}
