import { Text, View } from '@tarojs/components'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, type Activity } from '@/contract'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { spanText } from '@/utils/calendar'
import { ACTIVITY_STATUS_TONES as TONES } from '../../format'
import './organiser.scss'


/** How many signed up, checked in and out, or did not come. */
export function countsOf(a: Activity) {
  const list = a.participants ?? []
  return {
    signed: a.signed,
    waitlisted: a.waitlisted,
    checkedIn: list.filter((p) => !!p.checkInAt).length,
    checkedOut: list.filter((p) => !!p.checkOutAt).length,
    absent: list.filter((p) => p.status === 'absent').length,
  }
}

/** The activity in one look: what, when, where, and the numbers the organiser counts on the day. */
export function ActivityHead({ activity: a }: { activity: Activity }) {
  const c = countsOf(a)
  const stats: [string, string][] = [
    ['报名', `${c.signed}/${a.capacity}`],
    ['签到', String(c.checkedIn)],
    ['签退', String(c.checkedOut)],
    ['缺席', String(c.absent)],
  ]
  return (
    <Section title={a.title}>
      <View className='points-head' data-testid='activity-head'>
        <View className='points-head__tags'>
          <StatusTag label={ACTIVITY_STATUS_LABELS[a.status]} tone={TONES[a.status]} status={a.status} />
          <Text className='points-head__type'>{ACTIVITY_TYPE_LABELS[a.type]}</Text>
        </View>
        <Text>{`时间：${spanText(a.start, a.end)}`}</Text>
        <Text>{`地点：${a.place}`}</Text>
        <Text>{`每小时 ${a.pointsPerHour} 积分${a.bring ? ` · 需携带：${a.bring}` : ''}`}</Text>
        {a.status === 'cancelled' && <Text className='points-head__cancelled'>{`已取消：${a.cancelReason}`}</Text>}
        <View className='points-head__stats'>
          {stats.map(([label, value]) => (
            <View key={label} className='points-head__stat' data-testid={`count-${label}`}>
              <Text className='points-head__value'>{value}</Text>
              <Text className='points-head__label'>{label}</Text>
            </View>
          ))}
        </View>
        {c.waitlisted > 0 && <Text className='points-head__muted'>{`另有 ${c.waitlisted} 人候补，有人退出时按顺序递补`}</Text>}
      </View>
    </Section>
  )
}
