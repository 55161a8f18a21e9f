import { Text } from '@tarojs/components'
import { maskPhone } from '@/contract'
import { dial as dialPhone } from '@/services/device/phone'
import { pressable } from './a11y'
import { cx } from './cx'
import './MaskedPhone.scss'

export interface MaskedPhoneProps {
  phone: string
  /** show the number as given (only for people allowed to see it) */
  reveal?: boolean
  /** with reveal: tapping dials the number */
  callable?: boolean
}

/** 138****1234 unless `reveal`. */
export function MaskedPhone({ phone, reveal, callable }: MaskedPhoneProps) {
  const shown = reveal ? phone : maskPhone(phone)
  const dial = reveal && callable && !phone.includes('*')
  const call = dial ? () => dialPhone(phone) : undefined
  return (
    <Text
      className={cx('ui-phone', dial && 'ui-phone--callable')}
      data-masked={reveal ? 'false' : 'true'}
      {...pressable(call)}
      aria-label={dial ? `拨打 ${phone}` : undefined}
      onClick={call}
    >
      {shown}
    </Text>
  )
}
