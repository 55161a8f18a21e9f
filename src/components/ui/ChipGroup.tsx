import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import { pressable, role } from './a11y'
import './ChipGroup.scss'

export interface ChipOption<V extends string = string> {
  value: V
  label: string
  /** optional second line */
  hint?: string
}

export interface ChipGroupProps<V extends string = string> {
  options: readonly ChipOption<V>[]
  value: V | null | undefined
  onChange: (value: V) => void
  disabled?: boolean
  /** data-name on the group, for tests */
  name?: string
}

/** Single choice as big tappable chips (categories, ratings, tabs). */
export function ChipGroup<V extends string = string>({ options, value, onChange, disabled, name }: ChipGroupProps<V>) {
  return (
    <View className={cx('ui-chips', disabled && 'ui-chips--disabled')} data-name={name} {...role('radiogroup')}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View
            key={o.value}
            className={cx('ui-chip', on && 'ui-chip--on')}
            data-value={o.value}
            aria-checked={on ? 'true' : 'false'}
            aria-disabled={disabled ? 'true' : undefined}
            {...role('radio')}
            {...pressable(() => {
              if (!disabled && !on) onChange(o.value)
            }, 'radio')}
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
