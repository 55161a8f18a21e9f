import { useState } from 'react'
import { useLoad, useRouter } from '@tarojs/taro'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import type { Grid, Report, ReportSummary } from '@/contract'
import { goBack, scrollToTop } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import { useReport } from '../hooks'
import { OrderView, ReportView } from './ReportView'
import { ResidentActions, WorkerActions } from './ReportActions'
import { AssignPanel } from './AssignPanel'
import { ReviewPanel } from './ReviewPanel'

interface Props {
  title: string
  /** the resident follows the ticket; the grid worker works the order */
  actions: 'resident' | 'worker'
  /** the page asks for a login first (the auth feature is the page's to compose) */
  onLoad: () => void
  /** the district's grids, for a community worker's 分派 (the geo feature is the page's to compose) */
  grids?: readonly Grid[]
}

/**
 * A ticket page: `?id=` from the route, the ticket as its viewer may see it, and their actions.
 * The next step comes first: for the resident their actions (请您评价, 催办…) above the ticket;
 * for the grid worker the order itself (problem, photos, place, phone), then what to do with it.
 */
export function TicketPage({ title, actions, onLoad, grids }: Props) {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const report = useReport(id)
  const [left, setLeft] = useState<ReportSummary | null>(null)
  useLoad(onLoad)
  const r = report.data
  const onChange = (next: Report) => {
    report.setData(next)
    scrollToTop()
  }
  if (left) {
    return (
      <PageShell title={title}>
        <Notice type='success' title='已退出关注'>
          {`您不再关注工单 ${left.id}，它的进度不会再通知您。`}
        </Notice>
        <Button type='primary' block onClick={goBack}>
          返回
        </Button>
      </PageShell>
    )
  }
  return (
    <PageShell title={title} loading={!r && report.loading} error={r ? null : report.error} onRetry={report.reload} empty={!id} emptyText='没有找到这张工单'>
      {r && actions === 'worker' && (
        <OrderView report={r}>
          <WorkerActions report={r} onChange={onChange} />
        </OrderView>
      )}
      {r && actions === 'resident' && r.can.includes('assign') && <AssignPanel report={r} grids={grids ?? []} onChange={onChange} />}
      {r && actions === 'resident' && r.can.includes('review') && <ReviewPanel report={r} grids={grids ?? []} onChange={onChange} />}
      {r && actions === 'resident' && <ResidentActions report={r} onChange={onChange} onLeft={setLeft} />}
      {r && actions === 'resident' && <ReportView report={r} />}
    </PageShell>
  )
}
