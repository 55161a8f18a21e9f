// 区划: district → streets → communities → grids, and the residential compounds (小区) whose
// buildings each lie in one grid. All of it is public: a grid's service phone and its worker's
// masked name are what a resident needs to reach them.
import { endpoint } from '../common'

export const geoEndpoints = {
  geo: endpoint('/geo'),
  /** GET ?q= : compounds by name or pinyin initials (at most COMPOUND_RESULTS_MAX) */
  compounds: endpoint('/geo/compounds'),
  /** GET ?latitude=&longitude= : the grid whose boundary holds the point */
  locate: endpoint('/geo/locate'),
  /** POST { buildingId, room } : the caller's 我的住址 */
  home: endpoint('/me/home'),
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

export interface Building {
  id: string
  /** '3栋' */
  name: string
  gridId: string
}

/** A residential compound (小区) of one community; its buildings may lie in different grids. */
export interface Compound {
  id: string
  name: string
  /** pinyin initials of the name, lower case ('xplxq' for 西牌楼小区), for typing on a phone */
  initials: string
  communityId: string
  buildings: Building[]
}

export const COMPOUND_RESULTS_MAX = 20

/** A point in WGS-84 degrees, as the browser's geolocation and Taro.getLocation({ type: 'wgs84' }) give it. */
export interface GeoPoint {
  latitude: number
  longitude: number
}

/** The grid at a point; `grid` is null when the point lies outside every grid of the district. */
export interface LocateResult {
  grid: Grid | null
}

/** 我的住址: a building of a compound; the grid and community follow from the building. */
export interface Home {
  compoundId: string
  compoundName: string
  buildingId: string
  buildingName: string
  /** 门牌, optional: '2单元301' */
  room: string
  communityId: string
  gridId: string
}

export const ROOM_MAX = 20

/** '西牌楼小区 3栋 2单元301' */
export function homeLabel(h: Pick<Home, 'compoundName' | 'buildingName' | 'room'>): string {
  return [h.compoundName, h.buildingName, h.room].filter(Boolean).join(' ')
}
