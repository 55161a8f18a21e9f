// Photos: asked for only when the user taps 添加照片; a refusal or a cancel is [].
// What comes back is ready to upload (POST /photos, see src/services/photos.ts): a downscaled
// image as a data URL, on every platform.
import Taro from '@tarojs/taro'
import { isH5, privacyAuthorized } from './privacy'

export const H5_MAX_EDGE = 640
export const H5_JPEG_QUALITY = 0.6
/** weapp: compressImage's quality (0–100) and width */
export const MINI_QUALITY = 60

export interface PickedPhotos {
  photos: string[]
  /** chosen beyond `max` and left out (a browser's file dialog cannot be told a limit) */
  overLimit: number
}

/**
 * Up to `max` photos as image data URLs: H5 downscaled JPEG (≤ 640 px, quality 0.6); weapp the
 * compressed camera or album photo, compressed again to ≤ 640 px wide where the base library
 * can. [] when the user cancels or refuses; a photo that cannot be read is left out.
 */
export async function choosePhotos(max: number): Promise<string[]> {
  return (await pickPhotos(max)).photos
}

/** choosePhotos, and how many more than `max` the person chose (the form says so). */
export async function pickPhotos(max: number): Promise<PickedPhotos> {
  const count = Math.max(0, Math.min(9, Math.floor(max)))
  if (count === 0) return { photos: [], overLimit: 0 }
  if (isH5()) return pickFilesH5(count)
  return { photos: await chooseMini(count), overLimit: 0 }
}

/** WeChat's album itself stops at `count`. */
async function chooseMini(count: number): Promise<string[]> {
  if (!(await privacyAuthorized())) return []
  let paths: string[]
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    })
    paths = (res.tempFiles ?? []).map((f) => f.tempFilePath).filter(Boolean).slice(0, count)
  } catch {
    return []
  }
  const urls = await Promise.all(paths.map((p) => fileToDataUrl(p).catch(() => null)))
  return urls.filter((u): u is string => !!u)
}

/** The image type its base64 starts with (jpeg, png, webp); jpeg when it is none of them. */
export function imageMimeOf(base64: string): string {
  if (base64.startsWith('iVBORw0KGgo')) return 'image/png'
  if (base64.startsWith('UklGR')) return 'image/webp'
  return 'image/jpeg'
}

/**
 * A photo the user has already chosen, as a data URL to upload: a data URL as it is; a
 * mini-program file path (a draft an earlier version kept) compressed and read.
 */
export async function fileToDataUrl(pathOrUrl: string): Promise<string> {
  if (pathOrUrl.startsWith('data:')) return pathOrUrl
  // H5 has no file paths: anything else is not a picture we can read
  if (isH5() || !/^(wxfile:|http:\/\/tmp\/)/.test(pathOrUrl)) throw new Error('not a photo file')
  let path = pathOrUrl
  try {
    const small = await Taro.compressImage({ src: path, quality: MINI_QUALITY, compressedWidth: H5_MAX_EDGE } as Taro.compressImage.Option)
    if (small.tempFilePath) path = small.tempFilePath
  } catch {
    /* an older base library, or not an image it can compress: send it as it is */
  }
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: reject,
    })
  })
  return `data:${imageMimeOf(base64)};base64,${base64}`
}

function pickFilesH5(count: number): Promise<PickedPhotos> {
  if (typeof document === 'undefined') return Promise.resolve({ photos: [], overLimit: 0 })
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
    const done = (urls: string[], overLimit = 0) => {
      if (settled) return
      settled = true
      input.remove()
      resolve({ photos: urls, overLimit })
    }
    input.addEventListener('change', () => {
      const images = Array.from(input.files ?? []).filter((f) => !f.type || f.type.startsWith('image/'))
      const files = images.slice(0, count)
      void Promise.all(files.map((f) => downscale(f).catch(() => null))).then((urls) =>
        done(
          urls.filter((u): u is string => !!u),
          images.length - files.length,
        ),
      )
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

/**
 * An image drawn on a canvas no larger than `maxEdge` on its longest side (H5), or null when the
 * browser cannot decode it in 15 s (e.g. HEIC on desktop: it could not be shown anyway).
 */
export async function drawScaled(src: string, maxEdge: number): Promise<{ canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; img: HTMLImageElement } | null> {
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
  if (!img || !img.naturalWidth) return null
  const scale = Math.min(1, maxEdge / Math.max(img.naturalWidth, img.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale))
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale))
  const ctx = canvas.getContext('2d')
  return ctx ? { canvas, ctx, img } : null
}

async function downscale(file: File): Promise<string | null> {
  const src = await readAsDataUrl(file)
  if (!canvasWorks()) return src
  const drawn = await drawScaled(src, H5_MAX_EDGE)
  if (!drawn) return null
  const { canvas, ctx, img } = drawn
  const w = canvas.width
  const h = canvas.height
  ctx.fillStyle = '#fff' // transparent PNGs become white, not black, as JPEG
  ctx.fillRect(0, 0, w, h)
  ctx.drawImage(img, 0, 0, w, h)
  return canvas.toDataURL('image/jpeg', H5_JPEG_QUALITY)
}
