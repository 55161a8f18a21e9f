import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { cx } from './cx'
import { pressable, role } from './a11y'
import './SelectField.scss'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectFieldProps {
  options: readonly SelectOption[]
  value: string | null | undefined
  onChange: (value: string) => void
  placeholder?: string
  disabled?: boolean
  /** data-name on the root, for tests */
  name?: string
  /** what screen readers call the field (its Field's label) */
  label?: string
}

/**
 * Pick one option. weapp: the native Picker. H5: the field opens an inline option list
 * (role=listbox/option, no overlay), so it is clickable in a browser and in jsdom and needs no
 * pop-up in elder mode.
 */
export function SelectField({ options, value, onChange, placeholder = '请选择', disabled, name, label }: SelectFieldProps) {
  const [open, setOpen] = useState(false)
  const index = options.findIndex((o) => o.value === value)
  const current = index >= 0 ? options[index] : null
  const inert = disabled || options.length === 0

  const face = (
    <View className={cx('ui-select__face', !current && 'ui-select__face--empty')}>
      <Text className='ui-select__text'>{current ? current.label : placeholder}</Text>
      <Text className={cx('ui-select__arrow', open && 'ui-select__arrow--open')}>›</Text>
    </View>
  )

  if (process.env.TARO_ENV !== 'h5') {
    return (
      <View className={cx('ui-select', inert && 'ui-select--disabled')} data-name={name}>
        <Picker
          mode='selector'
          range={options.map((o) => o.label)}
          value={Math.max(0, index)}
          disabled={inert}
          onChange={(e) => {
            const o = options[Number(e.detail.value)]
            if (o) onChange(o.value)
          }}
        >
          {face}
        </Picker>
      </View>
    )
  }

  return (
    <View className={cx('ui-select', inert && 'ui-select--disabled', open && 'ui-select--open')} data-name={name}>
      <View
        className='ui-select__trigger'
        aria-expanded={open ? 'true' : 'false'}
        aria-label={label}
        aria-disabled={inert ? 'true' : undefined}
        {...pressable(() => {
          if (!inert) setOpen((o) => !o)
        }, 'combobox')}
        {...role('combobox')}
        onClick={() => {
          if (!inert) setOpen((o) => !o)
        }}
      >
        {face}
      </View>
      {open && !inert && (
        <View className='ui-select__list' {...role('listbox')}>
          {options.map((o) => (
            <View
              key={o.value}
              className={cx('ui-select__option', o.value === value && 'ui-select__option--on')}
              data-value={o.value}
              aria-selected={o.value === value ? 'true' : 'false'}
              {...role('option')}
              {...pressable(() => {
                setOpen(false)
                if (o.value !== value) onChange(o.value)
              }, 'option')}
              onClick={() => {
                setOpen(false)
                if (o.value !== value) onChange(o.value)
              }}
            >
              <Text>{o.label}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
