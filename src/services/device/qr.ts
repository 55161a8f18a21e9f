// Reading a QR code: weapp's scanner, or on H5 a photo (camera or album) decoded in the page.
import Taro from '@tarojs/taro'
import { drawScaled } from './photos'
import { scanCode } from './scan'
import { isH5, privacyAuthorized } from './privacy'

/** The longest edge a photo is decoded at: a phone photo of a voucher needs no more. */
export const QR_DECODE_MAX_EDGE = 1024

/**
 * The text of a QR code in RGBA pixels (an ImageData's), or null. jsQR is loaded on demand and
 * only in the H5 build: weapp reads codes with its own scanner.
 */
export async function decodeQrPixels(data: Uint8ClampedArray, width: number, height: number): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5' || process.env.NODE_ENV === 'test') {
    const { default: jsQR } = await import('jsqr')
    const found = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })
    return found && found.data ? found.data : null
  }
  return null
}

/** H5: an image (blob or data URL) → its QR code's text, or null. */
export async function decodeQrImage(src: string): Promise<string | null> {
  if (typeof document === 'undefined') return null
  const drawn = await drawScaled(src, QR_DECODE_MAX_EDGE)
  if (!drawn) return null
  const { canvas, ctx, img } = drawn
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return decodeQrPixels(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)
}

export type ScanResult = { ok: true; text: string } | { ok: false; reason: 'cancelled' | 'unreadable' }

/**
 * A voucher's code, from a tap: weapp opens WeChat's scanner; H5 takes a photo (camera or album)
 * and decodes it here. Typing the short code is the caller's fallback, always offered.
 */
export async function scanQr(): Promise<ScanResult> {
  if (!isH5()) {
    const text = await scanCode()
    return text ? { ok: true, text } : { ok: false, reason: 'cancelled' }
  }
  if (!(await privacyAuthorized())) return { ok: false, reason: 'cancelled' }
  let path: string | undefined
  try {
    const r = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'], sizeType: ['original'] })
    path = r.tempFilePaths[0]
  } catch {
    return { ok: false, reason: 'cancelled' }
  }
  if (!path) return { ok: false, reason: 'cancelled' }
  const text = await decodeQrImage(path)
  return text ? { ok: true, text } : { ok: false, reason: 'unreadable' }
}
