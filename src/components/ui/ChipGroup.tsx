import { View, Text } from '@tarojs/components'
import { useElder } from '@/stores/settings'
import { cx } from './cx'
import { role } from './a11y'
import './ChipGroup.scss'

export interface ChipOption {
  value: string
  label: string
  /** optional second line */
  hint?: string
}

export interface ChipGroupProps {
  options: readonly ChipOption[]
  value: string | null | undefined
  onChange: (value: string) => void
  disabled?: boolean
  /** data-name on the group, for tests */
  name?: string
}

/** Single choice as big tappable chips (categories, ratings, tabs). */
export function ChipGroup({ options, value, onChange, disabled, name }: ChipGroupProps) {
  const elder = useElder()
  return (
    <View className={cx('ui-chips', elder && 'is-elder', disabled && 'ui-chips--disabled')} data-name={name} {...role('radiogroup')}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View
            key={o.value}
            className={cx('ui-chip', on && 'ui-chip--on')}
            data-value={o.value}
            aria-checked={on ? 'true' : 'false'}
            {...role('radio')}
            onClick={() => {
              if (!disabled && !on) onChange(o.value)
            }}
          >
            <Text className='ui-chip__label'>{o.label}</Text>
            {o.hint && <Text className='ui-chip__hint'>{o.hint}</Text>}
          </View>
        )
      })}
    </View>
  )
}
