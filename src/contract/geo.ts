// 区划: district → streets → communities → grids. Public.
import { endpoint } from './common'

export const geoEndpoints = {
  geo: endpoint('/geo'),
}

export interface Street { id: string; name: string }
export interface Community { id: string; name: string; streetId: string }
export interface Grid {
  id: string
  name: string
  communityId: string
  /** the grid's service phone, public */
  servicePhone: string
  /** masked name of the grid worker, public */
  workerName: string
}
export interface Geo {
  district: { id: string; name: string }
  streets: Street[]
  communities: Community[]
  grids: Grid[]
}
