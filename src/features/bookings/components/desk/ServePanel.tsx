import { View, Text } from '@tarojs/components'
import {
  BOOKING_STATUS_LABELS,
  BOOKING_STATUS_TONES,
  MATERIAL_FORM_LABELS,
  PROXY_STEP_LABELS,
  bookingDoneSchema,
  bookingStepSchema,
  BOOKING_RECORD_MAX,
  type Booking,
} from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { OneTap } from '@/components/form/OneTap'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { Timeline } from '@/components/ui/Timeline'
import { formatTime } from '@/utils/format'
import { bookingsApi } from '../../api'
import { serviceLine, slotText } from '../../format'
import './desk.scss'

interface Props {
  booking: Booking
  onChange: (b: Booking) => void
}

/**
 * One booking for the helper who serves it: who and what first (the person, their phone and
 * needs, the address of a home visit, what they bring), then the next step the server allows:
 * 办结 with a record (帮办, 上门), the next 代办 step, or 爽约 once the slot is over.
 */
export function ServePanel({ booking: b, onChange }: Props) {
  const p = b.person
  return (
    <View className='desk-serve' data-testid='serve-panel'>
      <Section title={`${serviceLine(b)}`}>
        <View className='desk-serve__head'>
          <StatusTag label={BOOKING_STATUS_LABELS[b.status]} tone={BOOKING_STATUS_TONES[b.status]} />
          <Text className='desk-serve__id'>{`预约号 ${b.id}`}</Text>
        </View>
        <View className='desk-serve__facts'>
          <Text>{`时间：${slotText(b.date, b.hour)}`}</Text>
          <Text>{b.mode === 'home' ? `上门地址：${b.address}` : `地点：${b.placeName}`}</Text>
          <Text>{`服务对象：${p.name}（${p.relation}）${p.ageGroup === '70plus' ? ' · 70岁以上' : ''}${p.disabled ? ' · 残疾' : ''}`}</Text>
          <View className='desk-serve__phone'>
            <Text>联系电话：</Text>
            <MaskedPhone phone={p.phone} reveal={!p.phone.includes('*')} callable={!p.phone.includes('*')} />
          </View>
          {b.person.self ? null : <Text>{`预约人：${b.bookerName}`}</Text>}
          {p.needs && <Text className='desk-serve__needs'>{`需要注意：${p.needs}`}</Text>}
          {b.note && <Text>{`备注：${b.note}`}</Text>}
          {b.consent && <Text>{`家人同意：已于 ${formatTime(b.consent.at)} 确认${b.consent.authorization ? '，附委托书' : ''}`}</Text>}
        </View>
      </Section>

      <Actions booking={b} onChange={onChange} />

      <Section title='所需材料'>
        <View className='desk-serve__materials'>
          {b.materials.map((m) => (
            <Text key={m.name}>{`· ${m.name}（${MATERIAL_FORM_LABELS[m.form]} ${m.count} 份）${m.note ? `：${m.note}` : ''}`}</Text>
          ))}
        </View>
      </Section>

      {b.events.length > 0 && (
        <Section title='记录'>
          <Timeline items={b.events.slice().reverse().map((e, i) => ({ title: e.text, time: formatTime(e.at), state: i === 0 ? 'current' : 'done' }))} />
        </Section>
      )}
    </View>
  )
}

function Actions({ booking: b, onChange }: Props) {
  const can = b.can
  if (b.status === 'booked' && !can.includes('no_show')) {
    return <Notice type='info'>居民到场后，请扫描其预约凭证或输入短码签到，再开始办理。</Notice>
  }
  if (!can.length) return null
  return (
    <Section title='办理'>
      {can.includes('step') && b.nextStep && (
        <ActionForm
          formId={`booking-${b.id}-step-${b.nextStep}`}
          schema={bookingStepSchema}
          send={(input, k) => bookingsApi.step(b.id, input, k)}
          submitLabel={`记录：${PROXY_STEP_LABELS[b.nextStep]}`}
          onDone={onChange}
          fields={[
            { name: 'step', label: '下一步', kind: 'chips', required: true, options: [{ value: b.nextStep, label: PROXY_STEP_LABELS[b.nextStep] }], initial: b.nextStep },
            ...(b.nextStep === 'submitted'
              ? [{ name: 'department', label: '提交部门', kind: 'text' as const, required: true, maxlength: 30, placeholder: '如：天心区医保局窗口' }]
              : []),
            { name: 'note', label: '说明（选填）', kind: 'text', maxlength: 200, placeholder: '如：预计3个工作日办结' },
            { name: 'photos', label: '照片（选填）', kind: 'photos', max: 3 },
          ]}
        />
      )}
      {can.includes('done') && (
        <ActionForm
          formId={`booking-${b.id}-done`}
          schema={bookingDoneSchema}
          send={(input, k) => bookingsApi.done(b.id, input, k)}
          submitLabel='办结'
          onDone={onChange}
          fields={[{ name: 'record', label: '办理记录', kind: 'text', required: true, maxlength: BOOKING_RECORD_MAX, placeholder: '如：已陪同在3号窗口办完参保登记' }]}
        />
      )}
      {can.includes('no_show') && (
        <View className='desk-serve__noshow'>
          <Text>时段已结束，居民未到场：</Text>
          <OneTap formId={`booking-${b.id}-noshow`} label='记为爽约' send={(k) => bookingsApi.noShow(b.id, k)} onDone={onChange} />
        </View>
      )}
    </Section>
  )
}
