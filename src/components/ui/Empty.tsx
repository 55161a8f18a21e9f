import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import './Empty.scss'

export interface EmptyProps {
  text?: string
  /** e.g. an action button */
  children?: ReactNode
}

export function Empty({ text = '暂无内容', children }: EmptyProps) {
  return (
    <View className={cx('ui-empty')} data-testid='empty'>
      <View className='ui-empty__icon' />
      <Text className='ui-empty__text'>{text}</Text>
      {children}
    </View>
  )
}
