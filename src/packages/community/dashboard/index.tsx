import { useState } from 'react'
import { View } from '@tarojs/components'
import { PAGES, PERIODS, PERIOD_LABELS, type Period } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Counts, GateHours, HotTopics, TopCategories, Trend } from '@/features/community/components/DashboardParts'
import { RateBoard } from '@/features/community/components/RateBoard'
import { useDashboard } from '@/features/community/hooks'
import { navigate } from '@/services/nav'
import { useSession } from '@/stores/session'
import { errorText } from '@/utils/errors'
import '@/features/community/community.scss'

const PERIOD_OPTIONS = PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))

function Board() {
  // one boolean per selector: a selector answering a new array each time re-renders for ever
  const organiser = useSession((s) => !!s.user?.roles.includes('organiser'))
  const [period, setPeriod] = useState<Period>('this_month')
  const dash = useDashboard(period, organiser)
  const toMap = (
    <Button block onClick={() => navigate(PAGES.communityMap)}>
      民情地图
    </Button>
  )
  if (!organiser) {
    return (
      <PageShell title='社区数据看板'>
        <Notice type='info'>数据看板只对社区工作者开放。各网格的问题办理情况，大家都可以在民情地图上查看。</Notice>
        {toMap}
      </PageShell>
    )
  }
  // another period's figures are never shown under this period's chip, not even while loading
  const d = dash.data?.period === period ? dash.data : undefined
  const retry = () => void dash.reload()
  return (
    <PageShell
      title={dash.data ? `${dash.data.community.name}数据看板` : '社区数据看板'}
      loading={!dash.data && dash.loading}
      error={dash.data ? null : dash.error}
      onRetry={retry}
    >
      <ChipGroup name='period' options={PERIOD_OPTIONS} value={period} onChange={setPeriod} />
      {!d && dash.data && dash.loading && <Notice type='info'>{`正在加载${PERIOD_LABELS[period]}的数据…`}</Notice>}
      {!d && dash.data && !dash.loading && dash.error && (
        <Notice type='error' action={<Button size='small' onClick={retry}>重试</Button>}>
          {errorText(dash.error)}
        </Notice>
      )}
      {d && (
        <View data-testid='dashboard'>
          {d.hotTopics.length > 0 && <HotTopics hot={d.hotTopics} />}
          <RateBoard d={d} />
          <Counts r={d.community} />
          <GateHours r={d.community} />
          <Trend trend={d.trend} />
          <TopCategories top={d.topCategories} />
          {!d.hotTopics.length && <HotTopics hot={d.hotTopics} />}
        </View>
      )}
      <View className='cm-actions'>{toMap}</View>
    </PageShell>
  )
}

// The community worker's figures: the four rates of their community beside its grids and the
// district, with each formula in words, then counts, hours per gate, trend and hot topics.
export default function DashboardPage() {
  return (
    <LoginGate title='社区数据看板' reason='数据看板供社区工作者查看本社区的办理情况，请先登录。'>
      <Board />
    </LoginGate>
  )
}
