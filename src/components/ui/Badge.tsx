import type { ReactNode } from 'react'
import { AtBadge } from 'taro-ui'
import { useElder } from './useElder'
import { cx } from './cx'
import './Badge.scss'

export interface BadgeProps {
  /** a number (0 hides it) */
  count?: number
  /** a red dot instead of a number */
  dot?: boolean
  /** default 99 → '99+' */
  max?: number
  children?: ReactNode
}

/** A red count or dot on the corner of its children. */
export function Badge({ count, dot, max = 99, children }: BadgeProps) {
  const elder = useElder()
  const show = dot || (count !== undefined && count > 0)
  return (
    <AtBadge className={cx('ui-badge', elder && 'is-elder')} dot={!!dot && show} value={!dot && show ? count : ''} maxValue={max}>
      {children}
    </AtBadge>
  )
}
