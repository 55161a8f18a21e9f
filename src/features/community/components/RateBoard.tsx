import { View, Text } from '@tarojs/components'
import type { Dashboard, Rates } from '@/contract'
import { Section } from '@/components/ui/Section'
import { RATE_INFO, RATES_NOTE, barWidth, percent, type RateInfo } from '../format'
import { Bar } from './Bar'

function ScopeRow({ info, r, label, tone }: { info: RateInfo; r: Rates; label: string; tone: 'blue' | 'green' | 'grey' }) {
  const [n, d] = info.parts(r.counts)
  return (
    <View className='cm-rate__row' data-testid={`rate-${info.key}-${r.id}`}>
      <View className='cm-rate__row-head'>
        <Text className='cm-rate__scope'>{label}</Text>
        <Text className='cm-rate__value'>{percent(r[info.key])}</Text>
      </View>
      <Bar width={barWidth(r[info.key])} tone={tone} />
      <Text className='cm-meta'>{d ? `${n} ÷ ${d}` : '本期没有可计算的事项'}</Text>
    </View>
  )
}

/** The four rates: the community's as a big number, then beside it each grid and the district. */
export function RateBoard({ d }: { d: Dashboard }) {
  return (
    <>
      {RATE_INFO.map((info) => (
        <Section key={info.key} title={info.label} className='cm-rate'>
          <View className='cm-rate__big'>
            <Text className='cm-big' data-testid={`rate-${info.key}`}>
              {percent(d.community[info.key])}
            </Text>
            <Text className='cm-rate__big-label'>{d.community.name}</Text>
          </View>
          <Text className='cm-formula'>{info.formula}</Text>
          <ScopeRow info={info} r={d.community} label={`${d.community.name}（本社区）`} tone='blue' />
          {d.grids.map((g) => (
            <ScopeRow key={g.id} info={info} r={g} label={g.name} tone='green' />
          ))}
          <ScopeRow info={info} r={d.district} label={`${d.district.name}（全区）`} tone='grey' />
        </Section>
      ))}
      <Text className='cm-meta cm-note'>{RATES_NOTE}</Text>
    </>
  )
}
