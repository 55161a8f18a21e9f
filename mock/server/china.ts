// China time (UTC+8, no daylight saving): the residents' days, months and years. The one copy
// every domain reads them from, so a day boundary is the same day boundary everywhere.
import { CHINA_OFFSET_MS, chinaClock, chinaDay, weekdayOf, type Iso } from '../../src/contract'

export { CHINA_OFFSET_MS, chinaClock, chinaDay, weekdayOf }

const HOUR = 3600 * 1000

/** 'YYYYMMDD' of an instant, China time (ticket and booking numbers). */
export const chinaDayCompact = (iso: Iso): string => chinaDay(Date.parse(iso)).replace(/-/g, '')

/** 'YYYY-MM' of an instant, China time. */
export const chinaMonth = (ms: number): string => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 7)

export const chinaYear = (ms: number): number => new Date(ms + CHINA_OFFSET_MS).getUTCFullYear()

/** 'MM-DD HH:mm' of an instant, China time. */
export const chinaDayTime = (iso: Iso): string => `${chinaDay(iso).slice(5)} ${chinaClock(iso)}`

/** The instant `hour`:00 China time on 'YYYY-MM-DD'. */
export const chinaInstant = (date: string, hour: number): number => Date.parse(`${date}T00:00:00Z`) + hour * HOUR - CHINA_OFFSET_MS

/** 00:00 China time on 1 January of a year. */
export const chinaYearStart = (year: number): number => Date.UTC(year, 0, 1) - CHINA_OFFSET_MS
