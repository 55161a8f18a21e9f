// 照片: the db keeps who uploaded which photo and when, by reference; the bytes are in the
// PhotoStore (mock/server/photos.ts), stored once. Other domains take the photos of a request
// body through takePhotos, which answers references only.
import { PHOTO_DATA_URL_MAX, PHOTO_FORMAT_MESSAGE, PHOTO_QUOTA_MESSAGE, PHOTO_TOO_LARGE_MESSAGE, PHOTO_USER_BYTES_MAX, PHOTOS_MAX, isPhotoRef } from '../../../src/contract'
import type { DbState } from '../../server/db'
import { apiFail, fail, MSG } from '../../server/errors'
import { decodePhotoDataUrl, newPhotoId, type StoredPhoto } from '../../server/photos'
import type { RouteContext } from '../../server/router'
import { bookingPhotoRefs } from '../bookings/view'
import { pointsPhotoRefs } from '../points/view'
import { disputePhotoRefs } from '../disputes/view'

export interface PhotoRecord {
  /** the uploader's user id */
  by: string
  /** epoch ms of the upload (a number: there are many of these, and the db stays small) */
  at: number
  /**
   * its bytes, for the uploader's quota; absent on a record stored before there was one (filled
   * in from the store the first time the quota is counted)
   */
  size?: number
}

export interface PhotosSlice {
  /** reference → who uploaded it; the seed's built-in pictures are not here */
  photos: Record<string, PhotoRecord>
}

export function emptyPhotos(): PhotosSlice {
  return { photos: {} }
}

export const PHOTO_GONE_MESSAGE = '照片已失效，请删除后重新添加'

/**
 * The body limit of a route whose body may carry photos: nine references are small, but until
 * every draft holds references, nine data URLs of the largest accepted size must fit.
 */
export const PHOTO_BODY_MAX_BYTES = PHOTOS_MAX * (PHOTO_DATA_URL_MAX + 64) + 64 * 1024

/** The storage is full: the request keeps nothing. */
export const storageFull = () => apiFail(507, 'STORAGE_FULL', MSG.storageFull)

/**
 * 413 like a body over its route's limit: what this person would have stored is too much. Not
 * 429: no wait of a known length makes room (unused uploads go only with the sweep).
 */
export const photoQuotaFull = () => apiFail(413, 'PAYLOAD_TOO_LARGE', PHOTO_QUOTA_MESSAGE)

/**
 * The bytes of the uploads `by` has stored that nothing uses yet, counting a record of unknown
 * size by its file (remembered once read; a file that cannot be read now counts 0 and is read
 * again next time).
 */
export async function unusedBytesOf(ctx: RouteContext, by: string): Promise<number> {
  const used = photosInUse(ctx.db)
  let total = 0
  for (const id of Object.keys(ctx.db.photos)) {
    const rec = ctx.db.photos[id]
    if (rec.by !== by || used.has(id)) continue
    if (rec.size === undefined) {
      const file = await ctx.photos.get(id).catch(() => null)
      if (file) rec.size = file.bytes.length
    }
    total += rec.size || 0
  }
  return total
}

/**
 * Stores a photo for `by` (its record first, so that a sweep never takes it for a stray file)
 * and answers its new reference; 413 when it would take `by`'s unused uploads past
 * PHOTO_USER_BYTES_MAX (the rate limit alone let one person fill a phone's or a server's storage
 * with uploads never filed: 120 an hour, kept a week), 507 STORAGE_FULL when the store refuses it. A request that fails
 * later takes it back (ctx.photos rolls back).
 */
export async function storePhoto(ctx: RouteContext, by: string, photo: StoredPhoto): Promise<string> {
  const db = ctx.db
  if ((await unusedBytesOf(ctx, by)) + photo.bytes.length > PHOTO_USER_BYTES_MAX) throw photoQuotaFull()
  const id = newPhotoId(photo.mime)
  db.photos[id] = { by, at: ctx.now.getTime(), size: photo.bytes.length }
  ctx.photos.onRollback(() => {
    delete db.photos[id]
  })
  try {
    await ctx.photos.put(id, photo.bytes, photo.mime)
  } catch (e) {
    console.warn('[linli mock] could not store a photo', e)
    throw storageFull()
  }
  return id
}

/**
 * The photos of a request body (already checked by the contract's photosField) as references:
 * a reference must be one the caller uploaded; a data URL (from an older draft) must really be
 * a jpeg/png/webp of at most 300 KB, and is stored now. 400 at `<field>.<i>` otherwise, before
 * anything is stored.
 */
export async function takePhotos(ctx: RouteContext, list: readonly string[], field = 'photos'): Promise<string[]> {
  const me = ctx.me()
  const errors: Record<string, string> = {}
  const plan: Array<string | StoredPhoto> = list.map((p, i) => {
    if (isPhotoRef(p)) {
      const rec = ctx.db.photos[p]
      if (!rec || rec.by !== me.id) errors[`${field}.${i}`] = PHOTO_GONE_MESSAGE
      return p
    }
    const d = decodePhotoDataUrl(p)
    if (!d.ok) {
      errors[`${field}.${i}`] = d.reason === 'size' ? PHOTO_TOO_LARGE_MESSAGE : PHOTO_FORMAT_MESSAGE
      return p
    }
    return { mime: d.mime, bytes: d.bytes }
  })
  if (Object.keys(errors).length) throw fail.validation(errors)
  const out: string[] = []
  for (const p of plan) out.push(typeof p === 'string' ? p : await storePhoto(ctx, me.id, p))
  return out
}

/** Every reference a db's domains hold (a report's photos and its events'). */
export function photosInUse(db: DbState): Set<string> {
  const used = new Set<string>()
  for (const r of db.reports) {
    for (const p of r.photos) used.add(p)
    for (const e of r.events) if (e.photos) for (const p of e.photos) used.add(p)
  }
  // a 委托书 of a booking for a family member, a 代办 step's photo
  for (const p of bookingPhotoRefs(db)) used.add(p)
  // an activity's cover, an offer's photo
  for (const p of pointsPhotoRefs(db)) used.add(p)
  // a 解忧小屋 case's photos
  for (const p of disputePhotoRefs(db)) used.add(p)
  return used
}
