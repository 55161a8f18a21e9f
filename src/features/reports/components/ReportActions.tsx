import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import {
  DEPARTMENTS,
  COMMENT_MAX,
  MAX_REOPENS,
  NOTE_MAX,
  NOTE_VISIBILITIES,
  NOTE_VISIBILITY_LABELS,
  links,
  PHOTOS_MAX,
  RATINGS,
  RATING_LABELS,
  SUPPLEMENT_MAX,
  SUPPLEMENT_MIN,
  URGE_INTERVAL_HOURS,
  WITHDRAW_REASON_MAX,
  reportEscalateSchema,
  reportHandleSchema,
  reportCivilSchema,
  reportNoteSchema,
  reportRateSchema,
  reportReturnSchema,
  reportSupplementSchema,
  reportWithdrawSchema,
  type Report,
  type ReportPermission,
  type ReportSummary,
} from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { OneTap } from '@/components/form/OneTap'
import { RatingPanel } from '@/components/form/RatingPanel'
import { Button } from '@/components/ui/Button'
import { CallLink } from '@/components/ui/CallLink'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { navigate } from '@/services/nav'
import { formatTime } from '@/utils/format'
import { reportsApi } from '../api'

interface Props {
  report: Report
  onChange: (r: Report) => void
}

type WorkerTab = 'note' | 'escalate' | 'return' | 'civil' | 'handle'
const WORKER_TABS: { value: WorkerTab; label: string }[] = [
  { value: 'handle', label: '办结回复' },
  { value: 'note', label: '进展' },
  { value: 'escalate', label: '吹哨部门' },
  { value: 'return', label: '退单' },
  { value: 'civil', label: '民间纠纷' },
]

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))

/**
 * The tab a handling order opens on: 进展 until the worker has said anything since taking it (or
 * since it was reopened), then 办结回复.
 */
export function defaultWorkerTab(report: Report): WorkerTab {
  for (let i = report.events.length - 1; i >= 0; i--) {
    const a = report.events[i].action
    if (a === 'note' || a === 'escalate') return 'handle'
    if (a === 'take' || a === 'reopen') return 'note'
  }
  return 'note'
}

function ReturnForm({ report, onChange }: Props) {
  const id = report.id
  return (
    <ActionForm
      formId={`report-${id}-return`}
      schema={reportReturnSchema}
      send={(input, k) => reportsApi.giveBack(id, input, k)}
      submitLabel='退单（交社区复核）'
      danger
      onDone={onChange}
      fields={[{ name: 'reason', label: '退单理由', kind: 'text', required: true, maxlength: NOTE_MAX, hint: '退单后由社区复核，请写清原因', placeholder: '如：不属于本网格范围' }]}
    />
  )
}

/**
 * What the grid worker can do with the order now. An untaken order offers 接单 alone (退单 only
 * behind its own button); a taken one opens on the tab its state calls for.
 */
export function WorkerActions({ report, onChange }: Props) {
  const can = (p: ReportPermission) => report.can.includes(p)
  const tabs = WORKER_TABS.filter((t) => can(t.value))
  const [tab, setTab] = useState<WorkerTab | null>(null)
  const [returning, setReturning] = useState(false)
  const id = report.id
  if (can('take')) {
    return (
      <Section title='办理'>
        <OneTap formId={`report-${id}-take`} label='接单' send={(k) => reportsApi.take(id, k)} onDone={onChange} />
        {can('return') &&
          (returning ? (
            <View className='report-actions__more'>
              <ReturnForm report={report} onChange={onChange} />
              <Button block onClick={() => setReturning(false)}>
                取消退单
              </Button>
            </View>
          ) : (
            <Button block onClick={() => setReturning(true)}>
              不归本网格？退单
            </Button>
          ))}
      </Section>
    )
  }
  if (!tabs.length) return null
  const preferred = tab ?? defaultWorkerTab(report)
  const active = tabs.find((t) => t.value === preferred)?.value ?? tabs[0].value
  return (
    <Section title='办理'>
      <ChipGroup options={tabs} value={active} onChange={setTab} />
      {active === 'handle' && (
        <ActionForm
          formId={`report-${id}-handle`}
          schema={reportHandleSchema}
          send={(input, k) => reportsApi.handle(id, input, k)}
          submitLabel='办结并回复居民'
          onDone={onChange}
          fields={[
            { name: 'reply', label: '办结回复', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '向居民说明处理结果，至少5个字' },
            { name: 'photos', label: '办结照片', kind: 'photos', max: PHOTOS_MAX },
          ]}
        />
      )}
      {active === 'note' && (
        <ActionForm
          formId={`report-${id}-note`}
          schema={reportNoteSchema}
          send={(input, k) => reportsApi.note(id, input, k)}
          submitLabel='添加进展'
          onDone={onChange}
          fields={[
            { name: 'text', label: '进展说明', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '如：已联系物业，明早清运' },
            { name: 'photos', label: '现场照片', kind: 'photos', max: PHOTOS_MAX },
            { name: 'visibility', label: '谁能看到', kind: 'chips', required: true, initial: 'resident', options: NOTE_VISIBILITIES.map((v) => ({ value: v, label: NOTE_VISIBILITY_LABELS[v] })) },
          ]}
        />
      )}
      {active === 'escalate' && (
        <ActionForm
          formId={`report-${id}-escalate`}
          schema={reportEscalateSchema}
          send={(input, k) => reportsApi.escalate(id, input, k)}
          submitLabel='网格吹哨，部门报到'
          onDone={onChange}
          fields={[
            { name: 'department', label: '协同部门', kind: 'select', required: true, placeholder: '请选择部门', options: DEPARTMENTS.map((d) => ({ value: d.key, label: d.label })) },
            { name: 'note', label: '吹哨说明', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '需要部门做什么' },
          ]}
        />
      )}
      {active === 'return' && <ReturnForm report={report} onChange={onChange} />}
      {active === 'civil' && (
        <ActionForm
          formId={`report-${id}-civil`}
          schema={reportCivilSchema}
          send={(input, k) => reportsApi.civil(id, input, k)}
          submitLabel='转为民间纠纷，建议居民到解忧小屋'
          danger
          onDone={onChange}
          fields={[
            {
              name: 'reason',
              label: '说明',
              kind: 'text',
              required: true,
              maxlength: NOTE_MAX,
              hint: '邻居之间的事（楼上漏水、某户噪音）由解忧小屋调解：工单到此结束，居民可一键转过去，调解员能看到这张工单的记录',
              placeholder: '如：已上门查看，是楼上 1202 卫生间防水层老化渗漏，需两户协商维修',
            },
          ]}
        />
      )}
    </Section>
  )
}

type Open = 'supplement' | 'withdraw' | 'leave' | null

/** 催办, or why not yet: only an overdue ticket, once a day per person. */
function Urge({ report, onChange }: Props) {
  const r = report
  if (r.can.includes('urge')) {
    return (
      <View className='report-actions__urge'>
        <Text className='report-actions__lead is-overdue'>已超过办理时限，催办会提醒网格员尽快处理。</Text>
        <OneTap formId={`report-${r.id}-urge`} label='催办' send={(k) => reportsApi.urge(r.id, k)} onDone={onChange} />
      </View>
    )
  }
  if (r.myLastUrgeAt && r.overdue) {
    return <Text className='report-actions__lead'>{`您已于 ${formatTime(r.myLastUrgeAt)} 催办，${URGE_INTERVAL_HOURS}小时内只能催办一次。`}</Text>
  }
  if (r.deadline && !r.overdue && (r.status === 'pending' || r.status === 'handling')) {
    return <Text className='report-actions__lead'>{`办理时限 ${formatTime(r.deadline)}，超时后可以催办。`}</Text>
  }
  return null
}

/**
 * A ticket the grid worker found to be a matter between neighbours: its reporter goes on to
 * 解忧小屋 with the form filled from it, or to the case they already filed.
 */
function ToDisputeStation({ report }: { report: Report }) {
  const reason = [...report.events].reverse().find((e) => e.action === 'civil')
  return (
    <Section title='建议到解忧小屋调解' className='report-actions'>
      <Notice type='info' title='网格员认为这是邻里之间的民间纠纷'>
        {reason?.text ?? ''}
      </Notice>
      {report.disputeId ? (
        <Button type='primary' block onClick={() => navigate(links.disputeDetail(report.disputeId as string))}>
          查看调解进度
        </Button>
      ) : (
        <>
          <Text className='report-actions__lead'>解忧小屋的人民调解免费、保密。申请表会用这张工单的内容填好，调解员能看到工单的全部记录。</Text>
          <Button type='primary' block onClick={() => navigate(links.disputeNew({ fromReport: report.id }))}>
            转到解忧小屋
          </Button>
        </>
      )}
    </Section>
  )
}

/**
 * What the resident can do with their ticket. Waiting for the rating: 请您评价 with the worker's
 * reply. Open: 催办 (once overdue), 联系网格, and for the reporter 补充说明 / 补充照片 and, before
 * it is taken, 撤回; a follower may 退出关注. Each step that cannot be undone asks first.
 */
export function ResidentActions({ report, onChange, onLeft }: Props & { onLeft: (r: ReportSummary) => void }) {
  const [open, setOpen] = useState<Open>(null)
  const id = report.id
  const can = (p: ReportPermission) => report.can.includes(p)
  if (can('rate')) {
    // what the worker answered, right above the rating, so nobody scrolls to find it
    const reply = [...report.events].reverse().find((e) => e.action === 'reply')
    return (
      <RatingPanel
        title='请您评价'
        reply={reply ? { by: reply.actorName, text: reply.text ?? '' } : undefined}
        formId={`report-${id}-rate`}
        schema={reportRateSchema}
        options={RATING_OPTIONS}
        lead={report.reopenCount >= MAX_REOPENS ? '再次不满意将转社区复核。' : '不满意将退回网格员重新办理。'}
        commentMax={COMMENT_MAX}
        send={(input, k) => reportsApi.rate(id, input, k)}
        onDone={onChange}
      />
    )
  }
  if (report.status === 'civil' && report.relation === 'owner') return <ToDisputeStation report={report} />
  const isOpen = report.status === 'pending' || report.status === 'handling'
  if (!isOpen && !can('leave')) return null
  const room = PHOTOS_MAX - report.photos.length
  const done = (r: Report) => {
    setOpen(null)
    onChange(r)
  }
  const toggle = (o: Exclude<Open, null>) => setOpen((cur) => (cur === o ? null : o))

  return (
    <Section title={report.relation === 'joined' ? '您已加入关注' : '您可以'} className='report-actions'>
      {report.relation === 'joined' && <Text className='report-actions__lead'>您点过“我也遇到了”，这件事的进度会通知您。</Text>}
      {isOpen && <Urge report={report} onChange={onChange} />}
      {isOpen && <CallLink phone={report.servicePhone} label='联系网格' data-testid='call-grid' />}

      {can('supplement') && (
        <View className='report-actions__item'>
          <Button block onClick={() => toggle('supplement')}>
            {open === 'supplement' ? '收起补充说明' : '补充说明 / 补充照片'}
          </Button>
          {open === 'supplement' && (
            <ActionForm
              formId={`report-${id}-supplement`}
              schema={reportSupplementSchema}
              send={(input, k) => reportsApi.supplement(id, input, k)}
              submitLabel='提交补充'
              onDone={done}
              fields={[
                { name: 'text', label: '补充说明', kind: 'text', maxlength: SUPPLEMENT_MAX, hint: `${SUPPLEMENT_MIN}～${SUPPLEMENT_MAX}字；只补充照片也可以`, placeholder: '例如：今天早上情况更严重了' },
                ...(room > 0
                  ? [{ name: 'photos', label: '补充照片', kind: 'photos' as const, max: room, hint: `这张工单还能添加${room}张照片` }]
                  : []),
              ]}
            />
          )}
        </View>
      )}

      {can('withdraw') && (
        <View className='report-actions__item'>
          {open === 'withdraw' ? (
            <View className='report-actions__confirm' data-testid='withdraw-confirm'>
              <Notice type='info' title='确定撤回这次反映吗？'>
                撤回后网格员不再办理，工单不能恢复；问题还在的话可以重新反映。
              </Notice>
              <ActionForm
                formId={`report-${id}-withdraw`}
                schema={reportWithdrawSchema}
                send={(input, k) => reportsApi.withdraw(id, input, k)}
                submitLabel='确认撤回'
                danger
                onDone={done}
                fields={[{ name: 'reason', label: '撤回原因（可不填）', kind: 'text', maxlength: WITHDRAW_REASON_MAX, placeholder: '如：问题已经自行解决' }]}
              />
              <Button block onClick={() => setOpen(null)}>
                不撤回
              </Button>
            </View>
          ) : (
            <Button block onClick={() => toggle('withdraw')}>
              撤回反映
            </Button>
          )}
        </View>
      )}

      {can('leave') && (
        <View className='report-actions__item'>
          {open === 'leave' ? (
            <View className='report-actions__confirm' data-testid='leave-confirm'>
              <Notice type='info' title='确定退出关注吗？'>
                退出后不再收到这件事的进度，也看不到这张工单了。
              </Notice>
              <OneTap formId={`report-${id}-leave`} label='确认退出关注' send={(k) => reportsApi.leave(id, k)} onDone={onLeft} />
              <Button block onClick={() => setOpen(null)}>
                继续关注
              </Button>
            </View>
          ) : (
            <Button block onClick={() => toggle('leave')}>
              退出关注
            </Button>
          )}
        </View>
      )}
    </Section>
  )
}
