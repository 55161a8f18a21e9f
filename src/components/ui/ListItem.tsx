import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { pressable } from './a11y'
import { cx } from './cx'
import './ListItem.scss'

export interface ListItemProps {
  title?: string
  note?: string
  /** right side: a value, a tag, a badge */
  extra?: ReactNode
  /** a chevron, for rows that open something (default: when onClick is given) */
  arrow?: boolean
  onClick?: () => void
  /** custom content instead of title/note */
  children?: ReactNode
  className?: string
  'data-testid'?: string
  /** with onClick: 'link' for a row that opens a page (default), 'button' for one that acts here */
  as?: 'link' | 'button'
}

/** A row; with onClick a tappable one, which keyboards reach and open with Enter. */
export function ListItem({ title, note, extra, arrow, onClick, children, className, 'data-testid': testId, as = 'link' }: ListItemProps) {
  const chevron = arrow ?? !!onClick
  return (
    <View
      className={cx('ui-list-item', !!onClick && 'ui-list-item--tappable', className)}
      data-testid={testId}
      hoverClass={onClick ? 'ui-list-item--active' : 'none'}
      {...pressable(onClick, as)}
      onClick={onClick}
    >
      <View className='ui-list-item__main'>
        {title && <Text className='ui-list-item__title'>{title}</Text>}
        {note && <Text className='ui-list-item__note'>{note}</Text>}
        {children}
      </View>
      {extra !== undefined && extra !== null && <View className='ui-list-item__extra'>{extra}</View>}
      {chevron && <Text className='ui-list-item__arrow'>›</Text>}
    </View>
  )
}
