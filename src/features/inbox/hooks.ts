import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type { InboxMessage } from '@/contract'
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
  const [items, setItems] = useState<InboxMessage[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [total, setTotal] = useState(0)
  const [unread, setUnread] = useState(0)
  const [loading, setLoading] = useState(enabled)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const [actionError, setActionError] = useState<Error | null>(null)
  const seq = useRef(0)
  const mounted = useRef(false)

  const reload = useCallback(async () => {
    const my = ++seq.current
    if (!enabled) {
      setItems([])
      setTotal(0)
      setUnread(0)
      setLoading(false)
      return
    }
    setLoading(true)
    try {
      const [page, count] = await Promise.all([inboxApi.list(), inboxApi.unread()])
      if (my !== seq.current) return
      setItems(page.items)
      setCursor(page.nextCursor)
      setTotal(page.total)
      setUnread(count.unread)
      setError(null)
      setActionError(null)
    } catch (e) {
      if (my === seq.current) setError(e as Error)
    } finally {
      if (my === seq.current) setLoading(false)
    }
  }, [enabled])

  useEffect(() => {
    void reload()
  }, [reload])

  useDidShow(() => {
    // the mount already fetched
    if (!mounted.current) {
      mounted.current = true
      return
    }
    void reload()
  })

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await inboxApi.list({ cursor })
      setItems((prev) => {
        const seen = new Set(prev.map((m) => m.id))
        return [...prev, ...page.items.filter((m) => !seen.has(m.id))]
      })
      setCursor(page.nextCursor)
      setTotal(page.total)
      setActionError(null)
    } catch (e) {
      setActionError(e as Error)
    } finally {
      setLoadingMore(false)
    }
  }, [cursor, loadingMore])

  const markRead = useCallback(async (id: string) => {
    let wasUnread = false
    setItems((prev) =>
      prev.map((m) => {
        if (m.id !== id || m.read) return m
        wasUnread = true
        return { ...m, read: true }
      }),
    )
    if (wasUnread) setUnread((n) => Math.max(0, n - 1))
    try {
      const r = await inboxApi.markRead({ ids: [id] })
      setUnread(r.unread)
    } catch (e) {
      // the message stays open to the user; it shows unread again on the next refresh
      setActionError(e as Error)
    }
  }, [])

  const markAllRead = useCallback(async () => {
    try {
      const r = await inboxApi.markRead({ all: true })
      setItems((prev) => prev.map((m) => (m.read ? m : { ...m, read: true })))
      setUnread(r.unread)
      setActionError(null)
    } catch (e) {
      setActionError(e as Error)
    }
  }, [])

  return { items, total, unread, loading, loadingMore, error, actionError, hasMore: !!cursor, enabled, reload, loadMore, markRead, markAllRead }
}

const INBOX_TAB_INDEX = 2

/** Shows the unread count on the 消息 tab; refreshed each time the page using it shows. */
export function useUnreadBadge(known?: number): void {
  const loggedIn = useIsLoggedIn()
  const apply = useCallback((n: number) => {
    const p = n > 0 ? Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text: n > 99 ? '99+' : String(n) }) : Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX })
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
