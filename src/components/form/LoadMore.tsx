import { View, Text } from '@tarojs/components'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import type { Paged } from '@/services/remote'
import { errorText } from '@/utils/errors'
import './form.scss'

export interface LoadMoreProps {
  list: Pick<Paged<{ id: string }>, 'total' | 'hasMore' | 'loadingMore' | 'moreError' | 'loadMore'>
  /** e.g. '共 12 件' (default) or '共 12 条消息' */
  totalText?: (total: number) => string
}

/** Under a paged list: how many there are, and 加载更多 while the server has more. */
export function LoadMore({ list, totalText = (n) => `共 ${n} 件` }: LoadMoreProps) {
  return (
    <View className='load-more'>
      <Text className='load-more__total'>{totalText(list.total)}</Text>
      {list.moreError && <Notice type='error'>{errorText(list.moreError)}</Notice>}
      {list.hasMore && (
        <Button type='secondary' block loading={list.loadingMore} onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      )}
    </View>
  )
}
