// How 志愿积分 reads to people: times in China time, points and hours as words.
import { chinaDay } from '@/utils/calendar'
import { ACTIVITY_STATUS_LABELS, type ActivityStatus, type LedgerEntry, type ParticipantStatus, type Tone } from '@/contract'

export const ACTIVITY_STATUS_TONES: Record<ActivityStatus, Tone> = { open: 'blue', ongoing: 'green', ended: 'grey', cancelled: 'grey' }
export const PARTICIPANT_TONES: Record<ParticipantStatus, Tone> = {
  signed: 'blue',
  waitlisted: 'orange',
  checked_in: 'green',
  checked_out: 'green',
  absent: 'red',
  confirmed: 'purple',
  left: 'grey',
}

export const statusLabel = (s: ActivityStatus) => ACTIVITY_STATUS_LABELS[s]

/** '1.5 小时' */
export const hoursText = (h: number) => `${h} 小时`

/** '+30 分', '−30 分' (a real minus sign, read as such) */
export const signedPoints = (n: number) => (n > 0 ? `+${n} 分` : n < 0 ? `−${-n} 分` : '0 分')

/** What an entry did to the points on hold, if anything: '冻结 30 分' / '解冻 30 分'. */
export function holdText(e: LedgerEntry): string {
  if (e.hold > 0) return `冻结 ${e.hold} 分`
  if (e.hold < 0) return `解冻 ${-e.hold} 分`
  return ''
}

/** '2027年12月31日' from an ISO instant, China time. */
export function longDate(iso: string): string {
  const [y, m, d] = chinaDay(iso).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** '09:41' left of a countdown. */
export function clockLeft(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return `${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`
}
