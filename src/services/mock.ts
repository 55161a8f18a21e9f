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
    // Mini-programs cannot split chunks at run time, and msw cannot run there (TOOLCHAIN.md):
    // the interceptor adapter answers Taro.request in-process.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { installMiniMock } = require('../../mock/adapters/mini')
    control = wrap(installMiniMock())
  }
}

interface ServerLike {
  control: { setFaults: MockControl['setFaults']; clearFaults(): void; faults(): { offline?: boolean } }
  reset(): void | Promise<void>
}

function wrap(server: ServerLike): MockControl {
  return {
    setFaults: (f) => server.control.setFaults(f),
    clearFaults: () => server.control.clearFaults(),
    isOffline: () => !!server.control.faults().offline,
    reset: async () => {
      await server.reset()
    },
  }
}

export const mockReady: Promise<void> = __MOCK__ ? boot() : Promise.resolve()

export function getMockControl(): MockControl | null {
  return __MOCK__ ? control : null
}
