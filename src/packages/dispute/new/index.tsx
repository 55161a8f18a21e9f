import { useLoad, useRouter } from '@tarojs/taro'
import { DISPUTE_TYPES, links, type DisputeDraftFromReport, type DisputeType } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { DisputeForm, type DisputeFormValues } from '@/features/disputes/components/resident/DisputeForm'
import { useDisputeFromReport, useDisputeStations } from '@/features/disputes/hooks'
import { replace, requireLogin } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import '@/features/disputes/components/disputes.scss'

/**
 * What a report closed as 民间纠纷 brings. Its place is the reporter's own flat, usually: it stays
 * out of the description, which the other party reads with the invitation; she adds what she wants.
 */
function fromReportValues(r: DisputeDraftFromReport): Partial<DisputeFormValues> {
  return { type: r.type, description: r.description, photos: r.photos, stationId: r.stationId }
}

function NewDispute({ type, fromReport }: { type?: DisputeType; fromReport?: string }) {
  const stations = useDisputeStations()
  const prefill = useDisputeFromReport(fromReport)
  const waiting = (!stations.data && stations.loading) || (!!fromReport && !prefill.data && prefill.loading)
  const error = stations.data ? (fromReport && !prefill.data ? prefill.error : null) : stations.error
  return (
    <PageShell title='申请调解' loading={waiting} error={error} onRetry={() => void Promise.all([stations.reload(), prefill.reload()])}>
      {fromReport && prefill.data && (
        <Notice type='info' title='已带入您的随手拍工单'>
          {`这件事来自您反映的工单 ${prefill.data.reportId}，网格员办结为民间纠纷。内容已经填好，请看看对不对，再补充对方的情况。`}
        </Notice>
      )}
      {stations.data && (!fromReport || prefill.data) && (
        <DisputeForm
          stations={stations.data}
          initial={prefill.data ? fromReportValues(prefill.data) : type ? { type } : {}}
          fromReportId={prefill.data?.reportId}
          onFiled={(d) => replace(links.disputeDetail(d.id))}
        />
      )}
    </PageShell>
  )
}

// Filing a dispute (?type= from a guide, or ?fromReport= a report closed as 民间纠纷).
export default function NewDisputePage() {
  const { params } = useRouter()
  const raw = decodeParam(params.type)
  const type = (DISPUTE_TYPES as readonly string[]).includes(raw) ? (raw as DisputeType) : undefined
  const fromReport = decodeParam(params.fromReport) || undefined
  useLoad(() => {
    requireLogin()
  })
  return (
    <LoginGate title='申请调解' reason='申请调解需要先登录，登录后会回到这里，填好的内容不会丢。'>
      <NewDispute type={type} fromReport={fromReport} />
    </LoginGate>
  )
}
