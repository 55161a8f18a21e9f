import { View, Text } from '@tarojs/components'
import { REPORT_STATUS_LABELS, type ReportStatus } from '@/contract'
import { useElder } from '@/stores/settings'
import { cx } from './cx'
import './Tag.scss'

export type TagTone = 'blue' | 'orange' | 'green' | 'grey' | 'red' | 'purple'

const TONE: Record<ReportStatus, TagTone> = {
  pending: 'orange',
  handling: 'blue',
  replied: 'purple',
  closed: 'green',
  community_review: 'grey',
}

export interface TagProps {
  tone?: TagTone
  children?: string
}

/** A small coloured label. */
export function Tag({ tone = 'grey', children }: TagProps) {
  const elder = useElder()
  return (
    <Text className={cx('ui-tag', `ui-tag--${tone}`, elder && 'is-elder')} data-tone={tone}>
      {children}
    </Text>
  )
}

export interface StatusTagProps {
  status?: ReportStatus
  /** adds a red '已超时' tag (or shows only it when no status is given) */
  overdue?: boolean
}

/** Report status → Chinese label and colour; overdue orders get '已超时'. */
export function StatusTag({ status, overdue }: StatusTagProps) {
  return (
    <View className='ui-status' data-status={status} data-overdue={overdue ? 'true' : 'false'}>
      {status && <Tag tone={TONE[status]}>{REPORT_STATUS_LABELS[status]}</Tag>}
      {overdue && <Tag tone='red'>已超时</Tag>}
    </View>
  )
}
