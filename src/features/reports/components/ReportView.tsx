import { View, Text } from '@tarojs/components'
import {
  CATEGORY_INFO,
  DEPARTMENTS,
  GATE_LABELS,
  RATING_LABELS,
  REPORT_STATUS_LABELS,
  REPORT_STATUS_TONES,
  URGENCY_LABELS,
  type Report,
  type ReportEvent,
} from '@/contract'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { Steps } from '@/components/ui/Steps'
import { Timeline } from '@/components/ui/Timeline'
import { formatDeadline, formatTime } from '@/utils/format'

const ACTION_TITLES: Record<ReportEvent['action'], string> = {
  submit: '提交反映',
  dispatch: '派发至网格员',
  join: '居民“我也遇到了”',
  take: '网格员接单',
  note: '办理进展',
  escalate: '网格吹哨',
  return: '退单',
  review: '审核',
  reply: '办结回复',
  rate: '居民评价',
  reopen: '不满意，重新办理',
  to_community: '转社区复核',
}

function deptLabel(key: string | null | undefined) {
  return DEPARTMENTS.find((d) => d.key === key)?.label ?? ''
}

/** The ticket as its viewer may see it: status, the six gates, who holds it now, and its history. */
export function ReportView({ report }: { report: Report }) {
  const r = report
  const current = r.currentGate
  return (
    <View className='report-view'>
      <Section title={`工单 ${r.id}`}>
        <View className='report-view__head'>
          <StatusTag status={r.status} label={REPORT_STATUS_LABELS[r.status]} tone={REPORT_STATUS_TONES[r.status]} overdue={r.overdue} />
          <Text className='report-view__cat'>
            {CATEGORY_INFO[r.category].label} · {URGENCY_LABELS[r.urgency]}
          </Text>
        </View>
        {current && (
          <View className='report-view__now' data-testid='current-gate'>
            <Text>当前环节：{GATE_LABELS[current]}</Text>
            <Text>处理人：{r.holder}</Text>
            {r.deadline && (
              <Text className={r.overdue ? 'report-view__deadline is-overdue' : 'report-view__deadline'}>
                时限：{formatTime(r.deadline)}（{formatDeadline(r.deadline)}）
              </Text>
            )}
          </View>
        )}
        <Steps steps={r.gates.map((g) => ({ key: g.gate, label: GATE_LABELS[g.gate], state: g.state, at: g.at, actorName: g.actorName }))} />
      </Section>

      <Section title='问题详情'>
        <Text className='report-view__desc'>{r.description}</Text>
        {r.photos.length > 0 && <PhotoGrid photos={r.photos} label={`工单 ${r.id} 的问题照片`} />}
        <View className='report-view__rows'>
          <Text>位置：{r.location.communityName} {r.location.gridName} · {r.location.address}</Text>
          <Text>反映人：{r.reporterName}</Text>
          <View className='report-view__row'>
            <Text>联系电话：</Text>
            {/* the server masks it for everyone but the reporter and the grid's worker, who can call */}
            <MaskedPhone phone={r.contactPhone} reveal={!r.contactPhone.includes('*')} callable={r.relation === 'assignee'} />
          </View>
          <Text>提交时间：{formatTime(r.createdAt)}</Text>
          {r.followers > 0 && <Text>{r.followers} 位居民也遇到了这个问题</Text>}
          {r.escalatedTo && <Text>已吹哨：{deptLabel(r.escalatedTo)}</Text>}
          {r.reopenCount > 0 && <Text>因不满意重新办理 {r.reopenCount} 次</Text>}
          {r.rating && (
            <Text>
              评价：{RATING_LABELS[r.rating]}
              {r.ratingComment ? `（${r.ratingComment}）` : ''}
            </Text>
          )}
        </View>
      </Section>

      <Section title='办理记录'>
        <Timeline
          items={[...r.events].reverse().map((e) => ({
            title: `${GATE_LABELS[e.gate]} · ${ACTION_TITLES[e.action]}${e.internal ? '（内部）' : ''}`,
            time: formatTime(e.at),
            text: [
              e.actorName,
              e.department ? `协同部门：${deptLabel(e.department)}` : '',
              e.rating && !e.text?.includes(RATING_LABELS[e.rating]) ? RATING_LABELS[e.rating] : '',
              e.text ?? '',
            ]
              .filter(Boolean)
              .join(' · '),
            photos: e.photos,
            state: 'done' as const,
          }))}
        />
      </Section>
    </View>
  )
}
