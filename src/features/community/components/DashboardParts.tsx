// The dashboard's other figures: counts, hours per gate, the 8-week trend, top categories and
// hot-topic warnings. Every number is printed; bars only repeat it.
import { View, Text } from '@tarojs/components'
import { CATEGORY_INFO, GATES, GATE_LABELS, type Dashboard, type Rates } from '@/contract'
import { Empty } from '@/components/ui/Empty'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { hotTopicText, hoursText, weekText } from '../format'
import { Bar } from './Bar'

const COUNTS: { key: 'reported' | 'patrol' | 'open' | 'overdue'; label: string; note: string }[] = [
  { key: 'reported', label: '反映', note: '本期居民反映和巡查发现的件数' },
  { key: 'patrol', label: '巡查发现', note: '网格员巡查时发现并上报（未诉先办）' },
  { key: 'open', label: '未办结', note: '现在还在办理中的件数' },
  { key: 'overdue', label: '已超时', note: '现在已超过办理时限的件数' },
]

export function Counts({ r }: { r: Rates }) {
  return (
    <Section title='工单数量'>
      <View className='cm-counts'>
        {COUNTS.map((c) => (
          <View key={c.key} className={`cm-count${c.key === 'overdue' && r.counts.overdue > 0 ? ' cm-count--alert' : ''}`} data-testid={`count-${c.key}`}>
            <Text className='cm-count__label'>{c.label}</Text>
            <Text className='cm-count__value'>{`${r.counts[c.key]} 件`}</Text>
            <Text className='cm-meta'>{c.note}</Text>
          </View>
        ))}
      </View>
    </Section>
  )
}

export function GateHours({ r }: { r: Rates }) {
  return (
    <Section title='各环节平均用时'>
      <Text className='cm-meta'>本期经过该环节的事项，在这一环节平均用了多少小时。</Text>
      {GATES.map((g) => (
        <View key={g} className='cm-line' data-testid={`gate-${g}`}>
          <Text className='cm-line__label'>{GATE_LABELS[g]}</Text>
          <Text className='cm-line__value'>{hoursText(r.gateHours[g])}</Text>
        </View>
      ))}
    </Section>
  )
}

export function Trend({ trend }: { trend: Dashboard['trend'] }) {
  const max = Math.max(1, ...trend.map((w) => Math.max(w.reported, w.solved)))
  const w = (n: number) => `${(n / max) * 100}%`
  return (
    <Section title='近8周趋势'>
      <View className='cm-legend'>
        <View className='cm-legend__item'>
          <View className='cm-swatch cm-swatch--blue' aria-hidden='true' />
          <Text>反映</Text>
        </View>
        <View className='cm-legend__item'>
          <View className='cm-swatch cm-swatch--green' aria-hidden='true' />
          <Text>解决</Text>
        </View>
      </View>
      {trend.map((t) => (
        <View key={t.week} className='cm-trend' data-testid='trend-week'>
          <Text className='cm-trend__week'>{`${weekText(t.week)}起的一周`}</Text>
          <View className='cm-trend__bar'>
            <Text className='cm-trend__label'>{`反映 ${t.reported} 件`}</Text>
            <Bar width={w(t.reported)} tone='blue' />
          </View>
          <View className='cm-trend__bar'>
            <Text className='cm-trend__label'>{`解决 ${t.solved} 件`}</Text>
            <Bar width={w(t.solved)} tone='green' />
          </View>
        </View>
      ))}
    </Section>
  )
}

export function TopCategories({ top }: { top: Dashboard['topCategories'] }) {
  const max = Math.max(1, ...top.map((c) => c.count))
  return (
    <Section title='问题类别排行'>
      {!top.length && <Empty text='本期还没有反映' />}
      {top.map((c, i) => (
        <View key={c.category} className='cm-top' data-testid='top-category'>
          <View className='cm-rate__row-head'>
            <Text className='cm-rate__scope'>{`${i + 1}. ${CATEGORY_INFO[c.category]?.label ?? c.category}`}</Text>
            <Text className='cm-rate__value'>{`${c.count} 件`}</Text>
          </View>
          <Bar width={`${(c.count / max) * 100}%`} tone='orange' />
        </View>
      ))}
    </Section>
  )
}

export function HotTopics({ hot }: { hot: Dashboard['hotTopics'] }) {
  return (
    <Section title='热点预警'>
      {!hot.length ? (
        <Text className='cm-meta'>本周没有明显增多的问题类别。</Text>
      ) : (
        hot.map((h) => (
          <Notice key={h.category} type='warning' title={`${CATEGORY_INFO[h.category]?.label ?? h.category}类反映增多`}>
            <Text>{hotTopicText(h)}</Text>
          </Notice>
        ))
      )}
    </Section>
  )
}
