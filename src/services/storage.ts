import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

// Synchronous on purpose: stores rehydrate before the first render, so a reload never flashes
// a logged-out or non-elder screen, and a draft is back before the user can type over it.
export const storage = {
  get<T>(key: string): T | null {
    try {
      const v = Taro.getStorageSync(key)
      return v === '' || v === undefined || v === null ? null : (v as T)
    } catch {
      return null
    }
  },
  set(key: string, value: unknown): boolean {
    try {
      Taro.setStorageSync(key, value)
      return true
    } catch {
      // Quota exceeded or storage disabled: the caller keeps the value in memory.
      return false
    }
  },
  remove(key: string): void {
    try {
      Taro.removeStorageSync(key)
    } catch {
      /* nothing stored */
    }
  },
}

export const zustandStorage: StateStorage = {
  getItem: (name) => {
    const v = storage.get<string>(name)
    return typeof v === 'string' ? v : null
  },
  setItem: (name, value) => {
    storage.set(name, value)
  },
  removeItem: (name) => storage.remove(name),
}
