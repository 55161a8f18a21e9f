/**
 * The mocked backend behind msw/node for a test file: listens before the tests, and after each
 * one resets the db to the seed, drops test-only handlers and clears faults.
 *
 *   const { server, msw } = withMockServer()               // at the top of a test file
 *   const { server } = withMockServer({ clock: createClock(T0) })
 */
import { setupMockServer, type SetupMockServerOptions } from '@mock/adapters/node'

export function withMockServer(options: SetupMockServerOptions = {}) {
  const mock = setupMockServer(options)
  beforeAll(() => mock.msw.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    mock.msw.resetHandlers()
    mock.server.reset()
    mock.server.control.clearFaults()
  })
  afterAll(() => mock.msw.close())
  return mock
}
