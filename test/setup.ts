import '@testing-library/jest-dom'
import { act } from '@testing-library/react'
import { useDraftStore } from '@/stores/drafts'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'

// jsdom has no IntersectionObserver; Taro's H5 <Image> (photos in a ticket) uses it for lazy
// loading and logs a ReferenceError without it. A do-nothing one keeps the output readable.
if (typeof window !== 'undefined' && !('IntersectionObserver' in window)) {
  class NoIntersectionObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return []
    }
  }
  Object.defineProperty(window, 'IntersectionObserver', { value: NoIntersectionObserver, configurable: true, writable: true })
}

// Each test starts with empty storage (Taro H5 storage is localStorage) and every client store
// as a fresh app has it: logged out, no drafts, elder mode off.
beforeEach(() => {
  window.localStorage.clear()
  window.sessionStorage.clear()
  act(() => {
    useSession.setState({ token: null, expiresAt: null, user: null, activeRole: null })
    useDraftStore.setState({ drafts: {} })
    useSettings.setState({ elder: false })
  })
})
