import { View } from '@tarojs/components'
import { useLoad, useRouter } from '@tarojs/taro'
import type { Booking } from '@/contract'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { BookingDetails, BookingHead, CancelBooking, HelperLink, RateBooking, Voucher, useBooking } from '@/features/bookings'
import { requireLogin, scrollToTop } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import '@/features/bookings/bookings.scss'

// The booking for the resident: what to do next on top (the voucher to show, or 请您评价), then
// cancelling, then the details. A helper of the place gets a link to their workbench instead.
export default function BookingDetailPage() {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const booking = useBooking(id)
  useLoad(() => {
    requireLogin()
  })
  const b = booking.data
  const onChange = (next: Booking) => {
    booking.setData(next)
    scrollToTop()
  }
  return (
    <PageShell title='我的预约' loading={!b && booking.loading} error={b ? null : booking.error} onRetry={booking.reload} empty={!id} emptyText='没有找到这个预约'>
      {b && (
        <View className='booking-detail'>
          <HelperLink booking={b} />
          <Section>
            <BookingHead booking={b} />
            {b.relation !== 'helper' && <Voucher booking={b} />}
          </Section>
          <RateBooking booking={b} onChange={onChange} />
          <CancelBooking booking={b} onChange={onChange} />
          <BookingDetails booking={b} />
        </View>
      )}
    </PageShell>
  )
}
