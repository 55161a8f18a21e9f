import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { DISPATCH_LIMIT_HOURS, URGENCY_LABELS, links, type Report } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { authApi } from '@/features/auth'
import { PlacePicker } from '@/features/geo/components/PlacePicker'
import { useGeo } from '@/features/geo/hooks'
import { REPORT_SUBSCRIBE_TEMPLATE_ID, ReportForm } from '@/features/reports'
import { requestSubscribe } from '@/services/device/subscribe'
import { goHome, replace, requireLogin } from '@/services/nav'
import { formatDeadline } from '@/utils/format'
import { useSession } from '@/stores/session'
import '@/features/reports/reports.scss'

function NewReport() {
  const user = useSession((s) => s.user)
  const geo = useGeo()
  const [done, setDone] = useState<Report | null>(null)
  const [subscribed, setSubscribed] = useState<string | null>(null)

  if (done) {
    const waiting = done.status === 'dispatching'
    const servicePhone = geo.data?.grids.find((g) => g.id === done.location.gridId)?.servicePhone
    const subscribe = async () => {
      // Asked only now, from the resident's own tap after submitting (WeChat requires a tap).
      const r = await requestSubscribe(REPORT_SUBSCRIBE_TEMPLATE_ID)
      setSubscribed(r === 'accept' ? '已开启办理进度提醒' : r === 'unsupported' ? '办理进度会出现在“消息”里' : '未开启提醒，进度仍会出现在“消息”里')
    }
    return (
      <PageShell title='随手拍'>
        <Section title='已提交'>
          <View className='report-done' data-testid='report-done'>
            <Text className='report-done__title'>{waiting ? '您的反映已受理，社区将分派给所在网格' : '您的反映已受理并派发给网格员'}</Text>
            <Text className='report-done__id'>工单号：{done.id}</Text>
            <Text>处理人：{done.holder}</Text>
            {waiting ? (
              <Text>{`分派时限：${DISPATCH_LIMIT_HOURS}小时内（${formatDeadline(done.deadline)}）；分派后按“${URGENCY_LABELS[done.urgency]}”办理`}</Text>
            ) : (
              <Text>{`办理时限：${URGENCY_LABELS[done.urgency]}（${formatDeadline(done.deadline)}）`}</Text>
            )}
            {servicePhone && (
              <View className='report-done__phone'>
                <Text>{`${done.gridName}服务电话：`}</Text>
                <MaskedPhone phone={servicePhone} reveal callable />
              </View>
            )}
          </View>
          <Button type='primary' block onClick={() => replace(links.reportDetail(done.id))}>
            查看工单
          </Button>
          <Button type='secondary' block onClick={subscribe}>
            接收办理进度提醒
          </Button>
          {subscribed && <Notice type='info'>{subscribed}</Notice>}
          <Button type='secondary' block onClick={() => setDone(null)}>
            再反映一个问题
          </Button>
          <Button block onClick={goHome}>
            返回首页
          </Button>
        </Section>
      </PageShell>
    )
  }

  return (
    <PageShell title='随手拍' loading={!geo.data && geo.loading} error={geo.data ? null : geo.error} onRetry={geo.reload}>
      {geo.data && (
        <ReportForm
          home={user?.home}
          renderPlace={(slot) => (geo.data ? <PlacePicker geo={geo.data} home={user?.home} {...slot} /> : null)}
          homeCommunityId={user?.communityId}
          homeGridId={user?.gridId}
          onSubmitted={setDone}
          onJoined={(r) => replace(links.reportDetail(r.id))}
          phoneFromWechat={async (code) => (await authApi.myPhone(code)).phone}
        />
      )}
    </PageShell>
  )
}

export default function NewReportPage() {
  useLoad(() => {
    requireLogin()
  })
  return (
    <LoginGate title='随手拍' reason='反映问题需要先登录，登录后会回到这里。'>
      <NewReport />
    </LoginGate>
  )
}
