import { geoEndpoints, type Compound, type Geo, type GeoPoint, type HomeInput, type LocateResult, type User } from '@/contract'
import { get, post } from '@/services/http'

export const geoApi = {
  geo: () => get<Geo>(geoEndpoints.geo.path()),
  /** 小区 by name or pinyin initials */
  compounds: (q: string) => get<Compound[]>(geoEndpoints.compounds.path(), { q }),
  /** the grid at a point; `grid: null` outside every grid */
  locate: (p: GeoPoint) => get<LocateResult>(geoEndpoints.locate.path(), { latitude: String(p.latitude), longitude: String(p.longitude) }),
  /** 我的住址 → the updated user (grid and community follow for a resident) */
  setHome: (input: HomeInput, key: string) => post<User>(geoEndpoints.home.path(), input, key),
}
