import { Text, View } from '@tarojs/components'
import type { Station } from '@/contract'
import { CallLink } from '@/components/ui/CallLink'
import { role } from '@/components/ui/a11y'
import { dutyDayText } from '../../format'

/** The next two weekends: enough to plan a visit, short enough to read. */
const SHOWN_DAYS = 4

/** A station: where, when, the phone, and who sits in on the coming weekends. */
export function StationCard({ s }: { s: Station }) {
  const days = s.roster.slice(0, SHOWN_DAYS)
  return (
    <View className='dispute-block' data-testid='dispute-station'>
      <Text className='dispute-title' {...role('heading')} aria-level={3}>
        {s.name}
      </Text>
      <Text className='dispute-line'>{`地址：${s.address}`}</Text>
      <Text className='dispute-line'>{`开放时间：${s.hours}`}</Text>
      {s.mediators.length > 0 && <Text className='dispute-line'>{`调解员：${s.mediators.join('、')}`}</Text>}
      {days.length > 0 && (
        <View>
          <Text className='dispute-meta'>近两个周末坐堂：</Text>
          {days.map((d) => (
            <Text key={d.date} className='dispute-meta' data-testid='duty-day'>
              {dutyDayText(d)}
            </Text>
          ))}
        </View>
      )}
      <CallLink phone={s.phone} label={`致电${s.name}`} />
    </View>
  )
}
