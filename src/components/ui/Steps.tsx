import { View, Text } from '@tarojs/components'
import { formatTime } from '@/utils/format'
import { cx } from './cx'
import './Steps.scss'

export interface Step {
  key: string
  label: string
  state: 'done' | 'current' | 'waiting'
  at?: string
  actorName?: string
}

export interface StepsProps {
  /** the steps in order, as the module names them */
  steps: Step[]
}

/** A row of numbered steps (e.g. 受理 派发 办理 审核 回复 回访), the current one highlighted. */
export function Steps({ steps }: StepsProps) {
  return (
    <View className='ui-steps'>
      {steps.map((g, i) => (
        <View
          key={g.key}
          className={cx('ui-steps__item', `ui-steps__item--${g.state}`)}
          data-gate={g.key}
          data-state={g.state}
          aria-current={g.state === 'current' ? 'step' : undefined}
        >
          <View className='ui-steps__mark'>
            <Text className='ui-steps__num'>{g.state === 'done' ? '✓' : String(i + 1)}</Text>
          </View>
          <Text className='ui-steps__label'>{g.label}</Text>
          {/* date and time on two lines: six columns leave no room for one */}
          {g.at && g.state !== 'waiting' && <Text className='ui-steps__time'>{formatTime(g.at).replace(' ', '\n')}</Text>}
          {g.actorName && g.state !== 'waiting' && <Text className='ui-steps__actor'>{g.actorName}</Text>}
        </View>
      ))}
    </View>
  )
}
