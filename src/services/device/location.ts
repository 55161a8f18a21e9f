// Location: the weapp map picker, asked for only from a tap.
import Taro from '@tarojs/taro'
import { isWeapp, privacyAuthorized } from './privacy'

export interface PickedLocation {
  address: string
  latitude: number
  longitude: number
}

/** weapp: the map picker. H5: null — the caller shows community/grid pickers and a typed address. */
export async function chooseLocation(): Promise<PickedLocation | null> {
  if (!isWeapp()) return null
  if (!(await privacyAuthorized())) return null
  try {
    const r = await Taro.chooseLocation({})
    const address = [r.address, r.name].filter(Boolean).join(' ').trim()
    if (!address && !r.latitude) return null
    return { address, latitude: r.latitude, longitude: r.longitude }
  } catch {
    return null
  }
}
