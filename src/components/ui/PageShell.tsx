import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { useElder } from '@/stores/settings'
import { useRouter } from '@tarojs/taro'
import { goBack } from '@/services/nav'
import { isTabPage } from '@/utils/routes'
import { errorText } from '@/utils/errors'
import { pressable, role } from './a11y'
import { cx } from './cx'
import { Button } from './Button'
import { Empty } from './Empty'
import { Spinner } from './Spinner'
import './PageShell.scss'

export interface PageShellProps {
  /** a heading at the top of the page */
  title?: string
  /** shows the loading state instead of the children */
  loading?: boolean
  /** shows a Chinese error with 重试 (when onRetry is given) instead of the children */
  error?: Error | null
  onRetry?: () => void
  /** shows the empty state instead of the children */
  empty?: boolean
  emptyText?: string
  className?: string
  children?: ReactNode
}

/**
 * The root of every page: class `page` (+ `elder` in elder mode: the one place elder mode is
 * read; every component's larger sizes hang off `.elder` in its styles), with loading, error and
 * empty states.
 */
export function PageShell(props: PageShellProps) {
  const elder = useElder()
  const { title, loading, error, onRetry, empty, emptyText, className, children } = props
  // the page's own route, taken when it first rendered (a tab page stays a tab page)
  const path = useRouter()?.path
  const status = (error as { status?: number } | null | undefined)?.status
  const gone = status === 404 || status === 403
  let body: ReactNode
  if (loading) {
    body = (
      <View className='page__state page__loading' data-testid='page-loading'>
        <Spinner large />
        <Text className='page__loading-text'>加载中…</Text>
      </View>
    )
  } else if (error) {
    body = (
      <View className='page__state page__error' role='alert' data-testid='page-error'>
        <Text className='page__error-text'>{errorText(error)}</Text>
        {/* a missing or forbidden record does not come back by trying again: offer a way out */}
        {onRetry && !gone && (
          <Button type='primary' onClick={onRetry}>
            重试
          </Button>
        )}
        {gone && (
          <Button type='primary' onClick={goBack}>
            返回
          </Button>
        )}
      </View>
    )
  } else if (empty) {
    body = <Empty text={emptyText} />
  } else {
    body = children
  }
  return (
    // the page's content is its main landmark (the H5 tab bar beside it is the navigation)
    <View className={cx('page', elder && 'elder', className)} {...role('main')}>
      {/* H5 has no native navigation bar: pages off the tab bar get their own way back */}
      {process.env.TARO_ENV === 'h5' && path && !isTabPage(path) && (
        <View className='page__back' data-testid='page-back' onClick={goBack} {...pressable(goBack)} aria-label='返回上一页'>
          <Text className='page__back-text'>‹ 返回</Text>
        </View>
      )}
      {title && (
        <View className='page__title' role='heading' aria-level={1}>
          <Text>{title}</Text>
        </View>
      )}
      {body}
    </View>
  )
}
