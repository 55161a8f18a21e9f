import { Text, View } from '@tarojs/components'
import {
  BOOKING_STATUS_LABELS,
  BOOKING_STATUS_TONES,
  MODE_LABELS,
  NO_SHOW_PAUSE,
  PAGES,
  bookingAppealSchema,
  links,
  type BookingSummary,
} from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Button } from '@/components/ui/Button'
import { ListItem } from '@/components/ui/ListItem'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { navigate } from '@/services/nav'
import { formatTime } from '@/utils/format'
import { bookingsApi } from '../api'
import { slotText } from '../format'
import { useMyActiveBookings, useStanding } from '../hooks'

/** One booking as a row: service, status, when and where; opens its voucher. */
export function BookingRow({ b }: { b: BookingSummary }) {
  return (
    <ListItem data-testid='booking-row' onClick={() => navigate(links.bookingDetail(b.id))}>
      <View className='booking-service__head'>
        <Text className='booking-service__name'>{`${b.serviceName} · ${MODE_LABELS[b.mode]}`}</Text>
        <StatusTag label={BOOKING_STATUS_LABELS[b.status]} tone={BOOKING_STATUS_TONES[b.status]} status={b.status} />
      </View>
      <Text className='booking-service__meta'>{slotText(b.date, b.hour)}</Text>
      <Text className='booking-service__meta'>
        {`${b.placeName}${b.forFamily ? ` · 为${b.personName}预约` : ''}${b.status === 'waitlisted' && b.queue ? ` · 候补第${b.queue}位` : ''}`}
      </Text>
    </ListItem>
  )
}

/**
 * On top of the catalogue for a resident: their next bookings, and their standing — a pause
 * after no-shows says until when and takes an appeal.
 */
export function MyBookingsPanel() {
  const mine = useMyActiveBookings(true)
  const standing = useStanding(true)
  const s = standing.data
  const items = mine.data?.items ?? []
  return (
    <>
      {s?.pausedUntil && (
        <Section title='预约已暂停' className='booking-standing'>
          <Notice type='warning' title={`暂停至 ${formatTime(s.pausedUntil)}`}>
            {`30天内爽约${s.noShows}次（满${NO_SHOW_PAUSE}次暂停预约30天），暂停期间不能新预约。如有特殊原因，可以申诉，服务点专员会答复您。`}
          </Notice>
          {s.appeal && (
            <Notice type='info' title={`申诉${s.appeal.status === 'pending' ? '处理中' : s.appeal.status === 'lifted' ? '已解除暂停' : '已答复：维持暂停'}`}>
              <Text className='booking-block'>{`您的理由：${s.appeal.reason}`}</Text>
              {s.appeal.reply && <Text className='booking-block'>{`答复：${s.appeal.reply}`}</Text>}
            </Notice>
          )}
          {s.canAppeal && (
            <ActionForm
              formId='booking-appeal'
              schema={bookingAppealSchema}
              send={(input, k) => bookingsApi.appeal(input, k)}
              submitLabel='提交申诉'
              onDone={() => void standing.reload()}
              fields={[{ name: 'reason', label: '申诉理由', kind: 'text', required: true, maxlength: 300, placeholder: '如：当天突发疾病住院，无法前往', hint: '5～300字，写清没能到场的原因' }]}
            />
          )}
        </Section>
      )}
      {s && !s.pausedUntil && s.noShows > 0 && (
        <Notice type='warning'>{`30天内您已爽约${s.noShows}次，满${NO_SHOW_PAUSE}次将暂停预约30天。不能按时到场请提前取消。`}</Notice>
      )}
      {items.length > 0 && (
        <Section title='我的预约' extra={<Button size='small' onClick={() => navigate(PAGES.tasks)}>全部预约</Button>}>
          {items.map((b) => (
            <BookingRow key={b.id} b={b} />
          ))}
        </Section>
      )}
    </>
  )
}
