// Server data in a page: fetched on mount, refreshed when the page shows again (useDidShow),
// never copied into a global store.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Page } from '@/contract'

export interface Remote<T> {
  data: T | undefined
  error: Error | null
  loading: boolean
  reload: () => Promise<void>
  setData: (d: T) => void
}

export function useRemote<T>(fetcher: (() => Promise<T>) | null, deps: unknown[]): Remote<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<Error | null>(null)
  const [loading, setLoading] = useState<boolean>(!!fetcher)
  const seq = useRef(0)
  const shownOnce = useRef(false)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const reload = useCallback(async () => {
    const f = fetcherRef.current
    if (!f) {
      setLoading(false)
      return
    }
    const my = ++seq.current
    setLoading(true)
    try {
      const d = await f()
      if (my !== seq.current) return
      setData(d)
      setError(null)
    } catch (e) {
      if (my !== seq.current) return
      setError(e as Error)
    } finally {
      if (my === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    void reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  useDidShow(() => {
    // The first show is the mount, already fetched above.
    if (!shownOnce.current) {
      shownOnce.current = true
      return
    }
    void reload()
  })

  return { data, error, loading, reload, setData }
}

export interface Paged<T> {
  items: T[]
  total: number
  hasMore: boolean
  /** first page loading */
  loading: boolean
  error: Error | null
  reload: () => Promise<void>
  loadMore: () => Promise<void>
  loadingMore: boolean
  moreError: Error | null
  /** change loaded items in place (e.g. mark a message read) until the next reload */
  update: (fn: (items: T[]) => T[]) => void
}

interface PagedState<T> {
  /** the first page these items grew from; a new first page starts them again */
  base: Page<T> | undefined
  items: T[]
  next: string | null
  total: number
}

const fromFirst = <T>(p: Page<T> | undefined): PagedState<T> => ({ base: p, items: p?.items ?? [], next: p?.nextCursor ?? null, total: p?.total ?? 0 })

/** A paged list `{ items, nextCursor, total }`: the first page as useRemote, then 加载更多. */
export function usePaged<T extends { id: string }>(fetchPage: ((cursor?: string) => Promise<Page<T>>) | null, deps: unknown[]): Paged<T> {
  const first = useRemote(fetchPage ? () => fetchPage() : null, deps)
  const [state, setState] = useState<PagedState<T>>(() => fromFirst<T>(undefined))
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<Error | null>(null)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const current = useMemo(() => (state.base === first.data ? state : fromFirst(first.data)), [state, first.data])

  const loadMore = useCallback(async () => {
    const f = fetchRef.current
    if (!f || !current.next || loadingMore) return
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await f(current.next)
      // New items may have pushed old ones onto this page: keep each once.
      const seen = new Set(current.items.map((i) => i.id))
      setState({ ...current, items: [...current.items, ...page.items.filter((i) => !seen.has(i.id))], next: page.nextCursor, total: page.total })
    } catch (e) {
      setMoreError(e as Error)
    } finally {
      setLoadingMore(false)
    }
  }, [current, loadingMore])

  const update = useCallback(
    (fn: (items: T[]) => T[]) => setState((s) => {
      const c = s.base === first.data ? s : fromFirst(first.data)
      return { ...c, items: fn(c.items) }
    }),
    [first.data],
  )

  return {
    items: current.items,
    total: current.total,
    hasMore: !!current.next,
    loading: first.loading,
    error: first.error,
    reload: first.reload,
    loadMore,
    loadingMore,
    moreError,
    update,
  }
}
