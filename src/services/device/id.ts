// A stable id for this device (this browser, this phone's copy of the app), kept in storage. The
// server scopes anonymous idempotency keys and per-device limits by it; it identifies no person.
import { randomId } from '@/utils/ids'
import { storage } from '../storage'

/** Kept under the key the H5 pseudo login code has always used, so a device keeps its account. */
export const DEVICE_ID_KEY = 'linli.h5Device'

export function deviceId(): string {
  let id = storage.get<string>(DEVICE_ID_KEY)
  if (!id || typeof id !== 'string') {
    id = randomId()
    storage.set(DEVICE_ID_KEY, id)
  }
  return id
}
