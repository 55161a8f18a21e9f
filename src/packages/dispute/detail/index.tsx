import { View } from '@tarojs/components'
import { useLoad, useRouter } from '@tarojs/taro'
import type { Dispute } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { PageShell } from '@/components/ui/PageShell'
import { AgreementPanel } from '@/features/disputes/components/resident/AgreementPanel'
import { CaseFacts, CaseHead, CaseProgress, SessionList } from '@/features/disputes/components/resident/CaseFacts'
import { ObligationFollowUp, RatePanel, ReferralPanel } from '@/features/disputes/components/resident/FollowUp'
import { InvitePanel } from '@/features/disputes/components/InvitePanel'
import { useDispute } from '@/features/disputes/hooks'
import { requireLogin, scrollToTop } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import '@/features/disputes/components/disputes.scss'

function Case({ id }: { id: string | undefined }) {
  const dispute = useDispute(id)
  const d = dispute.data
  const sealed = !!d?.agreement?.sealedAt
  const onChange = (next: Dispute) => {
    dispute.setData(next)
    scrollToTop()
  }
  return (
    <PageShell title='我的调解' loading={!d && dispute.loading} error={d ? null : dispute.error} onRetry={dispute.reload} empty={!id} emptyText='没有找到这件调解'>
      {d && (
        <View className='dispute-stack'>
          <CaseHead d={d} />
          {d.relation === 'applicant' && <InvitePanel d={d} onChange={onChange} />}
          {/* what asks something of the reader comes before what only informs */}
          {!sealed && <AgreementPanel d={d} onChange={onChange} />}
          <RatePanel d={d} onChange={onChange} />
          <ObligationFollowUp d={d} onChange={onChange} />
          <ReferralPanel d={d} />
          {sealed && <AgreementPanel d={d} onChange={onChange} />}
          <CaseProgress d={d} />
          <SessionList d={d} />
          <CaseFacts d={d} />
        </View>
      )}
    </PageShell>
  )
}

// A case for its parties: what happens next and what they can do now on top, then the gates,
// the sessions and the facts. Anyone else gets the server's 404.
export default function DisputeDetailPage() {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  useLoad(() => {
    requireLogin()
  })
  return (
    <LoginGate title='我的调解' reason='调解案件只有当事人和调解员能看，请先登录。'>
      <Case id={id} />
    </LoginGate>
  )
}
