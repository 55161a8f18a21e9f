import type { ActivityListQuery } from '@/contract'
import { usePaged, useRemote } from '@/services/remote'
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

export function useMerchants() {
  return useRemote(() => pointsApi.merchants(), [])
}

export function useWorkbench(enabled: boolean, version = 0) {
  return useRemote(enabled ? () => pointsApi.workbench() : null, [enabled, version])
}
