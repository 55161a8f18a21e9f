import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  CANCEL_BEFORE_HOURS,
  PAGES,
  RATINGS,
  RATING_LABELS,
  bookingCancelSchema,
  bookingRateSchema,
  withQuery,
  type Booking,
  type BookingCancelInput,
} from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { RatingPanel } from '@/components/form/RatingPanel'
import { Button } from '@/components/ui/Button'
import { CallLink } from '@/components/ui/CallLink'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { ApiError } from '@/services/http'
import { navigate } from '@/services/nav'
import { bookingsApi } from '../api'

interface Props {
  booking: Booking
  onChange: (b: Booking) => void
}

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))

/** After it is done: 请您评价, with the shared rating panel. */
export function RateBooking({ booking: b, onChange }: Props) {
  if (!b.can.includes('rate')) return null
  return (
    <RatingPanel
      title='请您评价'
      formId={`booking-${b.id}-rate`}
      schema={bookingRateSchema}
      options={RATING_OPTIONS}
      lead='您的评价会转给服务点，帮助专员改进。'
      commentMax={200}
      send={(input, k) => bookingsApi.rate(b.id, input, k)}
      onDone={onChange}
    />
  )
}

/**
 * 取消预约 (or 退出候补), asked first. Inside the last 2 hours it cannot be done online: say so and
 * offer the place's phone; the server's 409 says the same if the page was opened earlier.
 */
export function CancelBooking({ booking: b, onChange }: Props) {
  const [open, setOpen] = useState(false)
  // the server's 409 (too late now): a second tap cannot succeed, so the form gives way to the phone
  const [refused, setRefused] = useState<string | null>(null)
  const waiting = b.status === 'waitlisted'
  const send = async (input: BookingCancelInput, key: string) => {
    try {
      return await bookingsApi.cancel(b.id, input, key)
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setRefused(e.message)
      throw e
    }
  }
  if (b.relation !== 'booker' && !b.can.includes('cancel')) return null
  if (!b.can.includes('cancel')) {
    if (b.status !== 'booked') return null
    return (
      <Section title='不能按时到场？'>
        <Notice type='info'>{`距预约开始已不足${CANCEL_BEFORE_HOURS}小时，不能在线取消。如不能前往，请致电服务点说明。`}</Notice>
        <CallLink phone={b.place.phone} label='致电服务点' data-testid='call-place' />
      </Section>
    )
  }
  return (
    <Section title={waiting ? '不想等了？' : '不能按时到场？'} className='booking-cancel'>
      {open && refused ? (
        <View className='booking-confirm' data-testid='cancel-confirm'>
          <Notice type='error' title='不能在线取消'>
            {refused}
          </Notice>
          <CallLink phone={b.place.phone} label='致电服务点' data-testid='call-place' />
          <Button
            block
            onClick={() => {
              setOpen(false)
              setRefused(null)
            }}
          >
            知道了
          </Button>
        </View>
      ) : open ? (
        <View className='booking-confirm' data-testid='cancel-confirm'>
          <Notice type='info' title={waiting ? '确定退出候补吗？' : '确定取消这个预约吗？'}>
            {waiting ? '退出后不再排队，要办理需重新预约。' : `取消后名额会让给候补的居民，要办理需重新预约。开始前${CANCEL_BEFORE_HOURS}小时内不能在线取消。`}
          </Notice>
          <ActionForm
            formId={`booking-${b.id}-cancel`}
            schema={bookingCancelSchema}
            send={send}
            submitLabel={waiting ? '确认退出候补' : '确认取消预约'}
            danger
            onDone={(next) => {
              setOpen(false)
              onChange(next)
            }}
            fields={[{ name: 'reason', label: '取消原因（可不填）', kind: 'text', maxlength: 100, placeholder: '如：临时有事，改天再约' }]}
          />
          <CallLink phone={b.place.phone} label='致电服务点' data-testid='call-place' />
          <Button block onClick={() => setOpen(false)}>
            {waiting ? '继续候补' : '不取消'}
          </Button>
        </View>
      ) : (
        <>
          {!waiting && <Text className='booking-muted'>{`开始前${CANCEL_BEFORE_HOURS}小时以上可以在线取消，名额会让给候补的人。`}</Text>}
          <Button block onClick={() => setOpen(true)}>
            {waiting ? '退出候补' : '取消预约'}
          </Button>
        </>
      )}
    </Section>
  )
}

/** A helper of the place opened the booking: their actions are on the workbench, not here. */
export function HelperLink({ booking: b }: { booking: Booking }) {
  if (b.relation !== 'helper') return null
  return (
    <Section>
      <Notice type='info'>您是这个服务点的专员：签到、办理和代办步骤请在工作台操作。</Notice>
      <Button type='primary' block onClick={() => navigate(withQuery(PAGES.bookingDesk, { id: b.id }))}>
        去工作台办理
      </Button>
    </Section>
  )
}
