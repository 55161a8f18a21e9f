import { View } from '@tarojs/components'
import type { Activity, Participant } from '@/contract'
import { Empty } from '@/components/ui/Empty'
import { Section } from '@/components/ui/Section'
import { ParticipantCard, todoOf } from './ParticipantCard'
import './organiser.scss'

interface Props {
  activity: Activity
  onChange: (a: Activity) => void
}

// who needs the organiser now comes first (a correction, hours to confirm, a no-show to mark);
// the waitlist last; otherwise the order they signed up in
const rank = (a: Activity, p: Participant) => {
  const t = todoOf(a, p)
  if (t.answer) return 0
  if (t.confirm) return 1
  if (t.absent) return 2
  return p.status === 'waitlisted' ? 4 : 3
}

/** 签到与时长: every volunteer of the activity with what to do for them. */
export function AttendanceList({ activity: a, onChange }: Props) {
  const list = (a.participants ?? [])
    .map((p, i) => ({ p, i }))
    .sort((x, y) => rank(a, x.p) - rank(a, y.p) || x.i - y.i)
    .map((x) => x.p)
  return (
    <Section title='签到与时长'>
      {!list.length && <Empty text='还没有志愿者报名' />}
      <View className='points-people'>
        {list.map((p) => (
          <ParticipantCard key={p.userId} activity={a} participant={p} onChange={onChange} />
        ))}
      </View>
    </Section>
  )
}
