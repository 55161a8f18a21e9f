import '@testing-library/jest-dom'

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

// Each test file starts with empty storage (Taro H5 storage is localStorage).
beforeEach(() => {
  window.localStorage.clear()
  window.sessionStorage.clear()
})
