// Server data in a page: fetched on mount, refreshed when the page shows again (useDidShow),
// never copied into a global store.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'

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
