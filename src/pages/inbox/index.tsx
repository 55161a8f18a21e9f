import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Notice, PageShell } from '@/components/ui'
import { goToLogin } from '@/features/auth'
import { InboxList, useInbox, useUnreadBadge } from '@/features/inbox'
import { ROUTES } from '@/utils/routes'

export default function InboxPage() {
  const inbox = useInbox()
  useUnreadBadge(inbox.enabled ? (inbox.loading ? undefined : inbox.unread) : 0)

  usePullDownRefresh(() => {
    void inbox.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (inbox.hasMore) void inbox.loadMore()
  })

  if (!inbox.enabled) {
    return (
      <PageShell title='消息'>
        <Notice type='info' title='登录后查看消息'>
          您反映的问题每到一个环节（接单、办理、回复……）都会在这里通知您。
        </Notice>
        <Button type='primary' block onClick={() => goToLogin(ROUTES.inbox)}>
          去登录
        </Button>
      </PageShell>
    )
  }

  const none = inbox.items.length === 0
  return (
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
  )
}
