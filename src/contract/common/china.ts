// China time (UTC+8, no daylight saving) is the API's calendar: a date on the wire ('YYYY-MM-DD')
// is a day in the district, whatever the phone's or the server's time zone. One copy of the
// primitives, for the client's formatting and the server's day boundaries alike.

export const CHINA_OFFSET_MS = 8 * 3600 * 1000

const pad = (n: number) => `${n < 10 ? '0' : ''}${n}`
const shifted = (at: string | number) => new Date((typeof at === 'number' ? at : Date.parse(at)) + CHINA_OFFSET_MS)

/** An instant's China calendar date, 'YYYY-MM-DD'. */
export function chinaDay(at: string | number): string {
  const t = shifted(at)
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** An instant's China clock time, 'HH:mm'. */
export function chinaClock(at: string | number): string {
  const t = shifted(at)
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}

/** 0 = Sunday … 6 = Saturday of a 'YYYY-MM-DD' calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}
