// 照片 routes. POST /photos stores one photo (a data URL of a jpeg/png/webp ≤ 300 KB whose
// bytes are what it says) and answers its reference; GET /photos/:id answers the image to its
// uploader and to whoever may see a report that shows it — 404 for anyone else, never 403.
//
// An offer's photo is public like the merchant list that shows it: it needs no token at all.
//
// GET is what an <img> asks for, and an <img> sends no Authorization header: who asks may then
// come as `?key=`, a photo key (./key.ts) — never the session token, which a URL would leak
// into history, screenshots, logs and Referer headers.
import { photoEndpoints, photoUploadSchema, PHOTO_FORMAT_MESSAGE, PHOTO_KEY_PARAM, PHOTO_TOO_LARGE_MESSAGE, PHOTO_REF_RE, type PhotoUploaded } from '../../../src/contract'
import { authFailure } from '../../server/auth'
import type { DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { fail } from '../../server/errors'
import { body } from '../../server/input'
import { rateLimit } from '../../server/limit'
import { decodePhotoDataUrl, utf8Bytes, type PhotoStore } from '../../server/photos'
import type { RouteContext } from '../../server/router'
import { DAY, HOUR } from '../../server/util'
import type { UserRecord } from '../auth/state'
import { SEED_PHOTOS } from '../reports/seed'
import { canView, isWorkerView } from '../reports/view'
import { mayViewBookingPhoto } from '../bookings/view'
import { mayViewDisputePhoto } from '../disputes/view'
import { POINTS_SEED_PHOTOS } from '../points/seed'
import { isPublicPointsPhoto, mayViewPointsPhoto } from '../points/view'
import { issuePhotoKey, photoKeyUser } from './key'
import { emptyPhotos, photosInUse, storePhoto, type PhotosSlice } from './state'

export * from './state'
export { issuePhotoKey, photoKeyUser } from './key'

/** At most this many uploads per user per rolling hour (nine photos for each of ten reports, and some to spare). */
export const PHOTO_UPLOADS_PER_HOUR = 120
const uploadLimit = rateLimit({ name: 'photos.upload', max: PHOTO_UPLOADS_PER_HOUR, windowMs: HOUR, message: '上传照片太频繁，请稍后再试' })

/** An upload no report uses after this long is deleted (a draft given up on). */
export const UNUSED_PHOTO_TTL_MS = 7 * DAY

/** The largest POST /photos body: one data URL of the largest accepted size, as JSON. */
export const PHOTO_UPLOAD_MAX_BYTES = 600 * 1024

export const PHOTO_NOT_FOUND = '照片不存在或无权查看'
/** a photo key that is forged, expired or of a session that ended */
export const PHOTO_KEY_INVALID = '照片地址已失效，请刷新页面'

/** Reference → SVG text of every domain's built-in seed pictures. */
const BUILTIN: Readonly<Record<string, string>> = { ...SEED_PHOTOS, ...POINTS_SEED_PHOTOS }

export function isBuiltinPhoto(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN, id)
}

/** The seed's built-in pictures, for a store that must hold files (weapp: an <image> reads a path). */
export function builtinPhotos(): Array<{ id: string; mime: string; bytes: Uint8Array }> {
  return Object.keys(BUILTIN).map((id) => ({ id, mime: 'image/svg+xml', bytes: utf8Bytes(BUILTIN[id]) }))
}

/** Its uploader, or anyone who may see a report (or a step of one), a booking, an activity or offer, or a 解忧小屋 case that shows it. */
export function mayViewPhoto(db: DbState, id: string, user: UserRecord): boolean {
  const rec = db.photos[id]
  if (rec && rec.by === user.id) return true
  return (
    // a photo of an internal note is the workers' as the note is: a resident who sees the ticket does not get it
    db.reports.some((r) => canView(r, user) && (r.photos.indexOf(id) >= 0 || r.events.some((e) => !!e.photos && e.photos.indexOf(id) >= 0 && (!e.internal || isWorkerView(r, user))))) ||
    mayViewBookingPhoto(db, id, user) ||
    mayViewPointsPhoto(db, id, user) ||
    mayViewDisputePhoto(db, id, user)
  )
}

// The dbs whose store has been swept of files they do not know: a db is a new object after a
// start, a demo reset or a rolled-back save, and only then can such files appear.
const swept = new WeakSet<object>()

/**
 * Deletes uploads that no report uses after UNUSED_PHOTO_TTL_MS (a draft given up on), and,
 * once per db, the files it does not know (left by a demo reset or a rolled-back request).
 * Best effort.
 */
export async function sweepPhotos(db: DbState, store: PhotoStore, now: Date): Promise<void> {
  const used = photosInUse(db)
  const stale = now.getTime() - UNUSED_PHOTO_TTL_MS
  for (const id of Object.keys(db.photos)) {
    if (db.photos[id].at < stale && !used.has(id)) {
      delete db.photos[id]
      await store.delete(id)
    }
  }
  if (swept.has(db)) return
  swept.add(db)
  for (const id of await store.keys()) {
    if (!db.photos[id] && !isBuiltinPhoto(id)) await store.delete(id)
  }
}

async function upload(ctx: RouteContext) {
  const me = ctx.me()
  const { dataUrl } = body(ctx, photoUploadSchema)
  const d = decodePhotoDataUrl(dataUrl)
  if (!d.ok) throw fail.validation({ dataUrl: d.reason === 'size' ? PHOTO_TOO_LARGE_MESSAGE : PHOTO_FORMAT_MESSAGE })
  uploadLimit.check(ctx.db, me.id, ctx.now)
  // before the cap is counted: a week-old upload nobody used makes room for this one
  await sweepPhotos(ctx.db, ctx.photos, ctx.now).catch((e) => console.warn('[linli mock] photo sweep failed', e))
  const id = await storePhoto(ctx, me.id, { mime: d.mime, bytes: d.bytes })
  uploadLimit.hit(ctx.db, me.id, ctx.now)
  const answer: PhotoUploaded = { id, mime: d.mime, bytes: d.bytes.length }
  return { status: 201, body: answer }
}

async function file(ctx: RouteContext) {
  const id = ctx.params.id
  if (!PHOTO_REF_RE.test(id)) throw fail.notFound(PHOTO_NOT_FOUND)
  // a public photo is answered before any token is looked at: a stale token on a page anyone may
  // open must not hide it
  if (!isPublicPointsPhoto(ctx.db, id)) {
    let user = ctx.user
    const key = ctx.req.query[PHOTO_KEY_PARAM]
    if (!user && key) {
      user = photoKeyUser(ctx.db, key, ctx.now)
      if (!user) throw fail.unauthorized(PHOTO_KEY_INVALID)
    }
    if (!user) throw authFailure({ kind: 'none' })
    if (!mayViewPhoto(ctx.db, id, user)) throw fail.notFound(PHOTO_NOT_FOUND)
  }
  const photo = isBuiltinPhoto(id) ? { mime: 'image/svg+xml', bytes: utf8Bytes(BUILTIN[id]) } : await ctx.photos.get(id)
  if (!photo) throw fail.notFound(PHOTO_NOT_FOUND)
  return {
    status: 200,
    body: null,
    raw: { contentType: photo.mime, bytes: photo.bytes },
    // a reference never changes what it shows; only this person may keep it
    headers: { 'cache-control': 'private, max-age=86400' },
  }
}

function photoKey(ctx: RouteContext) {
  ctx.me()
  return { status: 200, body: issuePhotoKey(ctx.db, ctx.session as NonNullable<RouteContext['session']>, ctx.now), headers: { 'cache-control': 'no-store' } }
}

export const photosDomain: DomainModule<PhotosSlice> = {
  name: 'photos',
  routes: [
    // before `file`: its `:id` would take 'key'
    { method: 'GET', pattern: photoEndpoints.key.pattern, handler: photoKey },
    { method: 'POST', pattern: photoEndpoints.upload.pattern, maxBodyBytes: PHOTO_UPLOAD_MAX_BYTES, handler: upload },
    { method: 'GET', pattern: photoEndpoints.file.pattern, auth: 'public', handler: file },
  ],
  empty: emptyPhotos,
}
