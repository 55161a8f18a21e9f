import { useEffect, useRef } from 'react'
import { CODE_ROTATE_SECONDS, type ActivityListQuery } from '@/contract'
import { serverNow } from '@/services/http'
import { usePaged, useRemote } from '@/services/remote'
import { randomId } from '@/utils/ids'
import { pointsApi } from './api'

/** A list of activities; null scope (logged out) fetches nothing. */
export function useActivities(scope: ActivityListQuery['scope'] | null, version = 0) {
  return usePaged(scope ? (cursor) => pointsApi.activities({ scope, cursor }) : null, [scope, version])
}

export function useActivity(id: string | undefined, version = 0) {
  return useRemote(id ? () => pointsApi.activity(id) : null, [id, version])
}

/** The volunteer's hours and points; null fetcher unless they are one. */
export function usePointsSummary(enabled: boolean, version = 0) {
  return useRemote(enabled ? () => pointsApi.summary() : null, [enabled, version])
}

/** A 志愿服务记录证明 by its number, for anyone checking one; '' fetches nothing. */
export function useCertificateCheck(no: string) {
  return useRemote(no ? () => pointsApi.certificate(no) : null, [no])
}

/**
 * The volunteer's own 志愿服务记录证明. Issuing is idempotent on the server (one per volunteer):
 * a fresh key each visit answers the same certificate.
 */
export function useMyCertificate(enabled: boolean) {
  return useRemote(enabled ? () => pointsApi.issueCertificate(randomId('cert')) : null, [enabled])
}

export function useRedemption(id: string | undefined) {
  return useRemote(id ? () => pointsApi.redemption(id) : null, [id])
}

export function useMerchants() {
  return useRemote(() => pointsApi.merchants(), [])
}

export function useWorkbench(enabled: boolean, version = 0) {
  return useRemote(enabled ? () => pointsApi.workbench() : null, [enabled, version])
}

/**
 * The rotating check-in code of an activity, for its organiser while `enabled` (the window is
 * open: `activity.can` has 'code'). Fetched again just after each `expiresAt`, since the server
 * still accepts the previous code for a scan in flight; `onRotate` runs with each new code so the
 * page can refresh what goes with it (the attendance). The delay counts by the server's clock (a
 * phone's may be wrong); should that still put the expiry out of reach, the code is polled every
 * 10 s instead, well within the two windows the server accepts.
 */
export function useActivityCode(id: string | undefined, enabled: boolean, onRotate?: () => void) {
  const code = useRemote(id && enabled ? () => pointsApi.code(id) : null, [id, enabled])
  const rotate = useRef(onRotate)
  rotate.current = onRotate
  const { data, error, reload } = code
  // keyed on each answer (not on expiresAt alone): a poll that brings the same code schedules the next
  useEffect(() => {
    if (!id || !enabled || (!data && !error)) return
    const left = data ? Date.parse(data.expiresAt) - serverNow() : NaN
    const delay = left > 0 && left <= CODE_ROTATE_SECONDS * 1000 ? left + 300 : CODE_POLL_MS
    const timer = setTimeout(() => {
      void reload()
      rotate.current?.()
    }, delay)
    return () => clearTimeout(timer)
  }, [id, enabled, data, error, reload])
  return code
}

const CODE_POLL_MS = 10_000
