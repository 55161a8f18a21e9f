import { View, Text, Textarea } from '@tarojs/components'
import { cx } from './cx'
import './inputs.scss'

export interface TextAreaProps {
  value: string
  onChange: (value: string) => void
  /** default 500; the counter shows `n/maxlength` */
  maxlength?: number
  placeholder?: string
  disabled?: boolean
  name?: string
  onBlur?: () => void
}

/** A controlled multi-line input with a live 'n/500' counter. */
export function TextArea({ value, onChange, maxlength = 500, placeholder, disabled, name, onBlur }: TextAreaProps) {
  const count = Array.from(value ?? '').length
  return (
    <View className={cx('ui-textarea', disabled && 'ui-input--disabled')}>
      <Textarea
        className='ui-textarea__native'
        value={value}
        name={name}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass='ui-placeholder'
        disabled={disabled}
        onInput={(e) => onChange(Array.from(String(e.detail.value ?? '')).slice(0, maxlength).join(''))}
        onBlur={() => onBlur?.()}
      />
      <Text className={cx('ui-textarea__count', count >= maxlength && 'ui-textarea__count--full')} data-testid='textarea-count'>
        {`${count}/${maxlength}`}
      </Text>
    </View>
  )
}
