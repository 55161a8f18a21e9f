import { View } from '@tarojs/components'
import { cx } from './cx'
import './Spinner.scss'

/**
 * A CSS spinner. (taro-ui's AtLoading calls Taro.pxTransform at render, which needs the app's
 * pxTransform config: it breaks components rendered outside the app, e.g. under jest.)
 */
export function Spinner({ light, large }: { light?: boolean; large?: boolean }) {
  return <View className={cx('ui-spinner', light && 'ui-spinner--light', large && 'ui-spinner--large')} aria-label='加载中' />
}
