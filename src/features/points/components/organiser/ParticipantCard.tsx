import { Text, View } from '@tarojs/components'
import { z } from 'zod'
import { PARTICIPANT_STATUS_LABELS, confirmSchema, correctionAnswerSchema, type Activity, type Participant } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { ConfirmTap } from '@/components/form/ConfirmTap'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { StatusTag } from '@/components/ui/StatusTag'
import { pointsApi } from '../../api'
import { chinaClock, momentText } from '@/utils/calendar'
import { halfHours } from './time'
import { PARTICIPANT_TONES as TONES } from '../../format'
import './organiser.scss'


/** The longest the server confirms: the activity's length, in half hours. */
export const maxHoursOf = (a: Activity) => Math.floor((Date.parse(a.end) - Date.parse(a.start)) / 1800000) / 2

/** What the organiser may do for this volunteer now; the server checks the same again. */
export function todoOf(a: Activity, p: Participant) {
  const live = a.status !== 'cancelled' && a.can.includes('attendance')
  const started = a.status === 'ongoing' || a.status === 'ended'
  return {
    confirm: live && (p.status === 'checked_out' || (p.status === 'checked_in' && a.status === 'ended')),
    absent: live && started && p.status === 'signed',
    answer: live && !!p.correction && p.correction.answer === null,
  }
}

// The form's hours are the chosen option's text; the server takes a number. An empty choice
// (answering a correction without changing the hours) is left out.
const confirmForm = z.object({ hours: z.string(), reason: confirmSchema.shape.reason }).strict()
const answerForm = z.object({ hours: z.string(), answer: correctionAnswerSchema.shape.answer }).strict()
const hourOptions = (a: Activity) => halfHours(maxHoursOf(a)).map((h) => ({ value: String(h), label: `${h} 小时` }))

interface Props {
  activity: Activity
  participant: Participant
  onChange: (a: Activity) => void
}

/** One volunteer: who, where they are, their times, and what to do for them now. */
export function ParticipantCard({ activity: a, participant: p, onChange }: Props) {
  const todo = todoOf(a, p)
  return (
    <View className='points-person' data-testid='participant' data-user={p.userId}>
      <View className='points-person__head'>
        <Text className='points-person__name'>{p.name}</Text>
        <StatusTag label={PARTICIPANT_STATUS_LABELS[p.status]} tone={TONES[p.status]} status={p.status} />
      </View>
      <MaskedPhone phone={p.phone} />
      <Text className='points-person__times'>{`签到 ${p.checkInAt ? chinaClock(p.checkInAt) : '—'} · 签退 ${p.checkOutAt ? chinaClock(p.checkOutAt) : '—'}`}</Text>
      {p.status === 'confirmed' && p.hours !== null && (
        <Text className='points-person__hours'>{`已确认 ${p.hours} 小时${p.reason ? `（${p.reason}）` : ''}`}</Text>
      )}
      {p.correction && (
        <View className='points-person__correction'>
          <Text>{`更正申请（${momentText(p.correction.at)}）：${p.correction.reason}`}</Text>
          {p.correction.answer !== null && <Text>{`答复：${p.correction.answer}`}</Text>}
        </View>
      )}

      {todo.confirm && (
        <ActionForm
          formId={`points-${a.id}-confirm-${p.userId}`}
          schema={confirmForm}
          send={(input, k) => pointsApi.confirm(a.id, { volunteerId: p.userId, hours: Number(input.hours), reason: input.reason }, k)}
          submitLabel='确认时长'
          onDone={onChange}
          fields={[
            {
              name: 'hours',
              label: '服务时长',
              kind: 'select',
              required: true,
              initial: String(p.suggestedHours),
              options: hourOptions(a),
              hint: `按签到签退时间建议 ${p.suggestedHours} 小时（以半小时计）`,
            },
            { name: 'reason', label: '调整原因（改动建议时长时必填）', kind: 'text', maxlength: 100, placeholder: '如：中途离开 1 小时' },
          ]}
        />
      )}

      {todo.answer && (
        <ActionForm
          formId={`points-${a.id}-answer-${p.userId}`}
          schema={answerForm}
          send={(input, k) => pointsApi.answer(a.id, { volunteerId: p.userId, answer: input.answer, ...(input.hours ? { hours: Number(input.hours) } : {}) }, k)}
          submitLabel='提交答复'
          onDone={onChange}
          fields={[
            { name: 'hours', label: '更正后的时长（不改可不选）', kind: 'select', options: hourOptions(a), placeholder: `不改，保持 ${p.hours ?? 0} 小时` },
            { name: 'answer', label: '答复', kind: 'text', required: true, maxlength: 200, placeholder: '如：已核实签退记录，补记 0.5 小时' },
          ]}
        />
      )}

      {todo.absent && (
        <ConfirmTap
          formId={`points-${a.id}-absent-${p.userId}`}
          label='标记缺席'
          warning={`确定${p.name}没有来吗？标记缺席后，不能再为这位志愿者确认本次时长。`}
          confirmLabel='确认缺席'
          send={(k) => pointsApi.absent(a.id, { volunteerId: p.userId }, k)}
          onDone={onChange}
        />
      )}
    </View>
  )
}
