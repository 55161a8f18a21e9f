import { ComingSoon } from '@/components/ui/ComingSoon'
import { MEANWHILE } from '@/modules/coming'

// Placeholder: the merchant module is not built yet. No fake functionality here.
export default function MerchantPage() {
  return (
    <ComingSoon
      title='合伙商企'
      headline='商企兑换核销即将上线'
      plans={['发布可用积分兑换的商品或优惠，设置库存和限额', '扫码或输入兑换码完成核销，每个码只能用一次']}
      meanwhile={MEANWHILE.merchant}
    />
  )
}
