import { useState } from 'react'
import { useLoad, useRouter } from '@tarojs/taro'
import { PAGES, links, type Dispute } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { CaseFacts, CaseHead, CaseHistory } from '@/features/disputes/components/mediator/CaseFacts'
import { NextStep } from '@/features/disputes/components/mediator/NextStep'
import { SessionsPanel } from '@/features/disputes/components/mediator/SessionsPanel'
import { useDispute } from '@/features/disputes/hooks'
import { navigate, replace, requireLogin, scrollToTop } from '@/services/nav'
import { useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/disputes/components/mediator/mediator.scss'

const TITLE = '调解案件'

/**
 * One case for its mediator (`?id=`): the next step on top (as `can` allows), then the parties,
 * what happened, the sessions with their minutes and private notes, and the history. Anyone the
 * case is not for gets the server's 404 and nothing of it.
 */
export default function DisputeCasePage() {
  useLoad(() => requireLogin())
  const id = decodeParam(useRouter().params.id) || undefined
  const isMediator = useSession((s) => !!s.user?.roles.includes('mediator'))
  const remote = useDispute(isMediator ? id : undefined)
  const [transferred, setTransferred] = useState<Dispute | null>(null)
  const d = remote.data

  const onChange = (next: Dispute) => {
    remote.setData(next)
    scrollToTop()
  }

  if (!isMediator) {
    return (
      <PageShell title={TITLE}>
        <Notice type='info'>这里是解忧小屋调解员处理案件的页面。查看自己的调解申请，请到首页 → 解忧小屋。</Notice>
      </PageShell>
    )
  }
  if (transferred) {
    return (
      <PageShell title={TITLE}>
        <Notice type='success' title='已转交'>{`案件已转交给${transferred.stationName}，由那里的调解员受理。`}</Notice>
        <Button block onClick={() => replace(PAGES.disputeDesk)}>
          回到工作台
        </Button>
      </PageShell>
    )
  }
  // a party who is also a mediator reads their own case on the residents' page
  if (d && d.relation !== 'mediator') {
    return (
      <PageShell title={TITLE}>
        <Notice type='info'>您是这个案件的当事人，请在解忧小屋的申请详情里查看。</Notice>
        <Button block onClick={() => navigate(links.disputeDetail(d.id))}>
          查看申请详情
        </Button>
      </PageShell>
    )
  }

  return (
    <PageShell title={TITLE} loading={!d && remote.loading} error={d ? null : remote.error} onRetry={remote.reload} empty={!id} emptyText='没有找到这个案件'>
      {d && (
        <>
          <CaseHead d={d} />
          <NextStep d={d} onChange={onChange} onTransferred={setTransferred} />
          <CaseFacts d={d} />
          {(d.sessions.length > 0 || d.status === 'mediating') && <SessionsPanel d={d} onChange={onChange} />}
          <CaseHistory d={d} />
        </>
      )}
    </PageShell>
  )
}
