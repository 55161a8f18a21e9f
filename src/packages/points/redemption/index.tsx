import { useLoad, useRouter } from '@tarojs/taro'
import { PAGES } from '@/contract'
import { Button } from '@/components/ui/Button'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { RedemptionView } from '@/features/points/components/volunteer/RedemptionView'
import { useRedemption } from '@/features/points/hooks'
import { navigate, requireLogin } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import '@/features/points/points.scss'

// A redemption: the code to show at the shop while it lasts, then what became of it.
export default function RedemptionPage() {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const redemption = useRedemption(id)
  useLoad(() => {
    requireLogin()
  })
  const r = redemption.data
  return (
    <PageShell title='兑换码' loading={!r && redemption.loading} error={r ? null : redemption.error} onRetry={redemption.reload} empty={!id} emptyText='没有找到这次兑换'>
      {r && (
        <>
          <Section>
            <RedemptionView r={r} onExpired={() => void redemption.reload()} />
          </Section>
          <Button block onClick={() => navigate(PAGES.pointsShop)}>
            返回积分兑换
          </Button>
        </>
      )}
    </PageShell>
  )
}
