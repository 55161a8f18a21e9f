import { View } from '@tarojs/components'

/**
 * A plain horizontal bar from Views (no chart library: the package stays small). It only repeats
 * a number printed beside it, so screen readers skip it.
 */
export function Bar({ width, tone = 'blue' }: { width: string; tone?: 'blue' | 'green' | 'grey' | 'orange' }) {
  return (
    <View className='cm-bar' aria-hidden='true'>
      <View className={`cm-bar__fill cm-bar__fill--${tone}`} style={{ width }} />
    </View>
  )
}
