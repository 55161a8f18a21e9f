// Calendar dates and clock times as people in the district read them: China time (UTC+8, no
// daylight saving), whatever the phone's time zone.
import { chinaClock, chinaDay, weekdayOf } from '@/contract'

export { chinaClock, chinaDay, weekdayOf }

export const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

/** '11月25日 周三' */
export function dayText(date: string, weekday: number = weekdayOf(date)): string {
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日 ${WEEKDAY_LABELS[weekday] ?? ''}`.trim()
}

/** '11月25日 周三 07:00–09:00' (the end's date too when it is another day). */
export function spanText(start: string, end: string): string {
  const d0 = chinaDay(start)
  const d1 = chinaDay(end)
  return `${dayText(d0)} ${chinaClock(start)}–${d1 === d0 ? '' : `${dayText(d1)} `}${chinaClock(end)}`
}

/** '11月25日 周三 07:00' */
export function momentText(iso: string | number): string {
  return `${dayText(chinaDay(iso))} ${chinaClock(iso)}`
}

/** The instant a China-time date and clock name, as the server takes it; '' while either is missing. */
export function toChinaIso(date: string, time: string): string {
  return date && time ? `${date}T${time}:00+08:00` : ''
}
