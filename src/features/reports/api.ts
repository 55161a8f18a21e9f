import {
  authEndpoints,
  reportEndpoints as ep,
  type MyPhone,
  type Page,
  type Report,
  type ReportAssignInput,
  type ReportCreateInput,
  type ReportEscalateInput,
  type ReportHandleInput,
  type ReportListQuery,
  type ReportNoteInput,
  type ReportRateInput,
  type ReportReturnInput,
  type ReportCivilInput,
  type ReviewInput,
  type PatrolInput,
  communityEndpoints,
  type ReportSummary,
  type ReportSupplementInput,
  type ReportWithdrawInput,
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
  civil: (id: string, input: ReportCivilInput, key: string) => post<Report>(ep.civil.path(id), input, key),
  handle: (id: string, input: ReportHandleInput, key: string) => post<Report>(ep.handle.path(id), input, key),
  rate: (id: string, input: ReportRateInput, key: string) => post<Report>(ep.rate.path(id), input, key),
  /** 分派 by the community worker */
  assign: (id: string, input: ReportAssignInput, key: string) => post<Report>(ep.assign.path(id), input, key),
  review: (id: string, input: ReviewInput, key: string) => post<Report>(communityEndpoints.review.path(id), input, key),
  patrol: (input: PatrolInput, key: string) => post<Report>(communityEndpoints.patrol.path(), input, key),
  urge: (id: string, key: string) => post<Report>(ep.urge.path(id), {}, key),
  supplement: (id: string, input: ReportSupplementInput, key: string) => post<Report>(ep.supplement.path(id), input, key),
  withdraw: (id: string, input: ReportWithdrawInput, key: string) => post<Report>(ep.withdraw.path(id), input, key),
  /** answers what anyone may see of the ticket: after leaving, the caller no longer reads it */
  leave: (id: string, key: string) => post<ReportSummary>(ep.leave.path(id), {}, key),
  /** the caller's own phone, in full, to start the report form's contact field with */
  myPhone: () => get<MyPhone>(authEndpoints.myPhone.path()),
}
