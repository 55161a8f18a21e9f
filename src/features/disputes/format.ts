// How 解忧小屋 reads to the parties: dates in China time, obligations and duty as sentences, the
// case's next step in plain words.
import {
  CASE_TARGET_DAYS,
  DISPUTE_GATES,
  DISPUTE_GATE_LABELS,
  INVITATION_DAYS,
  REFERRAL_LABELS,
  type Dispute,
  type DisputeRelation,
  type DutyDay,
  type DutyPerson,
  type MediationSession,
  type Obligation,
} from '@/contract'
import type { Step } from '@/components/ui/Steps'
import { chinaDay, dayText, momentText, spanText, weekdayOf } from '@/utils/calendar'

const DAY_MS = 24 * 3600 * 1000

export const RELATION_LABELS: Record<DisputeRelation, string> = { applicant: '申请人', respondent: '对方当事人', mediator: '调解员' }

/** A Saturday or Sunday ('YYYY-MM-DD', China calendar): the days a 民警 or 律师 sits in. */
export function isWeekend(date: string): boolean {
  const w = weekdayOf(date)
  return w === 0 || w === 6
}

/** '11月28日 周六 09:00–10:00' */
export const sessionTime = (s: Pick<MediationSession, 'at' | 'durationMinutes'>) =>
  spanText(s.at, new Date(Date.parse(s.at) + s.durationMinutes * 60_000).toISOString())

/** '民警 张伟（西牌楼派出所）' */
export const dutyPersonText = (p: DutyPerson) => `${p.kind === 'police' ? '民警' : '律师'} ${p.name}（${p.org}）`

/** '11月28日 周六：民警 张伟（西牌楼派出所）、律师 …' */
export function dutyDayText(d: DutyDay): string {
  const who = [d.police, d.lawyer].filter((p): p is DutyPerson => !!p).map(dutyPersonText)
  return `${dayText(d.date)}：${who.length ? who.join('、') : '调解员值班，无民警、律师坐堂'}`
}

/** A short hint for a station chip: which weekend days have a 民警 or 律师. */
export function dutyHint(roster: DutyDay[]): string {
  const days = roster.filter((d) => d.police || d.lawyer).slice(0, 2)
  if (!days.length) return '周末无民警、律师坐堂'
  return days.map((d) => `${dayText(d.date)}${[d.police && '民警', d.lawyer && '律师'].filter(Boolean).join('、')}`).join('；')
}

/** Who owes an obligation, from the reader's side: '您' for their own. */
export function obligorText(o: Obligation, me: DisputeRelation): string {
  return o.party === me ? '您' : RELATION_LABELS[o.party]
}

/** '1200 元' */
export const yuanText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)} 元`

/** The calendar day of a 'YYYY-MM-DD' or an ISO instant: '12月20日 周日'. */
export const dateText = (d: string) => dayText(d.length === 10 ? d : chinaDay(d))

/**
 * Calendar days (China time) from `now` to `iso`, never below 0: sealed on 28 Nov with a deadline
 * of 28 Dec is 30 days left all that day (a clock a second behind must not make it 31).
 */
export function daysLeft(iso: string, now: number): number {
  return Math.max(0, Math.round((Date.parse(chinaDay(iso)) - Date.parse(chinaDay(now))) / DAY_MS))
}

/**
 * '第 5 天 · 通常 30 天内办结' while open (past the target: '第 31 天 · 已超过 30 天'); '共用时 12 天'
 * once it ended. The server counts whole days since filing from 0; people count the filing day as the first.
 */
export function dayCountText(d: Pick<Dispute, 'status' | 'days'>): string {
  const day = Math.max(1, d.days + (d.status === 'closed' || d.status === 'referred' ? 0 : 1))
  if (d.status === 'closed' || d.status === 'referred') return `共用时 ${day} 天`
  return day > CASE_TARGET_DAYS ? `第 ${day} 天 · 已超过 ${CASE_TARGET_DAYS} 天` : `第 ${day} 天 · 通常 ${CASE_TARGET_DAYS} 天内办结`
}

/** The gates as steps: passed ones with their time and actor, the first open one current. */
export function gateSteps(d: Dispute): Step[] {
  let current = false
  return DISPUTE_GATES.map((gate) => {
    const g = d.gates.find((x) => x.gate === gate)
    const done = !!g?.at
    const state: Step['state'] = done ? 'done' : current ? 'waiting' : 'current'
    if (!done) current = true
    let label = DISPUTE_GATE_LABELS[gate]
    if (gate === 'outcome' && done) label = d.referral ? '转介' : '协议'
    return { key: gate, label, state, at: done ? g?.at ?? undefined : undefined, actorName: done ? g?.by || undefined : undefined }
  })
}

/** What happens next, said to the party reading it. */
export function nextStepText(d: Dispute): string {
  const applicant = d.relation === 'applicant'
  const upcoming = d.sessions.filter((s) => !s.recordedAt).sort((a, b) => a.at.localeCompare(b.at))[0]
  switch (d.status) {
    case 'filed':
      return '申请已提交，等待解忧小屋的调解员受理，通常 2 个工作日内。受理后会发消息给您。'
    case 'accepted':
      return applicant
        ? '调解员已受理。下一步请邀请对方：把邀请码或二维码交给对方，对方同意后就安排调解。'
        : '调解员已受理，正在邀请对方。'
    case 'inviting':
      return applicant
        ? `已邀请对方，等对方同意。邀请码 ${INVITATION_DAYS} 天内有效，只能用一次；过期或丢了可以重新生成。`
        : '等待对方答复是否同意调解。'
    case 'mediating':
      if (d.agreement && !d.agreement.sealedAt) {
        const mine = d.relation === 'applicant' || d.relation === 'respondent' ? d.agreement.confirmedAt[d.relation] : null
        return mine ? '您已确认协议，等另一方确认。双方都确认后协议生效。' : '调解员已起草协议。请仔细看一遍：同意就点“确认协议”，有不同意见就提出修改。'
      }
      if (upcoming) return `双方已同意调解。调解时间：${momentText(upcoming.at)}，地点：${upcoming.room}。请按时到场，带上相关材料。`
      return '双方已同意调解。调解员会和您约定调解时间，约好后会发消息给您。'
    case 'fulfilling':
      return '协议已生效。请按协议约定的时间履行；调解员会回访每一项的履行情况。'
    case 'referred':
      if (d.respondentAgreed === false) return `对方不同意调解，这次没能调解。${d.referral ? `可以到${REFERRAL_LABELS[d.referral.to]}寻求帮助，见下面的说明。` : ''}`
      return d.referral ? `这件事没能在这里调解成，已转介到${REFERRAL_LABELS[d.referral.to]}。请按下面的说明去办理。` : '这件事已转介到其他部门。'
    case 'closed':
      return d.rating || !d.can.includes('rate') ? '已结案。感谢您的配合。' : '已结案。请您评价这次调解。'
  }
}
