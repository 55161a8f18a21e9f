import { useRemote } from '@/services/remote'
import { reportsApi } from './api'

export function useReport(id: string | undefined) {
  return useRemote(id ? () => reportsApi.detail(id) : null, [id])
}

export function useSimilar(category: string | undefined, gridId: string | undefined) {
  return useRemote(category && gridId ? () => reportsApi.similar(category, gridId) : null, [category, gridId])
}
