import { View, Text } from '@tarojs/components'
import { GATE_LABELS, type GateState } from '@/contract'
import { formatTime } from '@/utils/format'
import { useElder } from '@/stores/settings'
import { cx } from './cx'
import './Steps.scss'

export interface StepsProps {
  /** the six gates in order, from the report */
  gates: GateState[]
  /** show time and actor under done / current gates (default true) */
  details?: boolean
}

/** The six gates 受理 派发 办理 审核 回复 回访, the current one highlighted. */
export function Steps({ gates, details = true }: StepsProps) {
  const elder = useElder()
  return (
    <View className={cx('ui-steps', elder && 'is-elder')}>
      {gates.map((g, i) => (
        <View
          key={g.gate}
          className={cx('ui-steps__item', `ui-steps__item--${g.state}`)}
          data-gate={g.gate}
          data-state={g.state}
          aria-current={g.state === 'current' ? 'step' : undefined}
        >
          <View className='ui-steps__mark'>
            <Text className='ui-steps__num'>{g.state === 'done' ? '✓' : String(i + 1)}</Text>
          </View>
          <Text className='ui-steps__label'>{GATE_LABELS[g.gate]}</Text>
          {/* date and time on two lines: six columns leave no room for one */}
          {details && g.at && g.state !== 'waiting' && <Text className='ui-steps__time'>{formatTime(g.at).replace(' ', '\n')}</Text>}
          {details && g.actorName && g.state !== 'waiting' && <Text className='ui-steps__actor'>{g.actorName}</Text>}
        </View>
      ))}
    </View>
  )
}
