import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { pressable } from './a11y'
import { cx } from './cx'
import { Spinner } from './Spinner'
import './Button.scss'

export interface ButtonProps {
  type?: 'primary' | 'secondary' | 'danger'
  size?: 'normal' | 'small'
  loading?: boolean
  disabled?: boolean
  /** full width */
  block?: boolean
  onClick?: () => void
  className?: string
  children?: ReactNode
  /** what screen readers call it when the text alone does not say; it starts with the text shown */
  label?: string
}

/**
 * A button with taro-ui's look (its `at-button` classes and styles) that is also a button for
 * keyboards and screen readers on H5: role, tab stop, Enter and Space. taro-ui's AtButton is a
 * bare View there, out of the tab order. Submits with onClick (never formType: on H5 a form
 * submit only fires on touch-end).
 */
export function Button({ type = 'secondary', size = 'normal', loading, disabled, block, onClick, className, children, label }: ButtonProps) {
  const inert = !!disabled || !!loading
  const press = () => {
    if (!inert && onClick) onClick()
  }
  return (
    <View
      className={cx(
        'at-button',
        `at-button--${size}`,
        `at-button--${type === 'secondary' ? 'secondary' : 'primary'}`,
        !!disabled && 'at-button--disabled',
        'ui-btn',
        `ui-btn--${type}`,
        size === 'small' && 'ui-btn--small',
        block && 'ui-btn--block',
        inert && 'ui-btn--inert',
        !!disabled && !loading && 'ui-btn--disabled',
        className,
      )}
      {...pressable(press)}
      aria-disabled={disabled ? 'true' : undefined}
      aria-busy={loading ? 'true' : undefined}
      aria-label={label}
      onClick={press}
    >
      {loading && <Spinner light={type !== 'secondary'} />}
      <View className='at-button__text'>{children}</View>
    </View>
  )
}
