// What the device capabilities share: the runtime checks and WeChat's privacy agreement.
import Taro from '@tarojs/taro'

export const isWeapp = () => process.env.TARO_ENV === 'weapp'
export const isH5 = () => process.env.TARO_ENV === 'h5'

/**
 * WeChat's privacy agreement (since base library 2.32.3). Resolves true when the user agreed or
 * the runtime has no such API; false when they declined.
 */
export async function privacyAuthorized(): Promise<boolean> {
  const api = (Taro as unknown as { requirePrivacyAuthorize?: (o?: object) => Promise<unknown> }).requirePrivacyAuthorize
  if (typeof api !== 'function') return true
  try {
    await api.call(Taro, {})
    return true
  } catch {
    return false
  }
}
