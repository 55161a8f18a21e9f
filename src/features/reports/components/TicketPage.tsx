import { useLoad, useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/ui/PageShell'
import type { Report } from '@/contract'
import { scrollToTop } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import { useReport } from '../hooks'
import { ReportView } from './ReportView'
import { ResidentActions, WorkerActions } from './ReportActions'

interface Props {
  title: string
  /** the resident rates; the grid worker works the order (its panel comes first) */
  actions: 'resident' | 'worker'
  /** the page asks for a login first (the auth feature is the page's to compose) */
  onLoad: () => void
}

/** A ticket page: `?id=` from the route, the ticket as its viewer may see it, and their actions. */
export function TicketPage({ title, actions, onLoad }: Props) {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const report = useReport(id)
  useLoad(onLoad)
  const r = report.data
  const onChange = (next: Report) => {
    report.setData(next)
    scrollToTop()
  }
  return (
    <PageShell title={title} loading={!r && report.loading} error={r ? null : report.error} onRetry={report.reload} empty={!id} emptyText='没有找到这张工单'>
      {/* the next step comes first: the worker's actions, or the resident's rating */}
      {r && actions === 'worker' && <WorkerActions report={r} onChange={onChange} />}
      {r && actions === 'resident' && <ResidentActions report={r} onChange={onChange} />}
      {r && <ReportView report={r} />}
    </PageShell>
  )
}
