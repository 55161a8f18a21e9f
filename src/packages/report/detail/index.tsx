import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/ui'
import { requireLogin } from '@/features/auth'
import { ReportView, ResidentActions, useReport } from '@/features/reports'
import '@/features/reports/reports.scss'

export default function ReportDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const report = useReport(id)
  useLoad(() => {
    requireLogin()
  })
  const r = report.data
  return (
    <PageShell title='工单详情' loading={!r && report.loading} error={r ? null : report.error} onRetry={report.reload} empty={!id} emptyText='没有找到这张工单'>
      {r && (
        <>
          <ReportView report={r} />
          <ResidentActions
            report={r}
            onChange={(next) => {
              report.setData(next)
              Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
            }}
          />
        </>
      )}
    </PageShell>
  )
}
