import {
  reportEndpoints as ep,
  type Page,
  type Report,
  type ReportCreateInput,
  type ReportEscalateInput,
  type ReportHandleInput,
  type ReportListQuery,
  type ReportNoteInput,
  type ReportRateInput,
  type ReportReturnInput,
  type ReportSummary,
} from '@/contract'
import { get, post } from '@/services/http'

export const reportsApi = {
  list: (q: ReportListQuery) => get<Page<ReportSummary>>(ep.list.path(), { ...q }),
  similar: (category: string, gridId: string) => get<Page<ReportSummary>>(ep.similar.path(), { category, gridId }),
  detail: (id: string) => get<Report>(ep.detail.path(id)),
  create: (input: ReportCreateInput, key: string) => post<Report>(ep.list.path(), input, key),
  join: (id: string, key: string) => post<Report>(ep.join.path(id), {}, key),
  take: (id: string, key: string) => post<Report>(ep.take.path(id), {}, key),
  note: (id: string, input: ReportNoteInput, key: string) => post<Report>(ep.note.path(id), input, key),
  escalate: (id: string, input: ReportEscalateInput, key: string) => post<Report>(ep.escalate.path(id), input, key),
  giveBack: (id: string, input: ReportReturnInput, key: string) => post<Report>(ep.giveBack.path(id), input, key),
  handle: (id: string, input: ReportHandleInput, key: string) => post<Report>(ep.handle.path(id), input, key),
  rate: (id: string, input: ReportRateInput, key: string) => post<Report>(ep.rate.path(id), input, key),
}
