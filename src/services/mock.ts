import { useEffect, useState } from 'react'

// The one place in src that reaches into mock/. With __MOCK__ false (LINLI_MOCK=0) the build
// carries no mock code (checked by `npm run size`).

export interface MockControl {
  setFaults(f: { offline?: boolean; error500?: boolean | number; latencyMs?: number; timeout?: boolean; pathPrefix?: string }): void
  clearFaults(): void
  /** whether the simulated offline fault is on now */
  isOffline(): boolean
  reset(): Promise<void>
}

let control: MockControl | null = null

async function boot(): Promise<void> {
  // jest starts msw/node itself (mock/adapters/node.ts).
  if (process.env.NODE_ENV === 'test') return
  // Each import sits directly under `if (__MOCK__ && …)`: webpack skips the dependencies of a
  // branch it can prove dead, so a LINLI_MOCK=0 build does not even contain the mock chunk.
  if (__MOCK__ && process.env.TARO_ENV === 'h5') {
    try {
      const { startBrowserMock } = await import(/* webpackChunkName: "mock" */ '../../mock/adapters/browser')
      control = wrap(await startBrowserMock())
    } catch (e) {
      // Requests will then fail with the network error message, which the pages show.
      console.error('[linli] mock backend did not start', e)
    }
  }
  if (__MOCK__ && process.env.TARO_ENV !== 'h5') {
    // msw cannot run in a mini-program (no Request, Response, Headers or TextEncoder): the
    // interceptor adapter answers Taro.request in-process. Its code is a subpackage of its own,
    // fetched with require.async (config/weapp-require-async.ts), so the main package does not
    // carry it; http awaits mockReady, so requests made meanwhile wait for it.
    try {
      const { installMiniMock } = await import(/* webpackChunkName: "packages/mock/index" */ '../../mock/adapters/mini')
      control = wrap(installMiniMock())
    } catch (e) {
      console.error('[linli] mock backend did not start', e)
    }
  }
}

interface ServerLike {
  control: { setFaults: MockControl['setFaults']; clearFaults(): void; faults(): { offline?: boolean } }
  reset(): void | Promise<void>
}

const resetListeners = new Set<() => void>()

/**
 * Runs `listener` after each demo reset (重置演示数据): what the client keeps that the old data
 * signed (the photo key) is dropped. Answers the unsubscribe.
 */
export function onMockReset(listener: () => void): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

function wrap(server: ServerLike): MockControl {
  return {
    setFaults: (f) => server.control.setFaults(f),
    clearFaults: () => server.control.clearFaults(),
    isOffline: () => !!server.control.faults().offline,
    reset: async () => {
      await server.reset()
      resetListeners.forEach((l) => l())
    },
  }
}

let booting: Promise<void> | null = null
let settled = false
function start(): Promise<void> {
  booting ??= boot().finally(() => {
    settled = true
  })
  return booting
}

/**
 * In a component: false until the mocked backend has started (or failed to), then true; true at
 * once without a mock. Subscribing starts it, like a request would.
 */
export function useMockReady(): boolean {
  const [ready, setReady] = useState(!__MOCK__ || settled)
  useEffect(() => {
    if (ready) return
    let live = true
    const done = () => {
      if (live) setReady(true)
    }
    start().then(done, done)
    return () => {
      live = false
    }
  }, [ready])
  return ready
}

/**
 * Resolves once the mocked backend answers. http awaits it before every request, and that await
 * is what starts the mock if nothing has yet: the first request never goes out unanswered. On H5
 * the mock (msw and the mock core, ≈110 KB gzip, plus its service worker) otherwise starts a
 * second after the load event, so it competes neither with the first page's chunks nor with its
 * first paint; a page that asks for data at once starts it sooner.
 */
export const mockReady: Promise<void> = __MOCK__
  ? {
      then: (onFulfilled, onRejected) => start().then(onFulfilled, onRejected),
      catch: (onRejected) => start().catch(onRejected),
      finally: (onFinally) => start().finally(onFinally),
      [Symbol.toStringTag]: 'Promise',
    }
  : Promise.resolve()

if (__MOCK__) {
  if (process.env.TARO_ENV === 'h5' && process.env.NODE_ENV !== 'test' && typeof window !== 'undefined' && typeof document !== 'undefined') {
    // A second after the load event (the first page has painted), when the main thread is idle.
    // boot() logs its own failures; this catch keeps anything it missed from being an unhandled rejection
    const begin = () => void start().catch((e) => console.error('[linli] mock backend did not start', e))
    const soon = () =>
      setTimeout(() => {
        if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(begin, { timeout: 1000 })
        else begin()
      }, 1000)
    if (document.readyState === 'complete') soon()
    else window.addEventListener('load', soon, { once: true })
  } else {
    // Mini-programs and jest: start now (weapp fetches the mock's subpackage at launch).
    void start().catch((e) => console.error('[linli] mock backend did not start', e))
  }
}

export function getMockControl(): MockControl | null {
  return __MOCK__ ? control : null
}

/**
 * Jest starts its own server behind msw/node and connects it here, so 我的 → 演示设置 drives that
 * server through the same wrapper as in the app (null disconnects it).
 */
export function connectMockServer(server: ServerLike | null): void {
  if (__MOCK__) control = server ? wrap(server) : null
}
