import { bookingCheckinSchema, type Booking } from '@/contract'
import { ScanOrType } from '@/components/form/ScanOrType'
import { Section } from '@/components/ui/Section'
import { bookingsApi } from '../../api'

interface Props {
  onCheckedIn: (b: Booking) => void
}

/** 签到: scan the resident's voucher or type its 6-digit short code, which always works. */
export function CheckinPanel({ onCheckedIn }: Props) {
  return (
    <Section title='签到'>
      <ScanOrType
        formId='booking-checkin'
        schema={bookingCheckinSchema}
        send={bookingsApi.checkin}
        onDone={onCheckedIn}
        fromScan={(token) => ({ token })}
        fromCode={(shortCode) => ({ shortCode })}
        codeField='shortCode'
        scanLabel='扫码签到'
        codeLabel='或输入凭证上的6位短码'
        placeholder='6位数字短码'
        submitLabel='按短码签到'
        unreadable='没有认出照片里的二维码，请对准凭证重拍，或输入6位短码'
      />
    </Section>
  )
}
