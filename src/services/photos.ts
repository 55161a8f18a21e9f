// Photos by reference: a chosen photo is uploaded at once (POST /photos) and from then on only
// its reference (`ph_…`) travels — in drafts, in report bodies, in answers. photoSrc turns a
// reference into what an <Image src> needs.
import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { API_PREFIX, PHOTO_MINI_DIR, isPhotoRef, photoEndpoints, photoFileName, type PhotoUploaded } from '@/contract'
import { post } from './http'
import { useMockReady } from './mock'
// the token for an <img>, which sends no Authorization header (session imports http, not this file)
import { useSession } from '@/stores/session'

/** Uploads one photo (an image data URL, see device/photos); a retry passes the same key. */
export function uploadPhoto(dataUrl: string, idempotencyKey: string): Promise<PhotoUploaded> {
  return post<PhotoUploaded>(photoEndpoints.upload.path(), { dataUrl }, idempotencyKey)
}

function userDataPath(): string {
  const env = (Taro as unknown as { env?: { USER_DATA_PATH?: string } }).env
  return (env && env.USER_DATA_PATH) || 'wxfile://usr'
}

/** A photo that is not a reference but may still be shown: an image data URL, a mini-program file. */
function legacySrc(v: string): string {
  if (/^data:image\//.test(v)) return v
  if (process.env.TARO_ENV !== 'h5' && /^(wxfile:|http:\/\/tmp\/)/.test(v)) return v
  return ''
}

/**
 * What an <Image src> needs for a photo reference ('' for something that is neither a reference
 * nor a picture we may show):
 * - H5: `/api/v1/photos/<id>`, which the mock's service worker answers with the image. An <img>
 *   sends no Authorization header, so the session token goes along as `access_token`.
 * - weapp: the file the in-process mock keeps, `${USER_DATA_PATH}/linli-photos/<id>.<ext>`.
 */
export function photoSrc(ref: string, token?: string | null): string {
  if (!isPhotoRef(ref)) return legacySrc(ref)
  if (process.env.TARO_ENV === 'h5') {
    const url = `${API_PREFIX}${photoEndpoints.file.path(ref)}`
    return token ? `${url}?access_token=${encodeURIComponent(token)}` : url
  }
  return `${userDataPath()}/${PHOTO_MINI_DIR}/${photoFileName(ref)}`
}

/**
 * photoSrc with the signed-in person's token, in a component: null until photo addresses can be
 * asked for. On H5 the mock (its service worker) starts lazily: an <img> asked for before it
 * answers would reach the static server and fail, so photos get their src only after mockReady.
 */
export function usePhotoSrc(): ((ref: string) => string) | null {
  const token = useSession((s) => s.token)
  const ready = usePhotosReady()
  return useMemo(() => (ready ? (ref: string) => photoSrc(ref, token) : null), [ready, token])
}

/** True once photo addresses can be asked for (see usePhotoSrc): on H5, once the mock answers. */
export function usePhotosReady(): boolean {
  const mockUp = useMockReady()
  return process.env.TARO_ENV !== 'h5' || mockUp
}
