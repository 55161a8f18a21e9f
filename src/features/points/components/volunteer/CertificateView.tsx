import { Text, View } from '@tarojs/components'
import type { Certificate } from '@/contract'
import { role } from '@/components/ui/a11y'
import { dayText } from '@/utils/calendar'
import { longDate } from '../../format'

/** 志愿服务记录证明: the same figures for its owner and, name masked, for anyone checking the number. */
export function CertificateView({ c }: { c: Certificate }) {
  return (
    <View className='points-cert' data-testid='certificate'>
      <Text className='points-cert__title' {...role('heading')} aria-level={2}>
        志愿服务记录证明
      </Text>
      <Text className='points-info__line'>{`志愿者：${c.name}`}</Text>
      <Text className='points-info__line'>{`累计志愿服务时长：${c.hoursTotal} 小时`}</Text>
      {c.years.map((y) => (
        <Text key={y.year} className='points-info__line'>{`${y.year} 年：${y.hours} 小时，${y.activities} 次活动`}</Text>
      ))}
      {c.activities.length > 0 && (
        <View className='points-cert__list'>
          <Text className='points-cert__sub' {...role('heading')} aria-level={3}>
            参加的活动
          </Text>
          {c.activities.map((a, i) => (
            <Text key={i} className='points-meta'>{`${dayText(a.date)} ${a.title} · ${a.hours} 小时`}</Text>
          ))}
        </View>
      )}
      <Text className='points-cert__no' data-testid='certificate-no'>{`证明编号：${c.no}`}</Text>
      <Text className='points-meta'>{`出具日期：${longDate(c.issuedAt)}。凭编号可在“志愿积分 → 志愿服务记录证明 → 查验证明”查验。`}</Text>
    </View>
  )
}
