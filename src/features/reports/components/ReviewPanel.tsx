import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CLOSE_AS, CLOSE_AS_LABELS, DEPARTMENTS, NOTE_MAX, REVIEW_LIMIT_WORKING_DAYS, reviewSchema, type Grid, type Report } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { OneTap } from '@/components/form/OneTap'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { reportsApi } from '../api'

interface Props {
  report: Report
  /** the district's grids; the ticket's community's others are offered for 改派 */
  grids: readonly Grid[]
  onChange: (r: Report) => void
}

type Choice = 'close' | 'reassign' | 'escalate' | 'send_back'

/** Why the ticket waits for the community, in the words of the last event that sent it here. */
function whyHere(r: Report): string {
  const last = [...r.events].reverse().find((e) => e.action === 'return' || e.action === 'to_community')
  if (!last) return ''
  return last.action === 'return' ? `网格员退单：${last.text ?? ''}` : `居民多次不满意，转社区复核${last.text ? `：${last.text}` : ''}`
}

/**
 * 社区复核 and 审核 for the community worker. A returned or thrice-rejected ticket: close it with a
 * reason the resident reads, reassign it to another grid, send it to a department with the
 * community as sponsor, or back to its worker. A handled one at 审核: pass it, or send it back.
 */
export function ReviewPanel({ report: r, grids, onChange }: Props) {
  const [choice, setChoice] = useState<Choice>('close')
  const id = r.id
  if (r.status === 'reviewing') {
    const reply = [...r.events].reverse().find((e) => e.action === 'reply' || e.action === 'note')
    return (
      <Section title='请审核'>
        <View className='report-assign' data-testid='review-panel'>
          <Text>{`网格员已办结，请在 ${REVIEW_LIMIT_WORKING_DAYS} 个工作日内审核；超时将自动通过。`}</Text>
          {reply?.text && <Text>{`办结说明：${reply.text}`}</Text>}
        </View>
        <OneTap formId={`report-${id}-review-pass`} label='审核通过，回复居民' send={(k) => reportsApi.review(id, { action: 'pass', reason: '' }, k)} onDone={onChange} />
        <ActionForm
          formId={`report-${id}-review-back`}
          schema={reviewSchema}
          fixed={{ action: 'send_back' }}
          send={(input, k) => reportsApi.review(id, input, k)}
          submitLabel='退回网格员重办'
          onDone={onChange}
          fields={[{ name: 'reason', label: '退回原因', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '如：现场照片看不出已清运，请补充处理后的照片' }]}
        />
      </Section>
    )
  }
  const others = grids.filter((g) => g.communityId === r.location.communityId && g.id !== r.gridId).map((g) => ({ value: g.id, label: `${g.name}（网格员 ${g.workerName}）` }))
  const thrice = r.reopenCount > 0 && !r.events.some((e) => e.action === 'return')
  const choices: { value: Choice; label: string }[] = [
    { value: 'close', label: '办结并说明' },
    { value: 'reassign', label: '改派网格' },
    { value: 'escalate', label: '转部门（社区主办）' },
    { value: 'send_back', label: '退回原网格员' },
  ]
  return (
    <Section title='社区复核'>
      <View className='report-assign' data-testid='review-panel'>
        <Notice type='warning'>{whyHere(r) || '这张工单等待社区处理。'}</Notice>
      </View>
      <ChipGroup name='review-choice' options={choices} value={choice} onChange={(c) => setChoice(c as Choice)} />
      {choice === 'close' && (
        <ActionForm
          formId={`report-${id}-review-close`}
          schema={reviewSchema}
          fixed={{ action: 'close' }}
          send={(input, k) => reportsApi.review(id, input, k)}
          submitLabel='办结，告知居民'
          danger
          onDone={onChange}
          fields={[
            { name: 'closeAs', label: '办结类型', kind: 'chips', required: true, initial: thrice ? 'explained' : 'out_of_scope', options: CLOSE_AS.map((c) => ({ value: c, label: CLOSE_AS_LABELS[c] })) },
            { name: 'reason', label: '给居民的说明', kind: 'text', required: true, maxlength: NOTE_MAX, hint: '居民会看到这段话，也可以评价', placeholder: '如：加装电梯需全体业主申请，社区已把办理流程发到您的消息里' },
          ]}
        />
      )}
      {choice === 'reassign' && (
        <ActionForm
          formId={`report-${id}-review-reassign`}
          schema={reviewSchema}
          fixed={{ action: 'reassign' }}
          send={(input, k) => reportsApi.review(id, input, k)}
          submitLabel='改派给该网格'
          onDone={onChange}
          fields={[
            { name: 'gridId', label: '改派到', kind: 'select', required: true, options: others, placeholder: '请选择本社区的其他网格' },
            { name: 'reason', label: '给网格员的说明', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '如：问题位置在第二网格范围内' },
          ]}
        />
      )}
      {choice === 'escalate' && (
        <ActionForm
          formId={`report-${id}-review-escalate`}
          schema={reviewSchema}
          fixed={{ action: 'escalate' }}
          send={(input, k) => reportsApi.review(id, input, k)}
          submitLabel='转部门办理，社区主办'
          onDone={onChange}
          fields={[
            { name: 'department', label: '协同部门', kind: 'select', required: true, options: DEPARTMENTS.map((d) => ({ value: d.key, label: d.label })), placeholder: '请选择部门' },
            { name: 'reason', label: '转办说明', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '需要部门做什么' },
          ]}
        />
      )}
      {choice === 'send_back' && (
        <ActionForm
          formId={`report-${id}-review-sendback`}
          schema={reviewSchema}
          fixed={{ action: 'send_back' }}
          send={(input, k) => reportsApi.review(id, input, k)}
          submitLabel='退回原网格员办理'
          onDone={onChange}
          fields={[{ name: 'reason', label: '给网格员的说明', kind: 'text', required: true, maxlength: NOTE_MAX, placeholder: '如：属于本网格，请联系物业处理' }]}
        />
      )}
    </Section>
  )
}
