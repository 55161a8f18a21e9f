import type { ReactNode } from 'react'
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
import { StatusTag, Tag } from '@/components/ui/StatusTag'
import { Steps } from '@/components/ui/Steps'
import { Timeline } from '@/components/ui/Timeline'
import { formatDeadline, formatTime } from '@/utils/format'

const ACTION_TITLES: Record<ReportEvent['action'], string> = {
  submit: '提交反映',
  dispatch: '派发至网格员',
  assign: '社区分派网格',
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
  urge: '居民催办',
  supplement: '居民补充说明',
  withdraw: '居民撤回',
  civil: '转为民间纠纷',
  patrol: '网格员巡查发现',
  supervise: '社区督办',
  close: '社区办结',
}

function deptLabel(key: string | null | undefined) {
  return DEPARTMENTS.find((d) => d.key === key)?.label ?? ''
}

interface PartProps {
  report: Report
  title: string
}

/** Status tag and category: the first line of a ticket. */
function Head({ report: r }: { report: Report }) {
  return (
    <View className='report-view__head'>
      <StatusTag status={r.status} label={REPORT_STATUS_LABELS[r.status]} tone={REPORT_STATUS_TONES[r.status]} overdue={r.overdue} />
      {/* 已督办: the community chases it; the resident sees someone is on it */}
      {r.supervised && <Tag tone='red'>已督办</Tag>}
      {r.patrol && <Tag tone='blue'>巡查发现</Tag>}
      <Text className='report-view__cat'>
        {CATEGORY_INFO[r.category].label} · {URGENCY_LABELS[r.urgency]}
      </Text>
    </View>
  )
}

function Deadline({ report: r }: { report: Report }) {
  if (!r.deadline) return null
  return (
    <Text className={r.overdue ? 'report-view__deadline is-overdue' : 'report-view__deadline'}>
      时限：{formatTime(r.deadline)}（{formatDeadline(r.deadline)}）
    </Text>
  )
}

/** 已催办 N 次, with when the last one was: the worker sees it before anything else of the order. */
function Urged({ report: r }: { report: Report }) {
  if (!r.urgeCount) return null
  const last = [...r.events].reverse().find((e) => e.action === 'urge')
  return (
    <Text className='report-view__urged' data-testid='urge-count'>
      {`已催办 ${r.urgeCount} 次${last ? `（最近 ${formatTime(last.at)}）` : ''}`}
    </Text>
  )
}

/** Where the ticket stands: its status, the gate it is at, who holds it, its deadline, the six gates. */
export function TicketStatus({ report: r, title, head = true }: PartProps & { head?: boolean }) {
  const current = r.currentGate
  return (
    <Section title={title}>
      {head && <Head report={r} />}
      {current && (
        <View className='report-view__now' data-testid='current-gate'>
          <Text>当前环节：{GATE_LABELS[current]}</Text>
          <Text>处理人：{r.holder}</Text>
          <Deadline report={r} />
        </View>
      )}
      {head && <Urged report={r} />}
      <Steps steps={r.gates.map((g) => ({ key: g.gate, label: GATE_LABELS[g.gate], state: g.state, at: g.at, actorName: g.actorName }))} />
    </Section>
  )
}

/**
 * What the problem is: description, photos, place, who reported it and their phone. On the
 * worker's order it comes first (`head`: with the status, deadline and urges).
 */
export function TicketDetails({ report: r, title, head = false }: PartProps & { head?: boolean }) {
  return (
    <Section title={title}>
      {head && <Head report={r} />}
      {head && <Deadline report={r} />}
      {head && <Urged report={r} />}
      <Text className='report-view__desc'>{r.description}</Text>
      {r.photos.length > 0 && <PhotoGrid photos={r.photos} label={`工单 ${r.id} 的问题照片`} />}
      <View className='report-view__rows'>
        <Text>位置：{r.location.communityName} {r.location.gridName} · {r.location.address}</Text>
        <View className='report-view__row'>
          <Text>联系电话：</Text>
          {/* the server masks it for everyone but the reporter and the grid's worker, who can call */}
          <MaskedPhone phone={r.contactPhone} reveal={!r.contactPhone.includes('*')} callable={r.relation === 'assignee'} />
        </View>
        <Text>反映人：{r.reporterName}</Text>
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
  )
}

/** Everything that happened, newest first. */
export function TicketHistory({ report: r }: { report: Report }) {
  return (
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
  )
}

/** The ticket as a resident follows it: where it stands first, then the problem, then its history. */
export function ReportView({ report }: { report: Report }) {
  return (
    <View className='report-view'>
      <TicketStatus report={report} title={`工单 ${report.id}`} />
      <TicketDetails report={report} title='问题详情' />
      <TicketHistory report={report} />
    </View>
  )
}

/** The ticket as the grid worker works it: the order itself first; the actions go between. */
export function OrderView({ report, children }: { report: Report; children?: ReactNode }) {
  return (
    <View className='report-view'>
      <TicketDetails report={report} title={`工单 ${report.id}`} head />
      {children}
      <TicketStatus report={report} title='办理进度' head={false} />
      <TicketHistory report={report} />
    </View>
  )
}
