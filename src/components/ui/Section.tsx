import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { role } from './a11y'
import { cx } from './cx'
import './Section.scss'

export interface SectionProps {
  title?: string
  /** right side of the title row, e.g. a small button or a count */
  extra?: ReactNode
  className?: string
  children?: ReactNode
}

/** A titled white card. */
export function Section({ title, extra, className, children }: SectionProps) {
  return (
    <View className={cx('ui-section', className)}>
      {(title || extra) && (
        <View className='ui-section__head'>
          {title && (
            <Text className='ui-section__title' {...role('heading')} aria-level={2}>
              {title}
            </Text>
          )}
          {extra && <View className='ui-section__extra'>{extra}</View>}
        </View>
      )}
      <View className='ui-section__body'>{children}</View>
    </View>
  )
}
