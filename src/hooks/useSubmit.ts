import { useCallback, useRef, useState } from 'react'
import type { z } from 'zod'
import { validate, type FieldErrors } from '@/contract'
import { ApiError } from '@/services/http'
import { fieldElementId } from '@/components/ui/Field'
import { scrollToElement } from '@/services/nav'
import { errorText } from '@/utils/errors'
import type { DraftHandle } from './useDraft'
import { formatWait, useCountdown } from './useCountdown'

/**
 * Submits a draft-backed form once: validates with the contract schema first (same messages as the
 * server), sends with the draft's idempotency key, keeps the key for a retry after a network or
 * server failure, and takes a new one after any definitive answer so an edited form is a new
 * submission. A second tap while one is in flight does nothing. When the server says to come back
 * later (429 with Retry-After), the error counts down and nothing is sent before it ends.
 */
/** After a failed submit: the first field in error, in the order the form shows them. */
function showFirst(fields: FieldErrors): void {
  if (typeof document !== 'undefined' && process.env.TARO_ENV === 'h5') {
    // the form's own order: the first row on the page whose field has an error
    setTimeout(() => {
      const rows = Array.from(document.querySelectorAll<HTMLElement>('.ui-field[data-field]')).filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
      const first = rows.find((el) => (el.dataset.field ?? '') in fields) ?? null
      if (first) scrollToElement(first.id)
    }, 0)
    return
  }
  const first = Object.keys(fields)[0]
  if (first) setTimeout(() => scrollToElement(fieldElementId(first)), 0)
}

export function useSubmit<S extends z.ZodTypeAny, R>(
  schema: S,
  draft: Pick<DraftHandle, 'key' | 'renewKey' | 'clear'>,
  send: (input: z.output<S>, key: string) => Promise<R>,
) {
  const [submitting, setSubmitting] = useState(false)
  const [fields, setFields] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const [waitUntil, setWaitUntil] = useState<number | null>(null)
  const waitSeconds = useCountdown(waitUntil)
  const waiting = waitSeconds > 0

  const submit = useCallback(
    async (values: unknown): Promise<R | null> => {
      if (busy.current) return null
      if (waitUntil && waitUntil > Date.now()) return null
      if (waitUntil) setWaitUntil(null)
      const checked = validate(schema, values)
      if (!checked.ok) {
        setFields(checked.fields)
        setError('请检查标红的内容')
        showFirst(checked.fields)
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
        if (err instanceof ApiError && err.fields) showFirst(err.fields)
        setError(errorText(err, '提交失败，请重试'))
        if (err instanceof ApiError && err.retryAfterSeconds) setWaitUntil(Date.now() + err.retryAfterSeconds * 1000)
        return null
      } finally {
        busy.current = false
        setSubmitting(false)
      }
    },
    [schema, draft, send, waitUntil],
  )

  const clearField = useCallback((name: string) => {
    setFields((f) => {
      if (!(name in f)) return f
      const next = { ...f }
      delete next[name]
      return next
    })
  }, [])

  // While the server asks to wait, the message says how long, counting down; then it goes.
  const shown = waiting ? `操作太频繁，请 ${formatWait(waitSeconds)}后再试` : waitUntil ? null : error

  return { submit, submitting, fields, error: shown, clearField, setError, waitSeconds }
}
