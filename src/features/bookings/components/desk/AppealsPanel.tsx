import { View, Text } from '@tarojs/components'
import { z } from 'zod'
import { APPEAL_STATUS_LABELS, bookingDecideSchema, type BookingAppeal } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Empty } from '@/components/ui/Empty'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { Tag } from '@/components/ui/StatusTag'
import { usePaged } from '@/services/remote'
import { errorText } from '@/utils/errors'
import { formatTime } from '@/utils/format'
import { bookingsApi } from '../../api'
import { serviceLine, slotText } from '../../format'

// the form's choice is a chip ('true' / 'false'); the server takes a boolean
const decideForm = z
  .object({
    lift: z.enum(['true', 'false'], { errorMap: () => ({ message: '请选择解除或维持暂停' }) }),
    reply: bookingDecideSchema.shape.reply,
  })
  .strict()

/**
 * 申诉: residents paused after repeated no-shows explain why; a helper of a place where they did
 * not come lifts the pause or keeps it, with a reply the resident reads in 消息.
 */
export function AppealsPanel() {
  const list = usePaged((cursor) => bookingsApi.appeals({ cursor }), [])
  const replace = (a: BookingAppeal) => list.update((items) => items.map((x) => (x.id === a.id ? a : x)))
  return (
    <Section title='暂停预约的申诉'>
      {list.loading && !list.items.length && <Spinner />}
      {list.error && <Notice type='error'>{errorText(list.error)}</Notice>}
      {!list.loading && !list.error && !list.items.length && <Empty text='暂无申诉' />}
      {list.items.map((a) => (
        <View key={a.id} className='desk-appeal' data-testid='desk-appeal'>
          <View className='desk-appeal__head'>
            <Text className='desk-appeal__who'>{`${a.residentName} · ${formatTime(a.createdAt)}`}</Text>
            <Tag tone={a.status === 'pending' ? 'orange' : a.status === 'lifted' ? 'green' : 'grey'}>{APPEAL_STATUS_LABELS[a.status]}</Tag>
          </View>
          <Text>{`理由：${a.reason}`}</Text>
          {a.pausedUntil && <Text>{`暂停至：${formatTime(a.pausedUntil)}`}</Text>}
          {a.noShows.map((b) => (
            <Text key={b.id} className='desk-appeal__noshow'>{`爽约：${slotText(b.date, b.hour)} ${serviceLine(b)}（${b.placeName}）`}</Text>
          ))}
          {a.reply && <Text>{`答复：${a.reply}`}</Text>}
          {a.can.includes('decide') && (
            <ActionForm
              formId={`booking-appeal-${a.id}`}
              schema={decideForm}
              send={(input, k) => bookingsApi.decide(a.id, { lift: input.lift === 'true', reply: input.reply }, k)}
              submitLabel='提交处理结果'
              onDone={replace}
              fields={[
                { name: 'lift', label: '处理', kind: 'chips', required: true, options: [{ value: 'true', label: '解除暂停' }, { value: 'false', label: '维持暂停' }] },
                { name: 'reply', label: '答复居民', kind: 'text', required: true, maxlength: 200, placeholder: '如：已核实当天因病未到，解除暂停' },
              ]}
            />
          )}
        </View>
      ))}
    </Section>
  )
}
