// Photos by reference: a chosen photo is uploaded at once (POST /photos) and from then on only
// its reference (`ph_…`) travels — in drafts, in report bodies, in answers. photoSrc turns a
// reference into what an <Image src> needs.
import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { API_PREFIX, PHOTO_KEY_PARAM, PHOTO_MINI_DIR, isPhotoRef, photoEndpoints, photoFileName, type PhotoKey, type PhotoUploaded } from '@/contract'
import { get, post, serverNow } from './http'
import { onMockReset, useMockReady } from './mock'
// whose photo key to ask for (session imports http, not this file)
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
 *   sends no Authorization header, so a photo key goes along as `?key=` — never the session
 *   token, which would leak with the URL (history, screenshots, Referer) and opens everything.
 * - weapp: the file the in-process mock keeps, `${USER_DATA_PATH}/linli-photos/<id>.<ext>`.
 */
export function photoSrc(ref: string, photoKey?: string | null): string {
  if (!isPhotoRef(ref)) return legacySrc(ref)
  if (process.env.TARO_ENV === 'h5') {
    const url = `${API_PREFIX}${photoEndpoints.file.path(ref)}`
    return photoKey ? `${url}?${PHOTO_KEY_PARAM}=${encodeURIComponent(photoKey)}` : url
  }
  return `${userDataPath()}/${PHOTO_MINI_DIR}/${photoFileName(ref)}`
}

// ---- the photo key (H5) -----------------------------------------------------------------------

/** A key is asked for again this long before it ends (it lasts an hour at least). */
const RENEW_BEFORE_MS = 30 * 60 * 1000
/** After a failed ask, the next one waits this long (a page that mounts again asks again). */
const RETRY_AFTER_MS = 30 * 1000

interface KeyState {
  /** the session token the key was asked for with */
  token: string | null
  key: PhotoKey | null
  asking: boolean
  /** Date.now() of the last failed ask, 0 for none */
  failedAt: number
}

let keyState: KeyState = { token: null, key: null, asking: false, failedAt: 0 }
const keyListeners = new Set<() => void>()

function setKeyState(next: KeyState): void {
  keyState = next
  keyListeners.forEach((l) => l())
}

// a demo reset renews the keys the server signs with: the key in hand would open nothing
onMockReset(() => setKeyState({ token: null, key: null, asking: false, failedAt: 0 }))

/**
 * The key state, as component state. Not useSyncExternalStore: its updates render at once, apart
 * from the updates already queued, so a component would render with props older than what it
 * has just set (PhotoPicker keeps the value it last set and reads it back after an upload).
 */
function useKeyState(): KeyState {
  const [s, setS] = useState(keyState)
  useEffect(() => {
    const l = () => setS(keyState)
    keyListeners.add(l)
    l()
    return () => {
      keyListeners.delete(l)
    }
  }, [])
  return s
}

const expiresMs = (k: PhotoKey) => Date.parse(k.expiresAt)

/** Asks for a key for `token` when there is none for it, or the one there is ends soon. */
function ensurePhotoKey(token: string): void {
  const s = keyState.token === token ? keyState : { token, key: null, asking: false, failedAt: 0 }
  if (s !== keyState) setKeyState(s)
  if (s.asking) return
  if (s.key && serverNow() < expiresMs(s.key) - RENEW_BEFORE_MS) return
  // a renewal that failed keeps the key it had (still good for a while) and waits as a first ask does
  if (s.failedAt && Date.now() - s.failedAt < RETRY_AFTER_MS) return
  setKeyState({ ...s, asking: true })
  get<PhotoKey>(photoEndpoints.key.path()).then(
    (key) => {
      if (keyState.token === token) setKeyState({ token, key, asking: false, failedAt: 0 })
    },
    () => {
      if (keyState.token === token) setKeyState({ ...keyState, asking: false, failedAt: Date.now() })
    },
  )
}

/**
 * The signed-in person's photo key on H5: undefined while it is being asked for, null when there
 * is none to be had (signed out, or the ask failed: photos anyone may see still show).
 */
function usePhotoKey(token: string | null, enabled: boolean): string | null | undefined {
  const s = useKeyState()
  const want = enabled && !!token
  useEffect(() => {
    if (want) ensurePhotoKey(token as string)
  })
  if (!want) return null
  const mine = s.token === token ? s : null
  // one past its end would only fetch 401s; wait for the next
  if (mine && mine.key && serverNow() < expiresMs(mine.key)) return mine.key.key
  if (mine && !mine.asking && mine.failedAt) return null
  return undefined
}

/**
 * photoSrc with the signed-in person's photo key, in a component: null until photo addresses can
 * be asked for. On H5 the mock (its service worker) starts lazily: an <img> asked for before it
 * answers would reach the static server and fail, so photos get their src only after mockReady,
 * and, for someone signed in, once their photo key is there.
 */
export function usePhotoSrc(): ((ref: string) => string) | null {
  const token = useSession((s) => s.token)
  const ready = usePhotosReady()
  const photoKey = usePhotoKey(token, ready && process.env.TARO_ENV === 'h5')
  return useMemo(() => (ready && photoKey !== undefined ? (ref: string) => photoSrc(ref, photoKey) : null), [ready, photoKey])
}

/** True once photo addresses can be asked for (see usePhotoSrc): on H5, once the mock answers. */
export function usePhotosReady(): boolean {
  const mockUp = useMockReady()
  return process.env.TARO_ENV !== 'h5' || mockUp
}
