// Every form keeps what was typed in a persisted draft, so an error, a reload or going offline
// never loses it. The draft also carries the idempotency key of the submission it belongs to: a
// retry of the same submission reuses it, an edited one gets a new one. Drafts are per user.
import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { storage, zustandStorage } from '@/services/storage'
import { newIdempotencyKey } from '@/services/http'

export const DRAFTS_STORAGE_KEY = 'linli.drafts'
/** Where the report forms kept their drafts before every module shared one store. */
export const LEGACY_DRAFTS_STORAGE_KEY = 'linli.drafts.reports'

/** Reads the drafts, taking over the ones stored under the old key (once; then it is removed). */
const draftStorage: StateStorage = {
  ...zustandStorage,
  getItem: (name) => {
    const current = zustandStorage.getItem(name) as string | null
    if (current !== null || name !== DRAFTS_STORAGE_KEY) return current
    const legacy = zustandStorage.getItem(LEGACY_DRAFTS_STORAGE_KEY) as string | null
    if (legacy === null) return null
    storage.set(DRAFTS_STORAGE_KEY, legacy)
    storage.remove(LEGACY_DRAFTS_STORAGE_KEY)
    return legacy
  },
}

export interface Draft {
  values: Record<string, unknown>
  key: string
  updatedAt: number
}

interface DraftState {
  drafts: Record<string, Draft>
  patch: (formId: string, values: Record<string, unknown>) => void
  renewKey: (formId: string) => void
  clear: (formId: string) => void
  /** forgets every draft of one user (at log out) */
  clearUser: (userId: string) => void
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
      clearUser: (userId) =>
        set((s) => {
          const next: Record<string, Draft> = {}
          for (const id of Object.keys(s.drafts)) if (!id.startsWith(`${userId}:`)) next[id] = s.drafts[id]
          return { drafts: next }
        }),
    }),
    { name: DRAFTS_STORAGE_KEY, storage: createJSONStorage(() => draftStorage), version: 1 },
  ),
)

/** Drafts belong to a person: on a shared phone the next account must not see what was typed. */
export function draftId(userId: string | null | undefined, formId: string): string {
  return `${userId ?? 'guest'}:${formId}`
}

/**
 * A form id with this prefix keeps a person's notes on the device (the papers they have ticked
 * for a service), not something typed for the server: it is never counted as unsent.
 */
export const KEPT_FORM_PREFIX = 'kept-'

/** How many drafts `userId` has with something typed in them (an untouched form is no draft). */
export function countDrafts(drafts: Record<string, Draft>, userId: string | null | undefined): number {
  if (!userId) return 0
  const kept = `${userId}:${KEPT_FORM_PREFIX}`
  return Object.keys(drafts).filter((id) => id.startsWith(`${userId}:`) && !id.startsWith(kept) && hasContent(drafts[id].values)).length
}

function hasContent(values: Record<string, unknown>): boolean {
  return Object.keys(values).some((k) => {
    const v = values[k]
    return Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null && v !== false
  })
}
