import type { ReactNode } from 'react'
import { AtButton } from 'taro-ui'
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
}

/** Submits with onClick (never formType: on H5 a form submit only fires on touch-end). */
export function Button({ type = 'secondary', size = 'normal', loading, disabled, block, onClick, className, children }: ButtonProps) {
  const inert = !!disabled || !!loading
  return (
    <AtButton
      className={cx('ui-btn', `ui-btn--${type}`, size === 'small' && 'ui-btn--small', block && 'ui-btn--block', inert && 'ui-btn--inert', !!disabled && !loading && 'ui-btn--disabled', className)}
      type={type === 'danger' ? 'primary' : type}
      size={size}
      loading={false}
      disabled={disabled}
      full={false}
      onClick={() => {
        if (!inert && onClick) onClick()
      }}
    >
      {loading && <Spinner light={type !== 'secondary'} />}
      {children}
    </AtButton>
  )
}
