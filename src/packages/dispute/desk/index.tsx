import { useLoad } from '@tarojs/taro'
import { links } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { DeskCases } from '@/features/disputes/components/mediator/DeskCases'
import { DutyList } from '@/features/disputes/components/mediator/DutyList'
import { useDisputeStations, useDutySessions } from '@/features/disputes/hooks'
import { navigate, requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'
import '@/features/disputes/components/mediator/mediator.scss'

/**
 * 调解员工作台: the station's new cases and the mediator's open ones, 已结案 apart; for the
 * weekend's on-duty police officer or lawyer (mediators too, without a station of their own) the
 * sessions they sit in on.
 */
export default function DisputeDeskPage() {
  useLoad(() => requireLogin())
  const user = useSession((s) => s.user)
  const isMediator = !!user?.roles.includes('mediator')
  const stations = useDisputeStations(isMediator)
  const duty = useDutySessions(isMediator)
  // a station lists its mediators by name, and a person always sees their own in full; should the
  // stations not load, the cases are offered anyway (the server answers for whom they are)
  const ofStation = !stations.data || stations.data.some((s) => s.mediators.includes(user?.name ?? ''))
  const sessions = duty.data ?? []

  if (!isMediator) {
    return (
      <PageShell title='调解员工作台'>
        <Notice type='info'>这里是解忧小屋调解员的工作台。申请调解，请到首页 → 解忧小屋。</Notice>
      </PageShell>
    )
  }

  return (
    <PageShell title='调解员工作台' loading={(!duty.data && duty.loading) || (!stations.data && stations.loading)} error={duty.data ? null : duty.error} onRetry={duty.reload}>
      {(sessions.length > 0 || !ofStation) && <DutyList sessions={sessions} />}
      {ofStation && <DeskCases onOpen={(d) => navigate(links.disputeCase(d.id))} />}
    </PageShell>
  )
}
