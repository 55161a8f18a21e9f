// Scanning a code, asked for only from a tap.
import Taro from '@tarojs/taro'
import { isWeapp, privacyAuthorized } from './privacy'

/** weapp: the scanner's result text. H5: null — the caller shows a typed-code input. */
export async function scanCode(): Promise<string | null> {
  if (!isWeapp()) return null
  if (!(await privacyAuthorized())) return null
  try {
    const r = await Taro.scanCode({ onlyFromCamera: false })
    return r.result || null
  } catch {
    return null
  }
}
