import { Text, View } from '@tarojs/components'
import { MERCHANT_KIND_LABELS, type Merchant, type Offer, type Redemption } from '@/contract'
import { ConfirmTap } from '@/components/form/ConfirmTap'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { pointsApi } from '../../api'

interface Props {
  merchants: Merchant[]
  /** the volunteer's available points; null: not a volunteer (no 兑换 button) */
  available: number | null
  onRedeemed: (r: Redemption) => void
}

function OfferCard({ o, m, available, onRedeemed }: { o: Offer; m: Merchant; available: number | null; onRedeemed: Props['onRedeemed'] }) {
  const short = available !== null && available < o.points
  return (
    <View className='points-offer' data-testid='offer'>
      {o.photo && <PhotoGrid photos={[o.photo]} small label={o.title} />}
      <View className='points-offer__body'>
        <Text className='points-row__title'>{o.title}</Text>
        <Text className='points-offer__points'>{`${o.points} 分`}</Text>
        <Text className='points-meta'>{`${o.stock > 0 ? `剩 ${o.stock} 件` : '已兑完'} · 每人每月限 ${o.monthlyLimit} 次 · ${o.validTo} 前有效`}</Text>
        {available !== null && o.stock > 0 && (
          short ? (
            <Text className='points-meta'>{`还差 ${o.points - available} 分`}</Text>
          ) : (
            <ConfirmTap
              formId={`points-redeem-${o.id}`}
              label='兑换'
              warning={`兑换“${o.title}”将冻结 ${o.points} 分，得到一个10分钟内有效的兑换码，请到${m.name}出示给店员。`}
              confirmLabel={`确认兑换（${o.points} 分）`}
              send={(k) => pointsApi.redeem({ offerId: o.id }, k)}
              onDone={onRedeemed}
            />
          )
        )}
      </View>
    </View>
  )
}

/** The partner merchants and what each offers for points. */
export function OfferList({ merchants, available, onRedeemed }: Props) {
  return (
    <>
      {merchants.map((m) => (
        <Section key={m.id} title={m.name}>
          <View className='points-merchant' data-testid='merchant'>
            <View className='points-row__tags'>
              <Tag tone='purple'>{MERCHANT_KIND_LABELS[m.kind]}</Tag>
            </View>
            <Text className='points-meta'>{`${m.address} · 营业 ${m.hours}`}</Text>
            {m.offers.length === 0 && <Text className='points-meta'>暂无可兑换的商品</Text>}
            {m.offers.map((o) => (
              <OfferCard key={o.id} o={o} m={m} available={available} onRedeemed={onRedeemed} />
            ))}
          </View>
        </Section>
      ))}
    </>
  )
}
