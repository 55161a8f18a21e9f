import { useCallback } from 'react'
import { draftId, useDraftStore } from '@/stores/drafts'
import { useSession } from '@/stores/session'

/**
 * A form's values backed by the persisted draft. `key()` gives the idempotency key of the current
 * submission, creating the draft if the user submits an untouched form.
 */
export function useDraft<T extends Record<string, unknown>>(form: string, initial: T) {
  const formId = draftId(useSession((s) => s.user?.id), form)
  const draft = useDraftStore((s) => s.drafts[formId])
  const patch = useDraftStore((s) => s.patch)
  const values = { ...initial, ...(draft?.values as Partial<T> | undefined) } as T
  const set = useCallback((v: Partial<T>) => patch(formId, v), [formId, patch])
  const key = useCallback(() => {
    const s = useDraftStore.getState()
    if (!s.drafts[formId]) s.patch(formId, {})
    return useDraftStore.getState().drafts[formId].key
  }, [formId])
  const renewKey = useCallback(() => useDraftStore.getState().renewKey(formId), [formId])
  const clear = useCallback(() => useDraftStore.getState().clear(formId), [formId])
  return { values, set, key, renewKey, clear, touched: !!draft }
}

export type DraftHandle = ReturnType<typeof useDraft<Record<string, unknown>>>
