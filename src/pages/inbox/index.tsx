import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { PAGES } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { PageShell } from '@/components/ui/PageShell'
import { InboxList } from '@/features/inbox/components/InboxList'
import { useInbox, useUnreadBadge } from '@/features/inbox/hooks'

export default function InboxPage() {
  const inbox = useInbox()
  useUnreadBadge(inbox.enabled ? (inbox.loading ? undefined : inbox.unread) : 0)

  usePullDownRefresh(() => {
    void inbox.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (inbox.hasMore) void inbox.loadMore()
  })

  const none = inbox.items.length === 0
  return (
    <LoginGate title='消息' reason='登录后查看消息：您反映的问题每到一个环节（接单、办理、回复……）都会在这里通知您。' redirect={PAGES.inbox}>
      <PageShell
        title='消息'
        loading={inbox.loading && none}
        error={none ? inbox.error : null}
        onRetry={() => void inbox.reload()}
        empty={none}
        emptyText='暂无消息。您反映的问题有进展时会通知您。'
      >
        <InboxList inbox={inbox} />
      </PageShell>
    </LoginGate>
  )
}

