// The H5 mock's service worker, kept from failing loudly where a failure harms nothing.

export type UpdatableRegistration = { update(): Promise<unknown> }

/**
 * msw asks an already registered worker to update (`registration.update()`) and drops the promise:
 * offline, or when the script cannot be fetched, that is an unhandled rejection. The update is
 * only a freshness check (the registered worker keeps answering): handle its failure by logging it.
 */
export function guardWorkerUpdate(proto: UpdatableRegistration | undefined, log: (message: string, error: unknown) => void = console.warn): void {
  if (!proto || typeof proto.update !== 'function') return
  const marked = proto as UpdatableRegistration & { __linliGuarded?: boolean }
  if (marked.__linliGuarded) return
  const update = proto.update
  proto.update = function guardedUpdate(this: UpdatableRegistration) {
    let p: Promise<unknown>
    try {
      p = Promise.resolve(update.call(this))
    } catch (e) {
      p = Promise.reject(e)
    }
    p.catch((e) => log('[linli] mock service worker update failed; the registered worker keeps answering', e))
    return p
  }
  marked.__linliGuarded = true
}
