import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { InboxMessage } from '@/contract'
import { Button, ListItem, Notice, errorText } from '@/components/ui'
import { fromNow } from '@/utils/format'
import { isTabPage, pathOf } from '@/utils/routes'
import type { Inbox } from '../hooks'
import './InboxList.scss'

export interface InboxListProps {
  inbox: Inbox
}

function open(link: string) {
  const go = isTabPage(link) ? Taro.switchTab({ url: pathOf(link) }) : Taro.navigateTo({ url: link })
  void Promise.resolve(go).catch(() => undefined)
}

/** Messages newest first: title, body, relative time, unread dot. A tap marks read and opens the link. */
export function InboxList({ inbox }: InboxListProps) {
  const tap = (m: InboxMessage) => {
    if (!m.read) void inbox.markRead(m.id)
    if (m.link) open(m.link)
  }
  return (
    <View className='inbox'>
      {inbox.unread > 0 && (
        <View className='inbox__bar'>
          <Text className='inbox__count'>{`${inbox.unread} 条未读`}</Text>
          <Button size='small' onClick={() => void inbox.markAllRead()}>
            全部已读
          </Button>
        </View>
      )}
      {inbox.items.map((m) => (
        <ListItem key={m.id} onClick={() => tap(m)} arrow={!!m.link} data-testid='inbox-item' className={m.read ? 'inbox__item' : 'inbox__item inbox__item--unread'}>
          <View className='inbox__head' data-read={m.read ? 'true' : 'false'}>
            {!m.read && <View className='inbox__dot' aria-label='未读' />}
            <Text className='inbox__title'>{m.title}</Text>
            <Text className='inbox__time'>{fromNow(m.at)}</Text>
          </View>
          <Text className='inbox__body'>{m.body}</Text>
        </ListItem>
      ))}
      {(inbox.actionError ?? inbox.error) && <Notice type='error'>{errorText((inbox.actionError ?? inbox.error) as Error)}</Notice>}
      {inbox.hasMore && (
        <Button block loading={inbox.loadingMore} onClick={() => void inbox.loadMore()}>
          加载更多
        </Button>
      )}
      {!inbox.hasMore && inbox.items.length > 0 && <Text className='inbox__end'>{`共 ${inbox.total} 条消息`}</Text>}
    </View>
  )
}
