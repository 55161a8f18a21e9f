import {
  paths,
  type Geo,
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
  geo: () => get<Geo>(paths.geo),
  list: (q: ReportListQuery) => get<Page<ReportSummary>>(paths.reports, { ...q }),
  similar: (category: string, gridId: string) => get<Page<ReportSummary>>(paths.similarReports, { category, gridId }),
  detail: (id: string) => get<Report>(paths.report(id)),
  create: (input: ReportCreateInput, key: string) => post<Report>(paths.reports, input, key),
  join: (id: string, key: string) => post<Report>(paths.reportJoin(id), {}, key),
  take: (id: string, key: string) => post<Report>(paths.reportTake(id), {}, key),
  note: (id: string, input: ReportNoteInput, key: string) => post<Report>(paths.reportNote(id), input, key),
  escalate: (id: string, input: ReportEscalateInput, key: string) => post<Report>(paths.reportEscalate(id), input, key),
  giveBack: (id: string, input: ReportReturnInput, key: string) => post<Report>(paths.reportReturn(id), input, key),
  handle: (id: string, input: ReportHandleInput, key: string) => post<Report>(paths.reportHandle(id), input, key),
  rate: (id: string, input: ReportRateInput, key: string) => post<Report>(paths.reportRate(id), input, key),
}
