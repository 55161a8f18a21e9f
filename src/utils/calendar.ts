// Calendar dates and clock times as people in the district read them: China time (UTC+8, no
// daylight saving), whatever the phone's time zone.
export const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

const CHINA_OFFSET_MS = 8 * 3600 * 1000
const pad = (n: number) => `${n < 10 ? '0' : ''}${n}`

/** 0 = Sunday … 6 = Saturday of a 'YYYY-MM-DD' calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** '11月25日 周三' */
export function dayText(date: string, weekday: number = weekdayOf(date)): string {
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日 ${WEEKDAY_LABELS[weekday] ?? ''}`.trim()
}

/** An instant's China calendar date, 'YYYY-MM-DD'. */
export function chinaDate(iso: string | number): string {
  const t = new Date((typeof iso === 'number' ? iso : Date.parse(iso)) + CHINA_OFFSET_MS)
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** An instant's China clock time, 'HH:mm'. */
export function chinaClock(iso: string | number): string {
  const t = new Date((typeof iso === 'number' ? iso : Date.parse(iso)) + CHINA_OFFSET_MS)
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}

/** '11月25日 周三 07:00–09:00' (the end's date too when it is another day). */
export function spanText(start: string, end: string): string {
  const d0 = chinaDate(start)
  const d1 = chinaDate(end)
  return `${dayText(d0)} ${chinaClock(start)}–${d1 === d0 ? '' : `${dayText(d1)} `}${chinaClock(end)}`
}

/** '11月25日 周三 07:00' */
export function momentText(iso: string | number): string {
  return `${dayText(chinaDate(iso))} ${chinaClock(iso)}`
}

/** The instant a China-time date and clock name, as the server takes it; '' while either is missing. */
export function toChinaIso(date: string, time: string): string {
  return date && time ? `${date}T${time}:00+08:00` : ''
}
