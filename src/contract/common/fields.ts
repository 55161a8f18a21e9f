// Field schemas that several domains' forms share, with their Chinese messages.
import { z } from 'zod'
import { PHOTO_DATA_URL_MAX, PHOTO_FORMAT_MESSAGE, PHOTO_TOO_LARGE_MESSAGE, isPhotoDataUrl, isPhotoRef } from '../photos'

export const PHOTOS_MAX = 9

export const phoneField = z
  .string({ required_error: '请填写联系电话', invalid_type_error: '请填写联系电话' })
  .max(32, '请输入11位手机号码')
  .trim()
  .min(1, '请填写联系电话')
  .regex(/^1\d{10}$/, '请输入11位手机号码')

/**
 * Characters nobody sees on their own: white space, zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF), combining marks and variation selectors. A text made only of them is empty.
 * (Explicit ranges, no `\p{…}`: the WeChat runtime must run this.)
 */
const INVISIBLE = /[\s\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]/

/** Characters as people count them: code points (an emoji is one, not two UTF-16 units). */
export function charCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // a high surrogate followed by a low one is one character
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/** Characters that show: code points, less the invisible ones (inner spaces count). */
function visibleCount(s: string): number {
  let n = 0
  let space = 0
  let seen = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    } else if (INVISIBLE.test(s.charAt(i))) {
      // a space between two visible characters counts; zero-width characters and marks never do
      if (seen && /\s/.test(s.charAt(i))) space++
      continue
    }
    n += 1 + space
    space = 0
    seen = true
  }
  return n
}

/**
 * A text of at most `max` characters (code points), trimmed; `min` counts only characters that
 * show, so a text of spaces, zero-width characters or combining marks is empty: '请填写…'.
 */
function boundedText(label: string, min: number, max: number) {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `请填写${label}` })
    .trim()
    .superRefine((s, ctx) => {
      // the cheap bound first: more UTF-16 units than 2 × max cannot be max characters
      if (s.length > 2 * max || charCount(s) > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}最多${max}个字` })
        return
      }
      if (min <= 0) return
      const shown = visibleCount(s)
      if (shown === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `请填写${label}` })
      else if (shown < min) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}至少${min}个字` })
    })
}

/** A required text of `min`–`max` characters, named `label` in its messages. */
export const textField = (label: string, min: number, max: number) => boundedText(label, Math.max(1, min), max)

/** An optional text of at most `max` characters ('' when left out), named `label` in its messages. */
export const optionalTextField = (label: string, max: number) => boundedText(label, 0, max).default('')

/** An id chosen from a list (a grid, an account, a message…): 1–64 characters. */
export const idField = (missing: string, max = 64) =>
  z.string({ required_error: missing, invalid_type_error: missing }).min(1, missing).max(max, missing)

/**
 * Up to PHOTOS_MAX photos, each a reference the server issued (`ph_…`, see ../photos) or, for
 * drafts an earlier version kept, an image data URL of bounded size that the server stores on
 * receipt. Anything else (`javascript:`, `data:text/html`, a remote URL…) → '照片格式不正确' at
 * `photos.<i>`. Too many photos is one message at `photos`, without one per photo.
 */
export const photosField = z
  .array(z.string({ invalid_type_error: PHOTO_FORMAT_MESSAGE }), { invalid_type_error: PHOTO_FORMAT_MESSAGE })
  .max(PHOTOS_MAX, `最多上传${PHOTOS_MAX}张照片`)
  .superRefine((list, ctx) => {
    if (list.length > PHOTOS_MAX) return
    list.forEach((p, i) => {
      if (isPhotoRef(p) || isPhotoDataUrl(p)) return
      const tooLarge = /^data:image\/(jpeg|png|webp);base64,/.test(p.slice(0, 30)) && p.length > PHOTO_DATA_URL_MAX
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: tooLarge ? PHOTO_TOO_LARGE_MESSAGE : PHOTO_FORMAT_MESSAGE })
    })
  })
  .default([])
