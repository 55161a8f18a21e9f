// The WeChat login code (weapp) or a stable per-device pseudo code (H5).
import Taro from '@tarojs/taro'
import { deviceId } from './id'
import { isWeapp } from './privacy'

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
  return `h5-${deviceId()}`
}
