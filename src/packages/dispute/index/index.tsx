import { Text, View } from '@tarojs/components'
import { PAGES, links } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { Button } from '@/components/ui/Button'
import { ListItem } from '@/components/ui/ListItem'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { CaseRow } from '@/features/disputes/components/CaseRow'
import { StationCard } from '@/features/disputes/components/resident/StationCard'
import { useDisputeGuides, useDisputeList, useDisputeStations } from '@/features/disputes/hooks'
import { navigate } from '@/services/nav'
import { useIsLoggedIn } from '@/stores/session'
import { errorText } from '@/utils/errors'
import '@/features/disputes/components/disputes.scss'

/** The signed-in resident's own cases, as applicant or other party. */
function MyCases() {
  const list = useDisputeList('mine')
  if (list.error) return <Notice type='error'>{errorText(list.error)}</Notice>
  if (!list.items.length) return null
  return (
    <Section title='我的调解'>
      {list.items.map((d) => (
        <CaseRow key={d.id} d={d} onOpen={() => navigate(links.disputeDetail(d.id))} />
      ))}
      <LoadMore list={list} totalText={(n) => `共 ${n} 件`} />
    </Section>
  )
}

// 解忧小屋: 申请调解 and the resident's own cases first; then the guides by type and the stations.
// Browsing needs no login; filing asks for it on the form.
export default function DisputePage() {
  const loggedIn = useIsLoggedIn()
  const guides = useDisputeGuides()
  const stations = useDisputeStations()
  return (
    <PageShell title='解忧小屋'>
      <View className='dispute-actions'>
        <Text className='dispute-line'>邻里、物业、家庭等矛盾纠纷，可以申请社区人民调解：自愿、免费、保密。</Text>
        <Button type='primary' block onClick={() => navigate(links.disputeNew())}>
          申请调解
        </Button>
        <Button block onClick={() => navigate(PAGES.disputeInvitation)}>
          我收到了调解邀请码
        </Button>
      </View>
      {loggedIn && <MyCases />}
      <Section title='常见纠纷怎么办'>
        {guides.error && <Notice type='error'>{errorText(guides.error)}</Notice>}
        {(guides.data ?? []).map((g) => (
          <ListItem key={g.type} data-testid='dispute-guide-row' title={g.label} note={g.settles} onClick={() => navigate(links.disputeGuide(g.type))} />
        ))}
      </Section>
      <Section title='解忧小屋在哪里'>
        {stations.error && <Notice type='error'>{errorText(stations.error)}</Notice>}
        {(stations.data ?? []).map((s) => (
          <StationCard key={s.id} s={s} />
        ))}
      </Section>
    </PageShell>
  )
}
