// msw's service worker for the H5 build. The db lives in localStorage ('linli.mockdb') and photo
// bytes in IndexedDB ('linli-photos'), so a reload loses nothing; `window.__linliMock` lets
// browser tests switch faults and move the clock:
//   await page.evaluate(() => window.__linliMock.setFaults({ offline: true }))
//   await page.evaluate(() => window.__linliMock.clock.advance(3 * 3600_000))
//   await page.evaluate(() => window.__linliMock.reset())
import { setupWorker } from 'msw/browser'
import { createMockServer, createStoragePersist, type MockControl, type MockServer } from '../server'
import { toMswHandlers } from './msw'
import { createIdbPhotoStore } from './photos-idb'
import { guardWorkerUpdate, type UpdatableRegistration } from './sw-guard'

export const BROWSER_DB_KEY = 'linli.mockdb'

export type BrowserMockHandle = MockControl & { reset(): void }

declare global {
  interface Window {
    __linliMock?: BrowserMockHandle
  }
}

export async function startBrowserMock(): Promise<MockServer> {
  guardWorkerUpdate((window as unknown as { ServiceWorkerRegistration?: { prototype: UpdatableRegistration } }).ServiceWorkerRegistration?.prototype)
  const server = createMockServer({ persist: createStoragePersist(window.localStorage, BROWSER_DB_KEY), photos: createIdbPhotoStore() })
  const worker = setupWorker(...toMswHandlers(server))
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  window.__linliMock = { ...server.control, reset: () => server.reset() }
  return server
}
