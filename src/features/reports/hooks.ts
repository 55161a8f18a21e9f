import type { ReportListQuery } from '@/contract'
import { usePaged, useRemote } from '@/services/remote'
import { reportsApi } from './api'

export function useReportList(q: ReportListQuery | null) {
  return usePaged(q ? (cursor) => reportsApi.list({ ...q, cursor }) : null, [q?.scope, q?.status])
}

export function useReport(id: string | undefined) {
  return useRemote(id ? () => reportsApi.detail(id) : null, [id])
}

export function useSimilar(category: string | undefined, gridId: string | undefined) {
  return useRemote(category && gridId ? () => reportsApi.similar(category, gridId) : null, [category, gridId])
}
