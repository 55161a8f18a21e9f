import { View, Text } from '@tarojs/components'
import { DISPUTE_TYPE_LABELS, type DutySession } from '@/contract'
import { Empty } from '@/components/ui/Empty'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { sessionTime } from '../../format'
import './mediator.scss'

interface Props {
  sessions: DutySession[]
}

/**
 * 坐堂: the sessions the on-duty police officer or lawyer joins. Only when, where and what kind:
 * the case itself is the parties' and their mediator's, so nothing here opens it.
 */
export function DutyList({ sessions }: Props) {
  const sorted = sessions.slice().sort((a, b) => a.session.at.localeCompare(b.session.at))
  return (
    <Section title='我参加的调解'>
      <Text className='dm-note'>您作为周末坐堂的民警或律师参加这些调解。案件详情仅当事人和调解员可见。</Text>
      {!sorted.length && <Empty text='近期没有需要您参加的调解' />}
      {sorted.map((d) => (
        <View key={d.session.id} className='dm-duty' data-testid='duty-session'>
          <View className='dm-row__head'>
            <Text className='dm-row__title'>{sessionTime(d.session)}</Text>
            <Tag tone='blue'>{d.as === 'police' ? '民警坐堂' : '律师坐堂'}</Tag>
          </View>
          <Text className='dm-row__text'>{`地点：${d.stationName} ${d.session.room}`}</Text>
          <Text className='dm-row__meta'>{`纠纷类型：${DISPUTE_TYPE_LABELS[d.type]}`}</Text>
        </View>
      ))}
    </Section>
  )
}
