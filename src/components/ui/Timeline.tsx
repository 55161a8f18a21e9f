import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { cx } from './cx'
import { PhotoGrid } from './PhotoGrid'
import './Timeline.scss'

export interface TimelineItem {
  title: string
  /** already formatted for people, e.g. formatTime(iso) */
  time?: string
  text?: string
  photos?: string[]
  state: 'done' | 'current' | 'waiting'
  /** anything under the text, e.g. a deadline tag */
  extra?: ReactNode
}

export interface TimelineProps {
  items: TimelineItem[]
}

/** A vertical list of events, newest first as given. */
export function Timeline({ items }: TimelineProps) {
  return (
    <View className={cx('ui-timeline')}>
      {items.map((it, i) => (
        <View key={`${i}-${it.title}`} className={cx('ui-timeline__item', `ui-timeline__item--${it.state}`)} data-state={it.state}>
          <View className='ui-timeline__rail'>
            <View className='ui-timeline__dot' />
            {i < items.length - 1 && <View className='ui-timeline__line' />}
          </View>
          <View className='ui-timeline__body'>
            <View className='ui-timeline__head'>
              <Text className='ui-timeline__title'>{it.title}</Text>
              {it.time && <Text className='ui-timeline__time'>{it.time}</Text>}
            </View>
            {it.text && <Text className='ui-timeline__text'>{it.text}</Text>}
            {it.photos && it.photos.length > 0 && <PhotoGrid photos={it.photos} small />}
            {it.extra}
          </View>
        </View>
      ))}
    </View>
  )
}
