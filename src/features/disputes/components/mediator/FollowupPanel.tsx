import { View, Text } from '@tarojs/components'
import { z } from 'zod'
import { REFERRALS, REFERRAL_LABELS, closeSchema, fulfilSchema, referralSchema, type Dispute } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { obligationText } from './AgreementPanel'
import { RELATION_LABELS } from '../../format'
import './mediator.scss'

// the form's choice is a chip ('true' / 'false'); the server takes a boolean
const fulfilForm = z
  .object({
    done: z.enum(['true', 'false'], { errorMap: () => ({ message: '请选择是否已履行' }) }),
    note: fulfilSchema.shape.note,
  })
  .strict()

interface Props {
  d: Dispute
  onChange: (d: Dispute) => void
}

/**
 * 履行回访: each obligation carried out or not, with what the mediator recorded and the parties
 * reported; then 结案 once everything is done or after the final visit.
 */
export function FollowupPanel({ d, onChange }: Props) {
  const a = d.agreement
  const canFulfil = d.can.includes('fulfil')
  return (
    <Section title='履行回访'>
      {a?.obligations.map((o, i) => (
        <View key={i} className='dm-obligation' data-testid='followup-obligation'>
          <View className='dm-row__head'>
            <Text className='dm-row__title'>{`第 ${i + 1} 项`}</Text>
            <Tag tone={o.done === true ? 'green' : o.done === false ? 'orange' : 'grey'}>{o.done === true ? '已履行' : o.done === false ? '未履行' : '待回访'}</Tag>
          </View>
          <Text className='dm-line'>{obligationText(o)}</Text>
          {o.reports.map((r, j) => (
            <Text key={j} className='dm-note'>{`${RELATION_LABELS[r.by]} ${momentText(r.at)}：${r.done ? '已履行' : '未履行'}${r.note ? `，${r.note}` : ''}`}</Text>
          ))}
          {canFulfil && (
            <ActionForm
              formId={`dispute-${d.id}-fulfil-${i}`}
              schema={fulfilForm}
              send={(input, k) => disputesApi.fulfil(d.id, i, { done: input.done === 'true', note: input.note }, k)}
              submitLabel={`记录第 ${i + 1} 项回访`}
              onDone={onChange}
              fields={[
                { name: 'done', label: `${RELATION_LABELS[o.party]}是否已履行`, kind: 'chips', required: true, options: [{ value: 'true', label: '已履行' }, { value: 'false', label: '未履行' }] },
                { name: 'note', label: '回访说明（选填）', kind: 'text', maxlength: 300, placeholder: '如：电话回访，申请人确认已收到转账' },
              ]}
            />
          )}
        </View>
      ))}
      {d.can.includes('close') ? (
        <ClosePanel d={d} onChange={onChange} />
      ) : (
        d.status === 'fulfilling' && <Text className='dm-note'>各项都记录为已履行，或每项到期后都回访过，就可以结案。</Text>
      )}
    </Section>
  )
}

export function ClosePanel({ d, onChange }: Props) {
  return (
    <View className='dm-form' data-testid='close-form'>
      <Text className='dm-sub'>结案</Text>
      <Text className='dm-note'>各项都已履行，或已做最后一次回访后结案。结案后申请人可以评价。</Text>
      <ActionForm
        formId={`dispute-${d.id}-close`}
        schema={closeSchema}
        send={(input, k) => disputesApi.close(d.id, input, k)}
        submitLabel='结案'
        onDone={onChange}
        fields={[{ name: 'note', label: '结案说明', kind: 'text', required: true, maxlength: 300, placeholder: '如：协议各项已履行完毕，双方无异议' }]}
      />
    </View>
  )
}

/** 转介: no agreement; the case ends with where the parties can go next. */
export function ReferPanel({ d, onChange }: Props) {
  return (
    <View className='dm-form' data-testid='refer-form'>
      <Text className='dm-sub'>调解不成，转介</Text>
      <Text className='dm-note'>双方无法达成协议或对方不同意调解时，告诉申请人可以去哪里继续解决。</Text>
      <ActionForm
        formId={`dispute-${d.id}-refer`}
        schema={referralSchema}
        send={(input, k) => disputesApi.refer(d.id, input, k)}
        submitLabel='转介并结束调解'
        danger
        onDone={onChange}
        fields={[
          { name: 'to', label: '转介去处', kind: 'select', required: true, options: REFERRALS.map((r) => ({ value: r, label: REFERRAL_LABELS[r] })) },
          { name: 'note', label: '转介说明', kind: 'text', required: true, maxlength: 300, placeholder: '如：对方不同意赔偿，建议向法院起诉，已告知诉讼服务中心地址' },
        ]}
      />
    </View>
  )
}
