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

/** The class on <html> while 长辈版 is on (H5). */
export const ELDER_ROOT_CLASS = 'linli-elder'

// H5: Taro draws the tab bar as DOM outside every page, where PageShell's `.elder` does not reach;
// it follows 长辈版 through a class on <html> (app.scss). (weapp's native tab bar cannot grow.)
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' && document.documentElement) {
  const mark = (on: boolean) => document.documentElement.classList.toggle(ELDER_ROOT_CLASS, on)
  mark(useSettings.getState().elder)
  useSettings.subscribe((s, before) => {
    if (s.elder !== before.elder) mark(s.elder)
  })
}
