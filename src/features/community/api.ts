// Typed calls for the community's figures: the dashboard, 民情地图 and a grid's public figures.
// Everything goes through services/http.
import {
  communityEndpoints as ep,
  type Dashboard,
  type DashboardQuery,
  type GridFigures,
  type PublicMap,
  type PublicMapQuery,
  type Rates,
  type RatesQuery,
} from '@/contract'
import { get } from '@/services/http'

export const communityApi = {
  rates: (q: RatesQuery = {}) => get<Rates>(ep.rates.path(), { ...q }),
  dashboard: (q: DashboardQuery = {}) => get<Dashboard>(ep.dashboard.path(), { ...q }),
  publicMap: (q: PublicMapQuery = {}) => get<PublicMap>(ep.publicMap.path(), { ...q }),
  gridFigures: (id: string) => get<GridFigures>(ep.gridFigures.path(id)),
}
