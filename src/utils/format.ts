// Dates for people: dayjs with the zh-cn locale.
import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'

dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

type DateInput = string | number | Date

/** 'MM-DD HH:mm', or 'YYYY-MM-DD HH:mm' when not in the current year. Empty for bad input. */
export function formatTime(iso: DateInput | null | undefined, now: DateInput = Date.now()): string {
  if (iso === null || iso === undefined || iso === '') return ''
  const d = dayjs(iso)
  if (!d.isValid()) return ''
  return d.year() === dayjs(now).year() ? d.format('MM-DD HH:mm') : d.format('YYYY-MM-DD HH:mm')
}

/** '3小时前', '几秒前', '2天前' (no spaces, as Chinese UI writes it). */
export function fromNow(iso: DateInput | null | undefined, now: DateInput = Date.now()): string {
  if (iso === null || iso === undefined || iso === '') return ''
  const d = dayjs(iso)
  if (!d.isValid()) return ''
  const n = dayjs(now)
  // A clock a little ahead of ours is still "just now", not "in a few seconds".
  const t = d.isAfter(n) && d.diff(n, 'minute') < 1 ? n : d
  return t.from(n).replace(/\s+/g, '')
}

function span(minutes: number): string {
  if (minutes < 60) return `${Math.max(1, minutes)} 分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时`
  const days = Math.floor(hours / 24)
  const rest = hours % 24
  return rest ? `${days} 天 ${rest} 小时` : `${days} 天`
}

/** '剩余 5 小时' before the deadline, '已超时 2 小时' after it. */
export function formatDeadline(iso: DateInput | null | undefined, now: DateInput = Date.now()): string {
  if (iso === null || iso === undefined || iso === '') return ''
  const d = dayjs(iso)
  if (!d.isValid()) return ''
  const diffMin = Math.floor(Math.abs(d.diff(dayjs(now), 'second')) / 60)
  return d.isAfter(dayjs(now)) ? `剩余 ${span(diffMin)}` : `已超时 ${span(diffMin)}`
}
