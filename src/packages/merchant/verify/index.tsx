import { useLoad } from '@tarojs/taro'
import { PageShell } from '@/components/ui/PageShell'
import { NotMerchant } from '@/features/points/components/merchant/NotMerchant'
import { VerifyPanel } from '@/features/points/components/merchant/VerifyPanel'
import { requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'

/** 核销兑换码: the counter's page — scan or type the volunteer's code, check it, confirm. */
export default function MerchantVerifyPage() {
  useLoad(() => requireLogin())
  const isMerchant = useSession((s) => !!s.user?.roles.includes('merchant'))
  return <PageShell title='核销兑换码'>{isMerchant ? <VerifyPanel /> : <NotMerchant />}</PageShell>
}
