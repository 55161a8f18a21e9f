// Activity times are China time whatever the phone's time zone, as the server reads them: the
// form sends `…+08:00` and every time shown here is China time.
const CN = 8 * 3600 * 1000
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** 'YYYY-MM-DD' and 'HH:mm' in China time; empty for a bad input. */
export function chinaParts(iso: string | number): { date: string; time: string } {
  const t = typeof iso === 'number' ? iso : Date.parse(iso)
  if (Number.isNaN(t)) return { date: '', time: '' }
  const s = new Date(t + CN).toISOString()
  return { date: s.slice(0, 10), time: s.slice(11, 16) }
}

/** The ISO time the server takes, or '' while either part is missing (the schema then names it). */
export function toIso(date: string, time: string): string {
  return date && time ? `${date}T${time}:00+08:00` : ''
}

/** '11月25日（周三）09:00' */
export function dayTime(iso: string | number): string {
  const t = typeof iso === 'number' ? iso : Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const d = new Date(t + CN)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（周${WEEKDAYS[d.getUTCDay()]}）${chinaParts(t).time}`
}

/** '11月25日（周三）09:00–11:00', naming the end's day too when it differs. */
export function span(start: string, end: string): string {
  const a = chinaParts(start)
  const b = chinaParts(end)
  return `${dayTime(start)}–${a.date === b.date ? b.time : dayTime(end)}`
}

/** 'HH:mm' in China time, '—' for none. */
export function clock(iso: string | null): string {
  return iso ? chinaParts(iso).time : '—'
}

/** 0.5 → '0.5', 2 → '2' */
export const hoursText = (h: number) => String(h)

/** 0, 0.5, 1 … up to `max` hours. */
export function halfHours(max: number): number[] {
  const out: number[] = []
  for (let h = 0; h <= max + 1e-9; h += 0.5) out.push(h)
  return out
}
