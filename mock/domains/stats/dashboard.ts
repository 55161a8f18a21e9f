// The community worker's dashboard: the rates of the community, its grids and the district, the
// last eight weeks, the period's categories and the week's hot topics.
import { HOT_TOPIC_MIN, HOT_TOPIC_RISE, REPORT_CATEGORIES, type Dashboard, type Period, type ReportCategory } from '../../../src/contract'
import { chinaDay } from '../../server/china'
import type { ReportRecord } from '../reports/state'
import { periodRange, ratesOf, chinaWeekStart, solvedAtOf, type ScopeRef } from './compute'

const WEEK = 7 * 24 * 3600 * 1000
export const TREND_WEEKS = 8
/** Weeks before this one that a hot topic is measured against. */
export const HOT_TOPIC_WEEKS = 4

/**
 * Weekly counts of one community's reports (filed: every report, as `reported` counts them) and
 * solved tickets, by category for the hot topics: one pass.
 */
export function weeklyOf(reports: readonly ReportRecord[], communityId: string, nowMs: number, period: Period) {
  const thisWeek = chinaWeekStart(nowMs)
  const firstWeek = thisWeek - (TREND_WEEKS - 1) * WEEK
  const starts: string[] = []
  for (let w = 0; w <= TREND_WEEKS; w++) starts.push(new Date(firstWeek + w * WEEK).toISOString())
  const nowIso = new Date(nowMs).toISOString()
  const weekOf = (iso: string): number => {
    if (!iso || iso < starts[0] || iso >= nowIso) return -1
    let w = Math.floor((Date.parse(iso) - firstWeek) / WEEK)
    if (w >= TREND_WEEKS) w = TREND_WEEKS - 1
    return w
  }
  const reported = new Array<number>(TREND_WEEKS).fill(0)
  const solved = new Array<number>(TREND_WEEKS).fill(0)
  const byCat: Record<string, number[]> = Object.create(null)
  for (const c of REPORT_CATEGORIES) byCat[c] = new Array<number>(TREND_WEEKS).fill(0)
  const { from, to } = periodRange(period, nowMs)
  const fromIso = new Date(from).toISOString()
  const toIso = new Date(to).toISOString()
  const top: Record<string, number> = Object.create(null)
  for (const r of reports) {
    if (!r.location || r.location.communityId !== communityId) continue
    const w = weekOf(r.createdAt)
    if (w >= 0) {
      reported[w]++
      if (byCat[r.category]) byCat[r.category][w]++
    }
    const s = weekOf(solvedAtOf(r))
    if (s >= 0) solved[s]++
    if (r.createdAt >= fromIso && r.createdAt < toIso) top[r.category] = (top[r.category] || 0) + 1
  }
  const trend = reported.map((n, w) => ({ week: chinaDay(firstWeek + w * WEEK), reported: n, solved: solved[w] }))
  const topCategories = Object.keys(top)
    .map((c) => ({ category: c as ReportCategory, count: top[c] }))
    .sort((a, b) => b.count - a.count || REPORT_CATEGORIES.indexOf(a.category) - REPORT_CATEGORIES.indexOf(b.category))
  return { trend, topCategories, hotTopics: hotTopicsOf(byCat) }
}

/**
 * This week (the last of the weekly counts) against the average of the HOT_TOPIC_WEEKS before
 * it: hot when it reaches HOT_TOPIC_MIN and (1 + HOT_TOPIC_RISE) times that average.
 */
export function hotTopicsOf(byCat: Record<string, number[]>): Dashboard['hotTopics'] {
  const out: Dashboard['hotTopics'] = []
  for (const c of REPORT_CATEGORIES) {
    const weeks = byCat[c]
    if (!weeks) continue
    const count = weeks[weeks.length - 1]
    let before = 0
    for (let w = weeks.length - 1 - HOT_TOPIC_WEEKS; w < weeks.length - 1; w++) before += weeks[w] || 0
    const baseline = before / HOT_TOPIC_WEEKS
    if (count >= HOT_TOPIC_MIN && count >= (1 + HOT_TOPIC_RISE) * baseline) out.push({ category: c, count, baseline })
  }
  return out.sort((a, b) => b.count - a.count)
}

export function dashboardOf(
  reports: readonly ReportRecord[],
  community: ScopeRef,
  grids: readonly ScopeRef[],
  district: ScopeRef,
  period: Period,
  nowMs: number,
): Dashboard {
  const rates = ratesOf(reports, [community, district, ...grids], period, nowMs)
  const weekly = weeklyOf(reports, community.id, nowMs, period)
  return { period, community: rates[0], district: rates[1], grids: rates.slice(2), ...weekly }
}
