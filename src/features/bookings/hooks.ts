import type { BookingMode, Service, ServiceKind } from '@/contract'
import { usePaged, useRemote } from '@/services/remote'
import { bookingsApi } from './api'

export function useServices(q: string, kind: ServiceKind | '') {
  const query = q.trim()
  return usePaged((cursor) => bookingsApi.services({ q: query || undefined, kind: kind || undefined, cursor }), [query, kind])
}

export function useService(id: string | undefined) {
  return useRemote(id ? () => bookingsApi.service(id) : null, [id])
}

/** The opening hours and seats of every place of a service (the service lists them without). */
export function useServicePlaces(service: Service | undefined) {
  const ids = service ? service.places.map((p) => p.id) : []
  return useRemote(service ? () => Promise.all(ids.map((id) => bookingsApi.place(id))) : null, [ids.join(',')])
}

export function useSlots(serviceId: string | undefined, placeId: string, mode: BookingMode | '') {
  const ready = !!serviceId && !!placeId && !!mode
  return useRemote(ready ? () => bookingsApi.slots({ serviceId: serviceId!, placeId, mode: mode as BookingMode }) : null, [serviceId, placeId, mode])
}

export function useBooking(id: string | undefined) {
  return useRemote(id ? () => bookingsApi.detail(id) : null, [id])
}

/** The helper's desk (today's and coming bookings of their places); null fetcher unless they are one. */
export function useDesk(enabled: boolean, version = 0) {
  return useRemote(enabled ? () => bookingsApi.desk() : null, [enabled, version])
}

/** The resident's standing (no-shows, pause, appeal); null fetcher when logged out. */
export function useStanding(enabled: boolean) {
  return useRemote(enabled ? () => bookingsApi.standing() : null, [enabled])
}

/** The resident's bookings not over yet, soonest first. */
export function useMyActiveBookings(enabled: boolean) {
  return useRemote(enabled ? () => bookingsApi.list({ scope: 'mine', status: 'active', limit: 3 }) : null, [enabled])
}
