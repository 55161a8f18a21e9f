// 照片: a photo travels and is stored as a reference the server issued (`ph_…`), never as
// its bytes. The client uploads each chosen photo once (POST /photos, a data URL) and keeps
// the reference; a report's photos are references; GET /photos/:id answers the image to its
// uploader and to whoever may see a report that shows it (404 otherwise).
//
// An <img> sends no Authorization header, and its URL ends up in history, screenshots and logs:
// it never carries the session token. The client asks for a photo key (GET /photos/key), a
// capability that only reads photos for the person it was issued to and expires within two
// hours, and an <img> URL carries that as `?key=`.
//
// Transition: a report body may still carry a small `data:image/(jpeg|png|webp);base64,…`
// (from a draft an earlier version kept), which the server stores on receipt, so its db only
// ever holds references.
//
// No import from './common' (its fields.ts imports this file): only the endpoint helper.
import { z } from 'zod'
import { endpoint } from './common/endpoint'

export const photoEndpoints = {
  /** POST `{ dataUrl }` → PhotoUploaded (auth; an Idempotency-Key like every POST) */
  upload: endpoint('/photos'),
  /** GET (auth) → PhotoKey; listed before `file`, whose `:id` would otherwise take 'key' */
  key: endpoint('/photos/key'),
  /**
   * GET → the image itself (Content-Type image/…); 404 for a photo the caller may not see.
   * Who the caller is: the Authorization header, or `?key=` (PHOTO_KEY_PARAM) for an <img>.
   */
  file: endpoint('/photos/:id'),
}

/** The query parameter of a photo URL that carries a PhotoKey's `key`. */
export const PHOTO_KEY_PARAM = 'key'

/**
 * What an <img> URL may carry instead of the session token: it lets its holder read the photos
 * the person it was issued to may see, nothing else, until `expiresAt`. The same key is answered
 * all through one clock hour (so photo URLs, and what the browser cached for them, stay the same
 * across renders and reloads) and lasts to the end of the next hour; signing out ends it.
 */
export interface PhotoKey {
  key: string
  /** ISO time, by the server's clock */
  expiresAt: string
}

/**
 * One person's uploads that nothing uses yet (a draft's, a form given up on) may not exceed this
 * many bytes (413 beyond). Photos filed with a report, booking or case no longer count: those are
 * bounded by how often one may file.
 */
export const PHOTO_USER_BYTES_MAX = 30 * 1024 * 1024
export const PHOTO_QUOTA_MESSAGE = '您上传后还没用上的照片已超过 30 MB。请先提交正在填写的内容；7 天没用上的照片会自动清理'

/**
 * A reference: `ph_`, one letter naming the format (PHOTO_FORMATS), then base-36 characters.
 * The format letter lets a mini-program find the stored file (`<id>.<ext>`) from the reference
 * alone.
 */
export const PHOTO_REF_RE = /^ph_[0-9a-z]{6,32}$/

/** The formats a reference may name, by its first letter after `ph_`. Uploads: j, p, w only. */
export const PHOTO_FORMATS = {
  j: { mime: 'image/jpeg', ext: 'jpg' },
  p: { mime: 'image/png', ext: 'png' },
  w: { mime: 'image/webp', ext: 'webp' },
  /** the seed's built-in label pictures */
  s: { mime: 'image/svg+xml', ext: 'svg' },
} as const
export type PhotoFormatKey = keyof typeof PHOTO_FORMATS

/** What a person may upload. */
export const PHOTO_UPLOAD_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoUploadMime = (typeof PHOTO_UPLOAD_MIMES)[number]

/** Longest data URL accepted (its base64 part), in a report body or an upload. */
export const PHOTO_DATA_URL_MAX = 400 * 1024
/** Largest decoded image the server stores. */
export const PHOTO_BYTES_MAX = 300 * 1024

export const PHOTO_FORMAT_MESSAGE = '照片格式不正确'
export const PHOTO_TOO_LARGE_MESSAGE = '照片太大，请换一张或压缩后再传（不超过300KB）'

const DATA_URL_RE = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/

export function isPhotoRef(v: unknown): boolean {
  return typeof v === 'string' && PHOTO_REF_RE.test(v)
}

/** `data:image/jpeg|png|webp;base64,…` of at most PHOTO_DATA_URL_MAX base64 characters. */
export function isPhotoDataUrl(v: unknown): boolean {
  return typeof v === 'string' && v.length <= PHOTO_DATA_URL_MAX + 32 && splitPhotoDataUrl(v) !== null
}

/** The mime type and base64 part of an acceptable data URL; null for anything else. */
export function splitPhotoDataUrl(v: string): { mime: PhotoUploadMime; base64: string } | null {
  // the cheap checks first: never run a regex over a megabyte of something else
  if (v.slice(0, 11) !== 'data:image/') return null
  const comma = v.indexOf(',')
  if (comma < 0 || comma > 40 || v.length - comma - 1 > PHOTO_DATA_URL_MAX) return null
  const m = DATA_URL_RE.exec(v)
  return m ? { mime: m[1] as PhotoUploadMime, base64: m[2] } : null
}

/** The format a reference names (jpeg when it names none we know). */
export function photoFormat(ref: string): (typeof PHOTO_FORMATS)[PhotoFormatKey] {
  return PHOTO_FORMATS[ref.charAt(3) as PhotoFormatKey] || PHOTO_FORMATS.j
}

/** Mini-programs keep each photo as a file `${USER_DATA_PATH}/${PHOTO_MINI_DIR}/${photoFileName(ref)}`. */
export const PHOTO_MINI_DIR = 'linli-photos'

export function photoFileName(ref: string): string {
  return `${ref}.${photoFormat(ref).ext}`
}

export const photoUploadSchema = z.object({
  dataUrl: z
    .string({ required_error: '请选择照片', invalid_type_error: PHOTO_FORMAT_MESSAGE })
    .refine((s) => s.length <= PHOTO_DATA_URL_MAX + 32, PHOTO_TOO_LARGE_MESSAGE)
    .refine((s) => s.length > PHOTO_DATA_URL_MAX + 32 || splitPhotoDataUrl(s) !== null, PHOTO_FORMAT_MESSAGE),
})
export type PhotoUploadInput = z.input<typeof photoUploadSchema>

/** The answer to an upload: keep `id`, it is what a report's `photos` hold. */
export interface PhotoUploaded {
  id: string
  mime: PhotoUploadMime
  /** decoded size in bytes */
  bytes: number
}
