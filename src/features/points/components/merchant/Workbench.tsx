import { View, Text } from '@tarojs/components'
import { PAGES, type Offer, type Workbench } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Empty } from '@/components/ui/Empty'
import { ListItem } from '@/components/ui/ListItem'
import { role } from '@/components/ui/a11y'
import { Section } from '@/components/ui/Section'
import { navigate } from '@/services/nav'
import { OfferCard } from './OfferCard'
import { chinaClock } from '@/utils/calendar'
import './merchant.scss'

/** The first screen: which shop, the way to the counter's one job, and how today went. */
export function ShopHead({ bench }: { bench: Workbench }) {
  const { merchant, today } = bench
  return (
    <Section>
      <View className='merchant-head' data-testid='merchant-head'>
        <Text className='merchant-head__shop' {...role('heading')} aria-level={2}>
          {merchant.name}
        </Text>
        <Text className='merchant-head__address'>{`${merchant.address} · 营业 ${merchant.hours}`}</Text>
        <Button type='primary' block onClick={() => navigate(PAGES.merchantVerify)}>
          核销兑换码
        </Button>
        <View className='merchant-totals' data-testid='merchant-today'>
          <View className='merchant-totals__cell'>
            <Text className='merchant-totals__value'>{String(today.count)}</Text>
            <Text className='merchant-totals__label'>今日核销（笔）</Text>
          </View>
          <View className='merchant-totals__cell'>
            <Text className='merchant-totals__value'>{String(today.points)}</Text>
            <Text className='merchant-totals__label'>今日积分（分）</Text>
          </View>
        </View>
      </View>
    </Section>
  )
}

export function TodayList({ bench }: { bench: Workbench }) {
  const items = bench.today.items
  return (
    <Section title='今日核销'>
      {items.length ? (
        items.map((r) => (
          <ListItem key={r.id} data-testid='merchant-today-item' title={r.offerTitle} note={`${r.volunteerName} · ${r.redeemedAt ? chinaClock(r.redeemedAt) : ''}`} extra={<Text>{`${r.points} 分`}</Text>} />
        ))
      ) : (
        <Empty text='今天还没有核销，志愿者出示兑换码后点“核销兑换码”' />
      )}
    </Section>
  )
}

export function OfferList({ bench, onChange }: { bench: Workbench; onChange: (o: Offer) => void }) {
  const offers = bench.merchant.offers
  return (
    <Section title='我的商品'>
      {offers.length ? offers.map((o) => <OfferCard key={o.id} offer={o} onChange={onChange} />) : <Empty text='还没有可兑换的商品，请联系社区添加' />}
    </Section>
  )
}

export function MonthList({ bench }: { bench: Workbench }) {
  return (
    <Section title='月度记录'>
      {bench.months.length ? (
        bench.months.map((m) => <ListItem key={m.month} data-testid='merchant-month' title={m.month} extra={<Text>{`${m.count} 笔 · ${m.points} 分`}</Text>} />)
      ) : (
        <Text className='merchant-muted'>还没有核销记录</Text>
      )}
    </Section>
  )
}
