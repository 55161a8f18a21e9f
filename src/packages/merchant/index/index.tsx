import { useRef, useState } from 'react'
import { useDidShow, useLoad } from '@tarojs/taro'
import type { Offer } from '@/contract'
import { PageShell } from '@/components/ui/PageShell'
import { useWorkbench } from '@/features/points/hooks'
import { NotMerchant } from '@/features/points/components/merchant/NotMerchant'
import { MonthList, OfferList, ShopHead, TodayList } from '@/features/points/components/merchant/Workbench'
import { requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'

/**
 * 商家工作台 (合伙商企): the shop and 核销兑换码 first, today's redemptions, the shop's offers
 * (stock, pause, photo), then the months.
 */
export default function MerchantPage() {
  useLoad(() => requireLogin())
  const isMerchant = useSession((s) => !!s.user?.roles.includes('merchant'))
  const [version, setVersion] = useState(0)
  const bench = useWorkbench(isMerchant, version)
  // back from the verify page: today's totals changed there
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) setVersion((v) => v + 1)
    shown.current = true
  })

  if (!isMerchant) {
    return (
      <PageShell title='商家工作台'>
        <NotMerchant />
      </PageShell>
    )
  }

  const data = bench.data
  const changed = (o: Offer) => {
    if (data) bench.setData({ ...data, merchant: { ...data.merchant, offers: data.merchant.offers.map((x) => (x.id === o.id ? o : x)) } })
  }
  return (
    <PageShell title='商家工作台' loading={!data && bench.loading} error={data ? null : bench.error} onRetry={bench.reload}>
      {data && (
        <>
          <ShopHead bench={data} />
          <TodayList bench={data} />
          <OfferList bench={data} onChange={changed} />
          <MonthList bench={data} />
        </>
      )}
    </PageShell>
  )
}
