import { View, Input } from '@tarojs/components'
import { cx } from './cx'
import './inputs.scss'

export interface TextInputProps {
  value: string
  onChange: (value: string) => void
  /** phone: numeric keypad, 11 digits unless maxlength says otherwise */
  type?: 'text' | 'number' | 'phone'
  maxlength?: number
  placeholder?: string
  disabled?: boolean
  name?: string
  onBlur?: () => void
}

/** A controlled one-line input. */
export function TextInput({ value, onChange, type = 'text', maxlength, placeholder, disabled, name, onBlur }: TextInputProps) {
  const max = maxlength ?? (type === 'phone' ? 11 : 140)
  // weapp has no 'tel' input; H5 'tel' gives the phone keypad and honours maxlength.
  const taroType = (type === 'phone' ? (process.env.TARO_ENV === 'h5' ? 'tel' : 'number') : type) as 'text'
  return (
    <View className={cx('ui-input', disabled && 'ui-input--disabled')}>
      <Input
        className='ui-input__native'
        type={taroType}
        value={value}
        name={name}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass='ui-placeholder'
        disabled={disabled}
        onInput={(e) => {
          const v = String(e.detail.value ?? '')
          onChange(type === 'phone' ? v.replace(/\D/g, '').slice(0, max) : v.slice(0, max))
        }}
        onBlur={() => onBlur?.()}
      />
    </View>
  )
}
