// Privacy-gated device APIs, in one place. Each asks only when called (from a user's tap), and
// none throws to the page: a refusal or a cancel comes back as null / [] / 'reject'.
import Taro from '@tarojs/taro'
import { randomId } from '@/utils/ids'
import { storage } from './storage'

const isWeapp = () => process.env.TARO_ENV === 'weapp'
const isH5 = () => process.env.TARO_ENV === 'h5'

/** Placeholder: a real deployment puts its subscription template id here. */
export const REPORT_SUBSCRIBE_TEMPLATE_ID = 'LINLI_REPORT_PROGRESS_TEMPLATE_PLACEHOLDER'

/**
 * WeChat's privacy agreement (since base library 2.32.3). Resolves true when the user agreed or
 * the runtime has no such API; false when they declined.
 */
async function privacyAuthorized(): Promise<boolean> {
  const api = (Taro as unknown as { requirePrivacyAuthorize?: (o?: object) => Promise<unknown> }).requirePrivacyAuthorize
  if (typeof api !== 'function') return true
  try {
    await api.call(Taro, {})
    return true
  } catch {
    return false
  }
}

// ---- photos ---------------------------------------------------------------------------------

export const H5_MAX_EDGE = 640
export const H5_JPEG_QUALITY = 0.6

/**
 * Up to `max` photos. weapp: temp file paths (compressed, camera or album). H5: downscaled
 * JPEG data URLs (≤ 640 px, quality 0.6). [] when the user cancels or refuses.
 */
export async function choosePhotos(max: number): Promise<string[]> {
  const count = Math.max(0, Math.min(9, Math.floor(max)))
  if (count === 0) return []
  if (isH5()) return pickFilesH5(count)
  if (!(await privacyAuthorized())) return []
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    })
    return (res.tempFiles ?? []).map((f) => f.tempFilePath).filter(Boolean).slice(0, count)
  } catch {
    return []
  }
}

function pickFilesH5(count: number): Promise<string[]> {
  if (typeof document === 'undefined') return Promise.resolve([])
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = count > 1
    input.setAttribute('data-testid', 'photo-file-input')
    input.style.position = 'fixed'
    input.style.left = '-1000px'
    input.style.width = '1px'
    input.style.height = '1px'
    input.style.opacity = '0'
    let settled = false
    const done = (urls: string[]) => {
      if (settled) return
      settled = true
      input.remove()
      resolve(urls)
    }
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).filter((f) => !f.type || f.type.startsWith('image/')).slice(0, count)
      void Promise.all(files.map((f) => downscale(f).catch(() => null))).then((urls) => done(urls.filter((u): u is string => !!u)))
    })
    // Chromium fires `cancel` when the dialog is dismissed.
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error)
    r.readAsDataURL(file)
  })
}

/** jsdom (tests) has no canvas: there the file is read as it is. */
function canvasWorks(): boolean {
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return false
  try {
    return !!document.createElement('canvas').getContext('2d')
  } catch {
    return false
  }
}

async function downscale(file: File): Promise<string | null> {
  const src = await readAsDataUrl(file)
  if (!canvasWorks()) return src
  const img = await new Promise<HTMLImageElement | null>((resolve) => {
    const el = new Image()
    const timer = setTimeout(() => resolve(null), 15000)
    el.onload = () => {
      clearTimeout(timer)
      resolve(el)
    }
    el.onerror = () => {
      clearTimeout(timer)
      resolve(null)
    }
    el.src = src
  })
  // A format the browser cannot decode (e.g. HEIC on desktop) could not be shown anyway.
  if (!img || !img.naturalWidth) return null
  const scale = Math.min(1, H5_MAX_EDGE / Math.max(img.naturalWidth, img.naturalHeight))
  const w = Math.max(1, Math.round(img.naturalWidth * scale))
  const h = Math.max(1, Math.round(img.naturalHeight * scale))
  const canvas = document.createElement('canvas')
  canvas.width = w
  canvas.height = h
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#fff' // transparent PNGs become white, not black, as JPEG
  ctx.fillRect(0, 0, w, h)
  ctx.drawImage(img, 0, 0, w, h)
  return canvas.toDataURL('image/jpeg', H5_JPEG_QUALITY)
}

// ---- location ---------------------------------------------------------------------------------

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

// ---- scan -------------------------------------------------------------------------------------

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

// ---- subscribe messages ------------------------------------------------------------------------

export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'unsupported' | 'error'

/**
 * weapp only: ask to send report progress notices. Must run from a tap (WeChat rule), e.g. right
 * after a successful submit. H5: 'unsupported'.
 */
export async function requestReportSubscribe(): Promise<SubscribeResult> {
  if (!isWeapp()) return 'unsupported'
  const id = REPORT_SUBSCRIBE_TEMPLATE_ID
  try {
    const r = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
    const v = r[id]
    return v === 'accept' || v === 'reject' || v === 'ban' ? v : 'error'
  } catch {
    // The placeholder template id is rejected by a real WeChat: the app carries on with the inbox.
    return 'error'
  }
}

// ---- login ------------------------------------------------------------------------------------

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
