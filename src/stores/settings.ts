// Device-level preferences. Elder mode 长辈版: larger text and targets, no pop-ups.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { zustandStorage } from '@/services/storage'

export const SETTINGS_STORAGE_KEY = 'linli.settings'

export interface SettingsState {
  elder: boolean
  setElder(on: boolean): void
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      elder: false,
      setElder: (on) => set({ elder: !!on }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => zustandStorage),
      partialize: (s) => ({ elder: s.elder }),
    },
  ),
)

export const useElder = (): boolean => useSettings((s) => s.elder)
