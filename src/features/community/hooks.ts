import type { Period, PublicMapQuery } from '@/contract'
import { useRemote } from '@/services/remote'
import { communityApi } from './api'

/** The organiser's dashboard for a period; nothing is fetched unless `enabled` (they are one). */
export function useDashboard(period: Period, enabled: boolean) {
  return useRemote(enabled ? () => communityApi.dashboard({ period }) : null, [period, enabled])
}

/** 民情地图 with the server-side filters (category, status); anyone, no login. */
export function usePublicMap(q: PublicMapQuery) {
  return useRemote(() => communityApi.publicMap(q), [q.communityId, q.category, q.status])
}

/** A grid's public figures; null id (no grid) fetches nothing. */
export function useGridFigures(id: string | null | undefined) {
  return useRemote(id ? () => communityApi.gridFigures(id) : null, [id])
}
