import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import './Field.scss'

export interface FieldProps {
  label: string
  required?: boolean
  /** shown right under the control, in red; class `ui-field__error`, `data-field-error=<name>` */
  error?: string
  hint?: string
  /** the field's key (e.g. 'location.gridId'): `data-field` on the root; defaults to the label */
  name?: string
  children?: ReactNode
}

/** The element id of a field's row, e.g. 'field-location-gridId' (weapp selectors take ids, not data attributes). */
export function fieldElementId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

/** A labelled form row. Tests find it by `[data-field="…"]` and its error by `.ui-field__error`. */
export function Field({ label, required, error, hint, name, children }: FieldProps) {
  const key = name ?? label
  return (
    <View className={cx('ui-field', !!error && 'ui-field--invalid')} data-field={key} id={fieldElementId(key)}>
      <View className='ui-field__label'>
        <Text>{label}</Text>
        {required && <Text className='ui-field__required'> *</Text>}
      </View>
      <View className='ui-field__control'>{children}</View>
      {error && (
        <View className='ui-field__error' role='alert' data-field-error={key}>
          <Text>{error}</Text>
        </View>
      )}
      {hint && !error && (
        <View className='ui-field__hint'>
          <Text>{hint}</Text>
        </View>
      )}
    </View>
  )
}
