import { Text, View } from '@tarojs/components'
import { ACTIVITY_TYPE_LABELS, PARTICIPANT_STATUS_LABELS, type ActivitySummary } from '@/contract'
import { ListItem } from '@/components/ui/ListItem'
import { StatusTag, Tag } from '@/components/ui/StatusTag'
import { navigate } from '@/services/nav'
import { spanText } from '@/utils/calendar'
import { ACTIVITY_STATUS_TONES, PARTICIPANT_TONES, statusLabel } from '../../format'

/** One activity as a row: what, when, where, places left; opens `link`. */
export function ActivityRow({ a, link }: { a: ActivitySummary; link: string }) {
  const left = Math.max(0, a.capacity - a.signed)
  return (
    <ListItem data-testid='activity-row' onClick={() => navigate(link)}>
      <View className='points-row__head'>
        <Text className='points-row__title'>{a.title}</Text>
        <StatusTag label={statusLabel(a.status)} tone={ACTIVITY_STATUS_TONES[a.status]} status={a.status} />
      </View>
      <Text className='points-meta'>{spanText(a.start, a.end)}</Text>
      <Text className='points-meta'>{`${a.place} · ${a.communityName}`}</Text>
      <View className='points-row__tags'>
        <Tag tone='blue'>{ACTIVITY_TYPE_LABELS[a.type]}</Tag>
        {a.mine && <Tag tone={PARTICIPANT_TONES[a.mine]}>{PARTICIPANT_STATUS_LABELS[a.mine]}</Tag>}
        <Text className='points-meta'>
          {`每小时 ${a.pointsPerHour} 分 · ${a.status === 'open' ? (left ? `还剩 ${left} 个名额` : `已满${a.waitlisted ? `，候补 ${a.waitlisted} 人` : ''}`) : `${a.signed} 人参加`}`}
        </Text>
      </View>
    </ListItem>
  )
}
