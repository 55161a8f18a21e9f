import { guardWorkerUpdate } from '../sw-guard'

function registrationProto(update: () => Promise<unknown>) {
  return { update } as { update(): Promise<unknown> }
}

test('a failed worker update is logged, not left as an unhandled rejection', async () => {
  const log = jest.fn()
  const proto = registrationProto(() => Promise.reject(new Error('Failed to update a ServiceWorker: network error')))
  guardWorkerUpdate(proto, log)
  const unhandled = jest.fn()
  process.on('unhandledRejection', unhandled)
  try {
    // msw calls update() and drops the promise
    void proto.update()
    await new Promise((r) => setTimeout(r, 20))
    expect(unhandled).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0][1])).toContain('network error')
  } finally {
    process.off('unhandledRejection', unhandled)
  }
})

test('a working update passes through; guarding twice wraps once; a throw becomes a logged rejection', async () => {
  const log = jest.fn()
  const update = jest.fn(() => Promise.resolve('ok'))
  const proto = registrationProto(update)
  guardWorkerUpdate(proto, log)
  const once = proto.update
  guardWorkerUpdate(proto, log)
  expect(proto.update).toBe(once)
  await expect(proto.update()).resolves.toBe('ok')
  expect(update).toHaveBeenCalledTimes(1)
  expect(log).not.toHaveBeenCalled()

  const throwing = registrationProto(() => {
    throw new Error('InvalidStateError')
  })
  guardWorkerUpdate(throwing, log)
  await expect(throwing.update()).rejects.toThrow('InvalidStateError')
  expect(log).toHaveBeenCalledTimes(1)
  guardWorkerUpdate(undefined, log) // no service workers (an old browser): nothing to do
})
