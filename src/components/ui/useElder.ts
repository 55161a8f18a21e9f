import { useSettings } from '@/stores/settings'

/** Elder mode flag for ui components (they add `is-elder` to their root). */
export function useElder(): boolean {
  return useSettings((s) => s.elder)
}
