import { useCallback, useMemo, useRef, useState } from 'react'
import type { z } from 'zod'
import {
  validate,
  type FieldErrors,
  type Page,
  type ReportListQuery,
  type ReportSummary,
} from '@/contract'
import { ApiError } from '@/services/http'
import { useRemote } from '@/services/remote'
import { reportsApi } from './api'
import { useDraft } from './drafts'

export function useGeo() {
  return useRemote(() => reportsApi.geo(), [])
}

/**
 * A paged list: the first page comes (and comes again on show) through useRemote; `loadMore`
 * appends the next page, so a grid worker with many orders can reach all of them.
 */
export function useReportList(q: ReportListQuery | null) {
  const first = useRemote(q ? () => reportsApi.list(q) : null, [q?.scope, q?.status])
  type More = { base: Page<ReportSummary> | undefined; items: ReportSummary[]; next: string | null }
  const [more, setMore] = useState<More>({ base: undefined, items: [], next: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<Error | null>(null)
  // Pages appended to an older first page are dropped when the first page comes again.
  const current: More = useMemo(
    () => (more.base === first.data ? more : { base: first.data, items: [], next: first.data?.nextCursor ?? null }),
    [more, first.data],
  )

  const loadMore = useCallback(async () => {
    if (!q || !current.next || loadingMore) return
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await reportsApi.list({ ...q, cursor: current.next })
      setMore({ base: current.base, items: [...current.items, ...page.items], next: page.nextCursor })
    } catch (e) {
      setMoreError(e as Error)
    } finally {
      setLoadingMore(false)
    }
  }, [q, current, loadingMore])

  return {
    ...first,
    items: first.data ? [...first.data.items, ...current.items] : [],
    total: first.data?.total ?? 0,
    hasMore: !!current.next,
    loadMore,
    loadingMore,
    moreError,
  }
}

export function useReport(id: string | undefined) {
  return useRemote(id ? () => reportsApi.detail(id) : null, [id])
}

export function useSimilar(category: string | undefined, gridId: string | undefined) {
  return useRemote(category && gridId ? () => reportsApi.similar(category, gridId) : null, [category, gridId])
}

type Draft = ReturnType<typeof useDraft<Record<string, unknown>>>

/**
 * Submits a draft-backed form once: validates with the contract schema first (same messages as the
 * server), sends with the draft's idempotency key, keeps the key for a retry after a network or
 * server failure, and takes a new one after any definitive answer so an edited form is a new
 * submission. A second tap while one is in flight does nothing.
 */
export function useSubmit<S extends z.ZodTypeAny, R>(
  schema: S,
  draft: Pick<Draft, 'key' | 'renewKey' | 'clear'>,
  send: (input: z.output<S>, key: string) => Promise<R>,
) {
  const [submitting, setSubmitting] = useState(false)
  const [fields, setFields] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)

  const submit = useCallback(
    async (values: unknown): Promise<R | null> => {
      if (busy.current) return null
      const checked = validate(schema, values)
      if (!checked.ok) {
        setFields(checked.fields)
        setError('请检查标红的内容')
        return null
      }
      busy.current = true
      setSubmitting(true)
      setFields({})
      setError(null)
      try {
        const res = await send(checked.data, draft.key())
        draft.clear()
        return res
      } catch (e) {
        const err = e as ApiError
        if (err instanceof ApiError && !err.isNetwork && err.status < 500) draft.renewKey()
        setFields(err instanceof ApiError && err.fields ? err.fields : {})
        setError(err.message || '提交失败，请重试')
        return null
      } finally {
        busy.current = false
        setSubmitting(false)
      }
    },
    [schema, draft, send],
  )

  const clearField = useCallback((name: string) => {
    setFields((f) => {
      if (!(name in f)) return f
      const next = { ...f }
      delete next[name]
      return next
    })
  }, [])

  return { submit, submitting, fields, error, clearField, setError }
}

