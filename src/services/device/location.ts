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

export type CurrentPosition =
  | { ok: true; latitude: number; longitude: number }
  /** denied: the person (or WeChat's privacy agreement) said no; unavailable: no fix, or no API */
  | { ok: false; reason: 'denied' | 'unavailable' }

/**
 * Where the phone is now, in WGS-84 degrees, asked for only from a tap. weapp: Taro.getLocation
 * (behind the privacy agreement; declared in app.config's requiredPrivateInfos). H5: the
 * browser's geolocation, which asks the person itself.
 */
export async function currentPosition(): Promise<CurrentPosition> {
  if (isWeapp()) {
    if (!(await privacyAuthorized())) return { ok: false, reason: 'denied' }
    try {
      const r = await Taro.getLocation({ type: 'wgs84' })
      return { ok: true, latitude: r.latitude, longitude: r.longitude }
    } catch (e) {
      const msg = String((e as { errMsg?: string } | null)?.errMsg ?? '')
      return { ok: false, reason: /auth|deny|denied/i.test(msg) ? 'denied' : 'unavailable' }
    }
  }
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined
  if (!geo) return { ok: false, reason: 'unavailable' }
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (p) => resolve({ ok: true, latitude: p.coords.latitude, longitude: p.coords.longitude }),
      // 1: PERMISSION_DENIED
      (err) => resolve({ ok: false, reason: err && err.code === 1 ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    )
  })
}
