import { links, type Redemption } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { OfferList } from '@/features/points/components/volunteer/OfferList'
import { PointsCard } from '@/features/points/components/volunteer/PointsCard'
import { useMerchants, usePointsSummary } from '@/features/points/hooks'
import { navigate } from '@/services/nav'
import { useIsLoggedIn, useSession } from '@/stores/session'
import '@/features/points/points.scss'

// 积分兑换: the partner merchants and their offers (anyone may look); a volunteer sees their
// points on top and redeems, which leads to the code to show at the shop.
export default function ShopPage() {
  const loggedIn = useIsLoggedIn()
  const volunteer = useSession((s) => !!s.user?.roles.includes('volunteer')) && loggedIn
  const merchants = useMerchants()
  const summary = usePointsSummary(volunteer)
  const onRedeemed = (r: Redemption) => navigate(links.pointsRedemption(r.id))
  return (
    <PageShell title='积分兑换' loading={!merchants.data && merchants.loading} error={merchants.data ? null : merchants.error} onRetry={merchants.reload}>
      {volunteer && summary.data && <PointsCard s={summary.data} />}
      {!volunteer && <Notice type='info'>志愿者参加社区志愿活动获得积分后，可以在下面这些合伙商企兑换。</Notice>}
      {merchants.data && <OfferList merchants={merchants.data} available={volunteer && summary.data ? summary.data.available : null} onRedeemed={onRedeemed} />}
    </PageShell>
  )
}
