// Every form of the report loop keeps what was typed in a persisted draft, so an error, a reload
// or going offline never loses it. The draft also carries the idempotency key of the submission
// it belongs to: a retry of the same submission reuses it, an edited one gets a new one.
import { useCallback } from 'react'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { zustandStorage } from '@/services/storage'
import { newIdempotencyKey } from '@/services/http'
import { useSession } from '@/stores/session'

interface Draft {
  values: Record<string, unknown>
  key: string
  updatedAt: number
}

interface DraftState {
  drafts: Record<string, Draft>
  patch: (formId: string, values: Record<string, unknown>) => void
  renewKey: (formId: string) => void
  clear: (formId: string) => void
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      patch: (formId, values) =>
        set((s) => {
          const prev = s.drafts[formId]
          return {
            drafts: {
              ...s.drafts,
              [formId]: { values: { ...prev?.values, ...values }, key: prev?.key ?? newIdempotencyKey(), updatedAt: Date.now() },
            },
          }
        }),
      renewKey: (formId) =>
        set((s) => {
          const prev = s.drafts[formId]
          if (!prev) return s
          return { drafts: { ...s.drafts, [formId]: { ...prev, key: newIdempotencyKey() } } }
        }),
      clear: (formId) =>
        set((s) => {
          const next = { ...s.drafts }
          delete next[formId]
          return { drafts: next }
        }),
    }),
    { name: 'linli.drafts.reports', storage: createJSONStorage(() => zustandStorage), version: 1 },
  ),
)

/** Drafts belong to a person: on a shared phone the next account must not see what was typed. */
export function draftId(userId: string | null | undefined, formId: string): string {
  return `${userId ?? 'guest'}:${formId}`
}

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
