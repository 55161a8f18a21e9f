// How 帮代办's dates, hours and materials read to people. Dates are the server's 'YYYY-MM-DD' in
// China time, so they are read as calendar dates, never through the phone's time zone.
import { WEEKDAY_LABELS, dayText, weekdayOf } from '@/utils/calendar'
import { MATERIAL_FORM_LABELS, MODE_LABELS, hoursText, type BookingMode, type DayHours, type MaterialItem } from '@/contract'

export { WEEKDAY_LABELS, dayText, weekdayOf }

const pad = (n: number) => `${n < 10 ? '0' : ''}${n}`

/** '09:00' */
export const hourText = (hour: number) => `${pad(hour)}:00`

/** '11月25日 周三 09:00–10:00' */
export function slotText(date: string, hour: number): string {
  return `${dayText(date)} ${hourText(hour)}–${hourText(hour + 1)}`
}

/** '身份证 · 原件 1份' */
export function materialText(m: MaterialItem): string {
  return `${m.name} · ${MATERIAL_FORM_LABELS[m.form]} ${m.count}份`
}

/**
 * A week of opening hours, days with the same hours joined: '周一至周五 09:00–12:00、14:00–17:00；
 * 周六、周日 休息'. Monday first, as people read a week.
 */
export function weekHoursText(hours: DayHours[]): string {
  const order = [1, 2, 3, 4, 5, 6, 0]
  const groups: Array<{ days: number[]; text: string }> = []
  for (const d of order) {
    const text = hoursText(hours[d] ?? [])
    const last = groups[groups.length - 1]
    if (last && last.text === text) last.days.push(d)
    else groups.push({ days: [d], text })
  }
  return groups
    .map(({ days, text }) => {
      const names = days.map((d) => WEEKDAY_LABELS[d])
      const span = names.length > 2 ? `${names[0]}至${names[names.length - 1]}` : names.join('、')
      return `${span} ${text}`
    })
    .join('；')
}

/** '医保参保 · 代办' */
export function serviceLine(b: { serviceName: string; mode: BookingMode }): string {
  return `${b.serviceName} · ${MODE_LABELS[b.mode]}`
}
