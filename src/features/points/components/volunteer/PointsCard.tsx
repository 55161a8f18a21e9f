import { Text, View } from '@tarojs/components'
import type { PointsSummary } from '@/contract'
import { longDate } from '../../format'

/** The volunteer's points at a glance: what they can spend, what is on hold, their hours, and the next expiry. */
export function PointsCard({ s }: { s: PointsSummary }) {
  const next = s.expiring[0]
  return (
    <View className='points-card' data-testid='points-card'>
      <View className='points-card__main'>
        <Text className='points-card__label'>可用积分</Text>
        <Text className='points-card__big' data-testid='points-available'>
          {s.available}
        </Text>
      </View>
      <View className='points-card__facts'>
        <Text>{`冻结中 ${s.held} 分（兑换码未核销）`}</Text>
        <Text>{`服务时长 共 ${s.hoursTotal} 小时，今年 ${s.hoursThisYear} 小时`}</Text>
        {next && <Text className='points-card__expiry'>{`${next.points} 分将于 ${longDate(next.at)} 到期`}</Text>}
      </View>
    </View>
  )
}
