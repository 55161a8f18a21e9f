import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import { role } from './a11y'
import './Notice.scss'

export interface NoticeProps {
  type?: 'info' | 'success' | 'warning' | 'error'
  title?: string
  children?: ReactNode
  /** e.g. a small Button */
  action?: ReactNode
}

const ICON = { info: 'i', success: '✓', warning: '!', error: '!' } as const

/** An inline banner, used instead of modal pop-ups (elder mode has none). */
export function Notice({ type = 'info', title, children, action }: NoticeProps) {
  return (
    <View
      className={cx('ui-notice', `ui-notice--${type}`)}
      data-type={type}
      {...role(type === 'error' || type === 'warning' ? 'alert' : 'status')}
    >
      <Text className='ui-notice__icon'>{ICON[type]}</Text>
      <View className='ui-notice__body'>
        {title && <Text className='ui-notice__title'>{title}</Text>}
        {children !== undefined && children !== null && <View className='ui-notice__text'>{children}</View>}
        {action && <View className='ui-notice__action'>{action}</View>}
      </View>
    </View>
  )
}
