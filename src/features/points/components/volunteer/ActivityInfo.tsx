import { Text, View } from '@tarojs/components'
import { ACTIVITY_TYPE_LABELS, type Activity } from '@/contract'
import { role } from '@/components/ui/a11y'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { StatusTag, Tag } from '@/components/ui/StatusTag'
import { spanText } from '@/utils/calendar'
import { ACTIVITY_STATUS_TONES, statusLabel } from '../../format'

/** An activity's facts, as a volunteer decides by them. */
export function ActivityInfo({ a }: { a: Activity }) {
  return (
    <View className='points-info' data-testid='activity-info'>
      <View className='points-row__head'>
        <Text className='points-info__title' {...role('heading')} aria-level={2}>
          {a.title}
        </Text>
        <StatusTag label={statusLabel(a.status)} tone={ACTIVITY_STATUS_TONES[a.status]} status={a.status} />
      </View>
      {a.cover && <PhotoGrid photos={[a.cover]} label={`${a.title}的封面`} />}
      <View className='points-row__tags'>
        <Tag tone='blue'>{ACTIVITY_TYPE_LABELS[a.type]}</Tag>
      </View>
      <Text className='points-info__line'>{`时间：${spanText(a.start, a.end)}`}</Text>
      <Text className='points-info__line'>{`地点：${a.place}（${a.communityName}）`}</Text>
      <Text className='points-info__line'>{`积分：每服务 1 小时 ${a.pointsPerHour} 分，按组织者确认的时长计`}</Text>
      <Text className='points-info__line'>{`名额：${a.signed}/${a.capacity}${a.waitlisted ? `，候补 ${a.waitlisted} 人` : ''}`}</Text>
      {a.bring && <Text className='points-info__line'>{`请携带：${a.bring}`}</Text>}
      <Text className='points-info__line'>{`组织者：${a.organiserName}`}</Text>
      {a.status === 'cancelled' && a.cancelReason && <Text className='points-info__line'>{`取消原因：${a.cancelReason}`}</Text>}
    </View>
  )
}
