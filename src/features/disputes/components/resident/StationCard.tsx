import { Text, View } from '@tarojs/components'
import type { Station } from '@/contract'
import { CallLink } from '@/components/ui/CallLink'
import { role } from '@/components/ui/a11y'
import { dutyDayText } from '../../format'

/** A station: where, when, the phone, and who sits in on the coming weekends. */
export function StationCard({ s }: { s: Station }) {
  return (
    <View className='dispute-block' data-testid='dispute-station'>
      <Text className='dispute-title' {...role('heading')} aria-level={3}>
        {s.name}
      </Text>
      <Text className='dispute-line'>{`地址：${s.address}`}</Text>
      <Text className='dispute-line'>{`开放时间：${s.hours}`}</Text>
      {s.roster.length > 0 && (
        <View>
          <Text className='dispute-meta'>周末坐堂：</Text>
          {s.roster.map((d) => (
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
