import { useState } from 'react'
import { View } from '@tarojs/components'
import { bookingCheckinSchema, type Booking } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { scanQr } from '@/services/device/qr'
import { bookingsApi } from '../../api'

interface Props {
  onCheckedIn: (b: Booking) => void
}

/**
 * 签到: scan the resident's voucher (WeChat's scanner; on H5 a photo of it, decoded here) or type
 * its 6-digit short code, which always works. The server says why a voucher is refused.
 */
export function CheckinPanel({ onCheckedIn }: Props) {
  const draft = useDraft<{ shortCode: string }>('booking-checkin', { shortCode: '' })
  const { submit, submitting, fields, error, clearField } = useSubmit(bookingCheckinSchema, draft, bookingsApi.checkin)
  const [scanNote, setScanNote] = useState<string | null>(null)
  const [scanning, setScanning] = useState(false)

  const done = (b: Booking | null) => {
    if (!b) return
    draft.set({ shortCode: '' })
    onCheckedIn(b)
  }

  const scan = async () => {
    setScanNote(null)
    setScanning(true)
    const r = await scanQr()
    setScanning(false)
    if (!r.ok) {
      setScanNote(r.reason === 'unreadable' ? '没有认出照片里的二维码，请对准凭证重拍，或输入6位短码' : null)
      return
    }
    done(await submit({ token: r.text }))
  }

  return (
    <Section title='签到'>
      <View className='desk-checkin'>
        <Button type='primary' block loading={scanning} disabled={scanning || submitting} onClick={() => void scan()}>
          扫码签到
        </Button>
        {scanNote && <Notice type='warning'>{scanNote}</Notice>}
        <Field name='shortCode' label='或输入凭证上的6位短码' error={fields.shortCode ?? fields.token}>
          <TextInput
            type='number'
            maxlength={6}
            value={draft.values.shortCode}
            placeholder='6位数字短码'
            onChange={(t) => {
              draft.set({ shortCode: t })
              clearField('shortCode')
            }}
          />
        </Field>
        {error && <Notice type='error'>{error}</Notice>}
        <Button type='secondary' block loading={submitting} disabled={submitting} onClick={() => void submit({ shortCode: draft.values.shortCode }).then(done)}>
          按短码签到
        </Button>
      </View>
    </Section>
  )
}
