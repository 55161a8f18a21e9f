// The WeChat login code (weapp) or a stable per-device pseudo code (H5).
import Taro from '@tarojs/taro'
import { randomId } from '@/utils/ids'
import { storage } from '../storage'
import { isWeapp } from './privacy'

export const H5_DEVICE_KEY = 'linli.h5Device'

/**
 * weapp: a fresh `Taro.login` code. H5: a stable per-device pseudo code `h5-<id>`, so the mock
 * gives the same browser the same WeChat-style account. null when login is unavailable.
 */
export async function wxLoginCode(): Promise<string | null> {
  if (isWeapp()) {
    try {
      const r = await Taro.login({ timeout: 10000 })
      return r.code || null
    } catch {
      return null
    }
  }
  let id = storage.get<string>(H5_DEVICE_KEY)
  if (!id || typeof id !== 'string') {
    id = randomId()
    storage.set(H5_DEVICE_KEY, id)
  }
  return `h5-${id}`
}
