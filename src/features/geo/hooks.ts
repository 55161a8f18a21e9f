import { useRemote } from '@/services/remote'
import { geoApi } from './api'

/** Streets, communities and grids (public), for pickers and for naming a user's grid. */
export function useGeo(enabled = true) {
  return useRemote(enabled ? () => geoApi.geo() : null, [enabled])
}
