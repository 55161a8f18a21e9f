// How the community's figures read to people: rates as percents, hours, weeks, and each rate's
// formula in plain Chinese (published next to the number, so nobody has to take it on trust).
import { CATEGORY_INFO, type Dashboard, type Rates } from '@/contract'

/** '90.1%' from 0.901; '—' when there was nothing to count (the server sends null). */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** The width of a bar for a rate, '0%'…'100%' (a missing rate draws none). */
export function barWidth(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '0%'
  return `${Math.max(0, Math.min(100, rate * 100))}%`
}

/** '3.5 小时', '—' for a gate nothing passed. */
export function hoursText(h: number | null | undefined): string {
  if (h === null || h === undefined || !Number.isFinite(h)) return '—'
  return `${Math.round(h * 10) / 10} 小时`
}

export type RateKey = 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'onTimeRate'

export interface RateInfo {
  key: RateKey
  label: string
  /** the formula as the page prints it */
  formula: string
  /** numerator and denominator out of the counts, shown beside the percent */
  parts: (c: Rates['counts']) => [number, number]
}

export const RATE_INFO: readonly RateInfo[] = [
  {
    key: 'responseRate',
    label: '响应率',
    formula: '响应率 = 派发后24小时内接单的件数 ÷ 本期派发的件数',
    parts: (c) => [c.respondedIn24h, c.dispatched],
  },
  {
    key: 'resolutionRate',
    label: '解决率',
    formula: '解决率 = 已解决的件数（居民评为满意或基本满意，或回访后未评价办结）÷ 本期应办结的件数（办理时限在本期内，或在本期办结）',
    parts: (c) => [c.solved, c.due],
  },
  {
    key: 'satisfactionRate',
    label: '满意率',
    formula: '满意率 = 评为满意和基本满意的件数 ÷ 本期评价的件数',
    parts: (c) => [c.satisfied, c.rated],
  },
  {
    key: 'onTimeRate',
    label: '按时办结率',
    formula: '按时办结率 = 在办理时限前办完的件数 ÷ 本期办完的件数',
    parts: (c) => [c.handledOnTime, c.handled],
  },
]

/** Why some tickets count in 反映 only. */
export const RATES_NOTE = '居民撤回的和转到解忧小屋的事项只计入反映件数，不计入四项比率。没有可计算的事项时显示“—”。'

/** '11月2日' for a week starting on a 'YYYY-MM-DD' Monday. */
export function weekText(week: string): string {
  const [, m, d] = week.slice(0, 10).split('-').map(Number)
  return `${m}月${d}日`
}

/** '2026年11月' from 'YYYY-MM'. */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

/** A hot topic as the notice says it: 本周乱停车类反映 8 件，比前四周平均（每周 3 件）多 167%。 */
export function hotTopicText(h: Dashboard['hotTopics'][number]): string {
  const label = CATEGORY_INFO[h.category]?.label ?? h.category
  const base = Math.round(h.baseline * 10) / 10
  if (h.baseline <= 0) return `本周${label}类反映 ${h.count} 件，前四周没有这类反映。`
  const rise = Math.round(((h.count - h.baseline) / h.baseline) * 100)
  return `本周${label}类反映 ${h.count} 件，比前四周平均（每周 ${base} 件）多 ${rise}%。`
}

/** A map tile's level by its open items; the legend names each, so colour is never the only sign. */
export const OPEN_LEVELS = [
  { key: 'none', max: 0, label: '无未办结' },
  { key: 'few', max: 3, label: '1–3 件' },
  { key: 'some', max: 9, label: '4–9 件' },
  { key: 'many', max: Infinity, label: '10 件及以上' },
] as const
export type OpenLevel = (typeof OPEN_LEVELS)[number]['key']

export function openLevel(open: number): OpenLevel {
  return (OPEN_LEVELS.find((l) => open <= l.max) ?? OPEN_LEVELS[OPEN_LEVELS.length - 1]).key
}

/** '西牌楼社区第一网格' → '第一网格' inside its community's column. */
export function shortGridName(name: string, community: string): string {
  return name.startsWith(community) && name.length > community.length ? name.slice(community.length) : name
}
