import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { usePaged, useRemote } from '@/services/remote'
import type { InboxMessage } from '@/contract'
import { badgeText, useBadge } from '@/stores/badge'
import { useIsLoggedIn } from '@/stores/session'
import { inboxApi } from './api'

export interface Inbox {
  items: InboxMessage[]
  total: number
  unread: number
  /** first page loading */
  loading: boolean
  loadingMore: boolean
  error: Error | null
  /** an error from loading more, marking read…, shown without hiding the list */
  actionError: Error | null
  hasMore: boolean
  /** false when logged out: nothing is fetched */
  enabled: boolean
  reload(): Promise<void>
  loadMore(): Promise<void>
  markRead(id: string): Promise<void>
  markAllRead(): Promise<void>
}

/** The user's messages, first page on mount and again each time the page shows. */
export function useInbox(): Inbox {
  const enabled = useIsLoggedIn()
  const list = usePaged(enabled ? (cursor) => inboxApi.list({ cursor }) : null, [enabled])
  const count = useRemote(enabled ? () => inboxApi.unread() : null, [enabled])
  const [markError, setMarkError] = useState<Error | null>(null)
  const { update } = list
  const setUnread = count.setData

  const markRead = useCallback(
    async (id: string) => {
      update((items) => items.map((m) => (m.id === id && !m.read ? { ...m, read: true } : m)))
      try {
        setUnread(await inboxApi.markRead({ ids: [id] }))
        setMarkError(null)
      } catch (e) {
        // the message stays open to the user; it shows unread again on the next refresh
        setMarkError(e as Error)
      }
    },
    [update, setUnread],
  )

  const markAllRead = useCallback(async () => {
    try {
      setUnread(await inboxApi.markRead({ all: true }))
      update((items) => items.map((m) => (m.read ? m : { ...m, read: true })))
      setMarkError(null)
    } catch (e) {
      setMarkError(e as Error)
    }
  }, [update, setUnread])

  const reload = useCallback(async () => {
    await Promise.all([list.reload(), count.reload()])
  }, [list, count])

  return {
    items: enabled ? list.items : [],
    total: enabled ? list.total : 0,
    unread: enabled ? count.data?.unread ?? 0 : 0,
    loading: enabled && list.loading && !list.items.length,
    loadingMore: list.loadingMore,
    error: list.error,
    actionError: markError ?? list.moreError,
    hasMore: enabled && list.hasMore,
    enabled,
    reload,
    loadMore: list.loadMore,
    markRead,
    markAllRead,
  }
}

const INBOX_TAB_INDEX = 2

/**
 * Shows the unread count on the 消息 tab; refreshed each time the page using it shows. The count
 * goes to the badge store, which weapp's own tab bar reads (setTabBarBadge does nothing for a
 * custom tab bar); where Taro draws the tab bar (H5), its native badge follows as well.
 */
export function useUnreadBadge(known?: number): void {
  const loggedIn = useIsLoggedIn()
  const apply = useCallback((n: number) => {
    useBadge.getState().setUnread(n)
    if (process.env.TARO_ENV === 'weapp') return
    const text = badgeText(n)
    const p = text ? Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text }) : Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX })
    void Promise.resolve(p).catch(() => undefined)
  }, [])
  const refresh = useCallback(async () => {
    if (!loggedIn) return apply(0)
    try {
      apply((await inboxApi.unread()).unread)
    } catch {
      /* the badge is a hint; leave it */
    }
  }, [loggedIn, apply])

  useEffect(() => {
    if (known !== undefined) apply(known)
  }, [known, apply])
  useEffect(() => {
    if (known === undefined) void refresh()
  }, [known, refresh])
  useDidShow(() => {
    if (known === undefined) void refresh()
  })
}
