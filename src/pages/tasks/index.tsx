import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS, type ReportListQuery } from '@/contract'
import { Button, ChipGroup, Notice, PageShell, Section } from '@/components/ui'
import { requireLogin } from '@/features/auth'
import { ReportList, useReportList } from '@/features/reports'
import { useIsLoggedIn, useSession } from '@/stores/session'
import { ROUTES, withQuery } from '@/utils/routes'
import '@/features/reports/reports.scss'

type Filter = NonNullable<ReportListQuery['status']>
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: '进行中' },
  { value: 'done', label: '已办结' },
  { value: 'all', label: '全部' },
]

const WORKBENCH_COMING: Partial<Record<string, string>> = {
  helper: '帮代办专员工作台将随“帮代办”模块上线：预约签到、代办进度都会在这里。',
  mediator: '调解员工作台将随“解忧小屋”模块上线：受理纠纷、安排调解都会在这里。',
  volunteer: '志愿者的活动报名、签到和积分将随“志愿积分”模块上线。',
  organiser: '社区工作者的活动发布与时长确认将随“志愿积分”模块上线。',
  merchant: '商企的兑换核销将随“志愿积分”模块上线。',
}

/** 加载更多 under a list, while the server has more pages. */
function More({ list }: { list: ReturnType<typeof useReportList> }) {
  return (
    <View className='report-list__more'>
      <Text className='report-list__total'>共 {list.total} 件</Text>
      {list.moreError && <Notice type='error'>{list.moreError.message}</Notice>}
      {list.hasMore && (
        <Button type='secondary' block loading={list.loadingMore} onClick={list.loadMore}>
          加载更多
        </Button>
      )}
    </View>
  )
}

function ResidentTasks() {
  const [status, setStatus] = useState<Filter>('open')
  const list = useReportList({ scope: 'mine', status })
  const items = list.items
  return (
    <PageShell title='我的反映' loading={!list.items.length && list.loading} error={list.error} onRetry={list.reload}>
      <Button type='primary' block onClick={() => Taro.navigateTo({ url: ROUTES.reportNew })}>
        随手拍 · 反映问题
      </Button>
      <ChipGroup options={FILTERS} value={status} onChange={(s) => setStatus(s as Filter)} />
      {items.length ? (
        <>
          <ReportList items={items} onOpen={(r) => Taro.navigateTo({ url: withQuery(ROUTES.reportDetail, { id: r.id }) })} />
          <More list={list} />
        </>
      ) : (
        !list.loading && <Notice type='info'>{status === 'open' ? '暂无进行中的反映' : '暂无记录'}</Notice>
      )}
    </PageShell>
  )
}

function WorkerQueue() {
  const [status, setStatus] = useState<Filter>('open')
  const list = useReportList({ scope: 'queue', status })
  const items = list.items
  const overdue = items.filter((r) => r.overdue).length
  return (
    <PageShell title='网格工单' loading={!list.items.length && list.loading} error={list.error} onRetry={list.reload}>
      <ChipGroup options={FILTERS} value={status} onChange={(s) => setStatus(s as Filter)} />
      {overdue > 0 && <Notice type='warning'>{overdue} 张工单已超时，请优先处理</Notice>}
      {items.length ? (
        <>
          <ReportList queue items={items} onOpen={(r) => Taro.navigateTo({ url: withQuery(ROUTES.workOrder, { id: r.id }) })} />
          <More list={list} />
        </>
      ) : (
        !list.loading && <Notice type='info'>本网格暂无{status === 'open' ? '待办' : ''}工单</Notice>
      )}
    </PageShell>
  )
}

export default function TasksPage() {
  const loggedIn = useIsLoggedIn()
  const role = useSession((s) => s.activeRole)
  if (!loggedIn || !role) {
    return (
      <PageShell title='办事'>
        <Notice type='info'>登录后可查看您反映的问题和办理进度。</Notice>
        <Button type='primary' block onClick={() => requireLogin()}>
          去登录
        </Button>
      </PageShell>
    )
  }
  if (role === 'resident') return <ResidentTasks />
  if (role === 'grid_worker') return <WorkerQueue />
  return (
    <PageShell title={`${ROLE_LABELS[role]}工作台`}>
      <Section title='即将上线'>
        <View>
          <Text>{WORKBENCH_COMING[role]}</Text>
        </View>
      </Section>
    </PageShell>
  )
}
