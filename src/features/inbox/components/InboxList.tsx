import { View, Text } from '@tarojs/components'
import type { InboxMessage } from '@/contract'
import { errorText } from '@/utils/errors'
import { Button } from '@/components/ui/Button'
import { ListItem } from '@/components/ui/ListItem'
import { Notice } from '@/components/ui/Notice'
import { fromNow } from '@/utils/format'
import { navigate } from '@/services/nav'
import { LoadMore } from '@/components/form/LoadMore'
import type { Inbox } from '../hooks'
import './InboxList.scss'

export interface InboxListProps {
  inbox: Inbox
}

/** Messages newest first: title, body, relative time, unread dot. A tap marks read and opens the link. */
export function InboxList({ inbox }: InboxListProps) {
  const tap = (m: InboxMessage) => {
    if (!m.read) void inbox.markRead(m.id)
    if (m.link) navigate(m.link)
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
      {(inbox.actionError ?? inbox.error) && <Notice type='error'>{errorText(inbox.actionError ?? inbox.error)}</Notice>}
      {inbox.items.length > 0 && <LoadMore list={{ ...inbox, moreError: null }} totalText={(n) => `共 ${n} 条消息`} />}
    </View>
  )
}
