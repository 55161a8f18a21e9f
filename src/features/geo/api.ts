import { geoEndpoints, type Geo } from '@/contract'
import { get } from '@/services/http'

export const geoApi = {
  geo: () => get<Geo>(geoEndpoints.geo.path()),
}
