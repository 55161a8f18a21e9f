import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import { pressable, role } from './a11y'
import './Switch.scss'

export interface SwitchProps {
  checked: boolean
  onChange: (checked: boolean) => void
  /** text left of the switch; the whole row is the tap target */
  label?: string
  disabled?: boolean
  name?: string
}

/** An on/off switch (role=switch, aria-checked). */
export function Switch({ checked, onChange, label, disabled, name }: SwitchProps) {
  return (
    <View
      className={cx('ui-switch', checked && 'ui-switch--on', disabled && 'ui-switch--disabled')}
      data-name={name}
      aria-checked={checked ? 'true' : 'false'}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      {...role('switch')}
      {...pressable(() => {
        if (!disabled) onChange(!checked)
      }, 'switch')}
      onClick={() => {
        if (!disabled) onChange(!checked)
      }}
    >
      {label && <Text className='ui-switch__label'>{label}</Text>}
      <View className='ui-switch__track'>
        <View className='ui-switch__knob' />
      </View>
      <Text className='ui-switch__state'>{checked ? '开' : '关'}</Text>
    </View>
  )
}
