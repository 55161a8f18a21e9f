import type { Persist } from './types'

/** Keeps the db in a variable: survives a new server on the same object, not a new process. */
export function createMemoryPersist(initial: string | null = null): Persist & { peek(): string | null } {
  let stored = initial
  return {
    load: () => stored,
    save: (json) => {
      stored = json
    },
    clear: () => {
      stored = null
    },
    peek: () => stored,
  }
}

/** Any storage with the shape of window.localStorage. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export function createStoragePersist(storage: KeyValueStorage, key: string): Persist {
  return {
    load: () => storage.getItem(key),
    save: (json) => storage.setItem(key, json),
    clear: () => storage.removeItem(key),
  }
}
