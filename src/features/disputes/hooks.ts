import type { DisputeListQuery } from '@/contract'
import { usePaged, useRemote } from '@/services/remote'
import { disputesApi } from './api'

/** A page of cases; a null scope (logged out, or not this person's list) fetches nothing. */
export function useDisputeList(scope: DisputeListQuery['scope'] | null, version = 0) {
  return usePaged(scope ? (cursor) => disputesApi.list({ scope, cursor }) : null, [scope, version])
}

/** One case as the caller may see it (404 for anyone it is not theirs to see). */
export function useDispute(id: string | undefined, version = 0) {
  return useRemote(id ? () => disputesApi.detail(id) : null, [id, version])
}

/** The stations with their hours and weekend duty roster (public). */
export function useDisputeStations(enabled = true) {
  return useRemote(enabled ? () => disputesApi.stations() : null, [enabled])
}

/** The sessions the caller sits in on as the on-duty police officer or lawyer. */
export function useDutySessions(enabled: boolean, version = 0) {
  return useRemote(enabled ? () => disputesApi.duty() : null, [enabled, version])
}

/** The guides by dispute type (public). */
export function useDisputeGuides() {
  return useRemote(() => disputesApi.guides(), [])
}

/** An invitation by its code, for the other party (signed in). */
export function useDisputeInvitation(code: string | undefined, version = 0) {
  return useRemote(code ? () => disputesApi.invitation(code) : null, [code, version])
}

/** The filing form's prefill from a report closed as 民间纠纷 (its reporter only). */
export function useDisputeFromReport(reportId: string | undefined) {
  return useRemote(reportId ? () => disputesApi.fromReport(reportId) : null, [reportId])
}
