import { Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { LedgerList } from '@/features/points/components/volunteer/LedgerList'
import { PointsCard } from '@/features/points/components/volunteer/PointsCard'
import { usePointsSummary } from '@/features/points/hooks'
import { longDate } from '@/features/points/format'
import { requireLogin } from '@/services/nav'
import '@/features/points/points.scss'

// 积分明细: the balance and what expires when on top, then every entry with its reason.
export default function LedgerPage() {
  useLoad(() => {
    requireLogin()
  })
  const summary = usePointsSummary(true)
  const s = summary.data
  return (
    <PageShell title='积分明细' loading={!s && summary.loading} error={s ? null : summary.error} onRetry={summary.reload}>
      {s && (
        <>
          <PointsCard s={s} />
          <Section title='积分到期'>
            <Text className='points-info__line'>积分在获得的次年 12 月 31 日到期，兑换时先用最早到期的。</Text>
            {!s.expiring.length && <Text className='points-meta'>目前没有将要到期的积分</Text>}
            {s.expiring.map((x) => (
              <Text key={x.at} className='points-info__line' data-testid='expiring'>{`${longDate(x.at)} 到期：${x.points} 分`}</Text>
            ))}
          </Section>
          <Section title='收支记录'>
            <LedgerList version={0} />
          </Section>
        </>
      )}
    </PageShell>
  )
}
