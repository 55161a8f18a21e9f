import { CASE_TARGET_DAYS, type DutyPerson, type MediationSession } from '@/contract'
import { chinaClock, chinaDate, dayText, weekdayOf } from '@/utils/calendar'

export const PARTY_LABELS = { applicant: '申请人', respondent: '对方' } as const

/** '第 12 天（目标 30 天内）': the server counts whole days since filing from 0, people count the filing day as the first. */
export function dayCountText(days: number): string {
  const n = Math.max(1, days + 1)
  return n > CASE_TARGET_DAYS ? `第 ${n} 天（已超过 ${CASE_TARGET_DAYS} 天）` : `第 ${n} 天（目标 ${CASE_TARGET_DAYS} 天内）`
}

export function dutyText(p: DutyPerson): string {
  return `${p.kind === 'police' ? '民警' : '律师'} ${p.name}（${p.org}）`
}

/** '11月28日 周六 09:00–10:00' */
export function sessionTime(s: Pick<MediationSession, 'at' | 'durationMinutes'>): string {
  const end = Date.parse(s.at) + s.durationMinutes * 60_000
  return `${dayText(chinaDate(s.at))} ${chinaClock(s.at)}–${chinaClock(end)}`
}

/** A Saturday or Sunday ('YYYY-MM-DD', China calendar). */
export function isWeekend(date: string): boolean {
  const w = weekdayOf(date)
  return w === 0 || w === 6
}

export function yuan(n: number | null): string {
  return n === null ? '' : `${n.toLocaleString('zh-CN')} 元`
}
