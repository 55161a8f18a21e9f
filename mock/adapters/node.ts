// msw/node for jest: the real request path (fetch / Taro.request on H5 → msw → core) with an
// in-memory db.
//
//   import { setupMockServer } from '@mock/adapters/node'
//   const { server, msw } = setupMockServer()
//   beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }))
//   afterEach(() => { msw.resetHandlers(); server.reset(); server.control.clearFaults() })
//   afterAll(() => msw.close())
//
//   // in a test: move the clock, switch faults, look at what was stored
//   server.control.clock.advance(3 * 3600_000)
//   server.control.setFaults({ offline: true })
//   expect(server.db.reports).toHaveLength(n)
//
// Pass `clock: createClock('2026-11-22T09:00:00+08:00')` for a frozen, deterministic clock.
import { setupServer } from 'msw/node'
import { createMemoryPersist, createMockServer, type MockServer, type MockServerOptions } from '../server'
import { toMswHandlers, type MswAdapterOptions } from './msw'

export type SetupMockServerOptions = MockServerOptions & MswAdapterOptions

export function setupMockServer(options: SetupMockServerOptions = {}): { server: MockServer; msw: ReturnType<typeof setupServer> } {
  const { origin, ...serverOptions } = options
  const server = createMockServer({ persist: createMemoryPersist(), ...serverOptions })
  const msw = setupServer(...toMswHandlers(server, { origin }))
  return { server, msw }
}
