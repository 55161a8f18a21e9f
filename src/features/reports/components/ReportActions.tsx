import { useState } from 'react'
import { View } from '@tarojs/components'
import {
  DEPARTMENTS,
  COMMENT_MAX,
  MAX_REOPENS,
  NOTE_MAX,
  NOTE_VISIBILITIES,
  NOTE_VISIBILITY_LABELS,
  PHOTOS_MAX,
  RATINGS,
  RATING_LABELS,
  reportEscalateSchema,
  reportHandleSchema,
  reportNoteSchema,
  reportRateSchema,
  reportReturnSchema,
  type Report,
  type ReportPermission,
} from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { OneTap } from '@/components/form/OneTap'
import { RatingPanel } from '@/components/form/RatingPanel'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Section } from '@/components/ui/Section'
import { reportsApi } from '../api'

interface Props {
  report: Report
  onChange: (r: Report) => void
}

type WorkerTab = 'note' | 'escalate' | 'return' | 'handle'
const WORKER_TABS: { value: WorkerTab; label: string }[] = [
  { value: 'handle', label: '办结回复' },
  { value: 'note', label: '进展' },
  { value: 'escalate', label: '吹哨部门' },
  { value: 'return', label: '退单' },
]

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))

/** What the grid worker can do with the order now. */
export function WorkerActions({ report, onChange }: Props) {
  const can = (p: ReportPermission) => report.can.includes(p)
  const tabs = WORKER_TABS.filter((t) => can(t.value))
  const [tab, setTab] = useState<WorkerTab>('handle')
  const active = tabs.find((t) => t.value === tab)?.value ?? tabs[0]?.value
  const id = report.id
  if (!can('take') && !tabs.length) return null
  return (
    <Section title='办理'>
      {can('take') && <OneTap formId={`report-${id}-take`} label='接单' send={(k) => reportsApi.take(id, k)} onDone={onChange} />}
      {tabs.length > 0 && (
        <View>
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
          {active === 'return' && (
            <ActionForm
              formId={`report-${id}-return`}
              schema={reportReturnSchema}
              send={(input, k) => reportsApi.giveBack(id, input, k)}
              submitLabel='退单（交社区复核）'
              danger
              onDone={onChange}
              fields={[{ name: 'reason', label: '退单理由', kind: 'text', required: true, maxlength: NOTE_MAX, hint: '退单后由社区复核，请写清原因', placeholder: '如：不属于本网格范围' }]}
            />
          )}
        </View>
      )}
    </Section>
  )
}

/**
 * What the resident can do with their ticket: rate the reply. (Joining happens from the list of
 * similar reports before filing; a ticket's page is only open to its reporter and followers.)
 */
export function ResidentActions({ report, onChange }: Props) {
  const id = report.id
  if (!report.can.includes('rate')) return null
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
