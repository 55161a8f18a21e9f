/**
 * The mocked backend behind msw/node for a test file: listens before the tests (and is what the
 * app's getMockControl drives), and after each one resets the db to the seed, drops test-only
 * handlers and clears faults.
 *
 *   const { server, msw } = withMockServer()               // at the top of a test file
 *   const { server } = withMockServer({ clock: createClock(T0) })
 */
import { setupMockServer, type SetupMockServerOptions } from '@mock/adapters/node'
import { connectMockServer } from '@/services/mock'

export function withMockServer(options: SetupMockServerOptions = {}) {
  const mock = setupMockServer(options)
  beforeAll(() => {
    mock.msw.listen({ onUnhandledRequest: 'error' })
    connectMockServer(mock.server)
  })
  afterEach(() => {
    mock.msw.resetHandlers()
    mock.server.reset()
    mock.server.control.clearFaults()
  })
  afterAll(() => {
    connectMockServer(null)
    mock.msw.close()
  })
  return mock
}
