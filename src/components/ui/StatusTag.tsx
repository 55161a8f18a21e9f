import { View, Text } from '@tarojs/components'
import type { Tone } from '@/contract'
import { cx } from './cx'
import './Tag.scss'

export type TagTone = Tone

export interface TagProps {
  tone?: TagTone
  children?: string
}

/** A small coloured label. */
export function Tag({ tone = 'grey', children }: TagProps) {
  return (
    <Text className={cx('ui-tag', `ui-tag--${tone}`)} data-tone={tone}>
      {children}
    </Text>
  )
}

export interface StatusTagProps {
  /** the status as the module names it, e.g. '待接单' */
  label?: string
  tone?: TagTone
  /** data-status, for tests and styles */
  status?: string
  /** adds a red '已超时' tag (or shows only it when no label is given) */
  overdue?: boolean
}

/** A record's status in its module's words and colour; overdue work gets '已超时'. */
export function StatusTag({ label, tone, status, overdue }: StatusTagProps) {
  return (
    <View className='ui-status' data-status={status} data-overdue={overdue ? 'true' : 'false'}>
      {label && <Tag tone={tone}>{label}</Tag>}
      {overdue && <Tag tone='red'>已超时</Tag>}
    </View>
  )
}
