import { View } from '@tarojs/components'
import { PAGES, links } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { LoginGate } from '@/components/form/LoginGate'
import { Button } from '@/components/ui/Button'
import { Empty } from '@/components/ui/Empty'
import { MeanwhileCard } from '@/components/ui/Meanwhile'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { ActivityRow } from '@/features/points/components/volunteer/ActivityRow'
import { PointsCard } from '@/features/points/components/volunteer/PointsCard'
import { useActivities, usePointsSummary } from '@/features/points/hooks'
import { PRACTICE_STATION } from '@/modules/points'
import { navigate } from '@/services/nav'
import { useSession } from '@/stores/session'
import '@/features/points/points.scss'

/** The organiser's activities, newest first, each opening its attendance. */
function Organised() {
  const list = useActivities('organised')
  return (
    <Section title='我发布的活动' extra={<Button size='small' type='primary' onClick={() => navigate(links.pointsPublish())}>发布活动</Button>}>
      {!list.loading && !list.items.length && <Empty text='还没有发布活动' />}
      {list.items.map((a) => (
        <ActivityRow key={a.id} a={a} link={links.pointsAttendance(a.id)} />
      ))}
      <LoadMore list={list} totalText={(n) => `共 ${n} 个活动`} />
    </Section>
  )
}

/** The volunteer's own sign-ups that are not over, soonest first. */
function Mine() {
  const list = useActivities('mine')
  const live = list.items.filter((a) => a.mine !== 'left' && (a.status === 'open' || a.status === 'ongoing')).sort((x, y) => x.start.localeCompare(y.start))
  if (!live.length) return null
  return (
    <Section title='我报名的活动'>
      {live.map((a) => (
        <ActivityRow key={a.id} a={a} link={links.pointsActivity(a.id)} />
      ))}
    </Section>
  )
}

/** Activities open to sign up: the volunteer's own community first, then the district. */
function Upcoming({ volunteer }: { volunteer: boolean }) {
  const list = useActivities('upcoming')
  const local = list.items.filter((a) => a.local)
  const other = list.items.filter((a) => !a.local)
  return (
    <>
      {!volunteer && <Notice type='info'>报名志愿活动需要志愿者身份。请到社区新时代文明实践站登记成为志愿者，登记后这里就能报名。</Notice>}
      <Section title='本社区的活动'>
        {!list.loading && !local.length && <Empty text='本社区近期没有可报名的活动' />}
        {local.map((a) => (
          <ActivityRow key={a.id} a={a} link={links.pointsActivity(a.id)} />
        ))}
      </Section>
      {other.length > 0 && (
        <Section title='全区其他活动'>
          {other.map((a) => (
            <ActivityRow key={a.id} a={a} link={links.pointsActivity(a.id)} />
          ))}
        </Section>
      )}
      <LoadMore list={list} totalText={(n) => `共 ${n} 个活动`} />
    </>
  )
}

// 志愿积分: a volunteer's points and next activity on top, then what to sign up for; an
// organiser's own activities and 发布活动; a merchant or resident sees the activities and offers.
export default function PointsPage() {
  // one boolean per selector: a selector answering a new array each time re-renders for ever
  const volunteer = useSession((s) => !!s.user?.roles.includes('volunteer'))
  const organiser = useSession((s) => !!s.user?.roles.includes('organiser'))
  const summary = usePointsSummary(volunteer)
  return (
    <LoginGate
      title='志愿积分'
      reason='登录后可以报名社区志愿活动、扫码签到，服务时长确认后换成积分，在合伙商企兑换。'
      extra={
        <Button block onClick={() => navigate(PAGES.pointsShop)}>
          看看能兑换什么
        </Button>
      }
    >
      <PageShell title='志愿积分'>
        {volunteer && summary.data && <PointsCard s={summary.data} />}
        {volunteer && (
          <View className='points-actions'>
            <Button type='primary' block onClick={() => navigate(PAGES.pointsShop)}>
              积分兑换
            </Button>
            <Button block onClick={() => navigate(PAGES.pointsLedger)}>
              积分明细与到期
            </Button>
            <Button block onClick={() => navigate(PAGES.pointsCertificate)}>
              志愿服务记录证明
            </Button>
          </View>
        )}
        {organiser && <Organised />}
        {volunteer && <Mine />}
        <Upcoming volunteer={volunteer || organiser} />
        {!volunteer && !organiser && <MeanwhileCard {...PRACTICE_STATION} />}
      </PageShell>
    </LoginGate>
  )
}
