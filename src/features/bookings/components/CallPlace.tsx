import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/ui/Button'

interface Props {
  phone: string
  /** what the call is for, shown before the number: '致电服务点' */
  label?: string
}

/**
 * A place's public phone as one large call action: a `tel:` link on H5 (its visible text is its
 * whole name, for axe and for speech control), WeChat's dialer in the mini-program.
 */
export function CallPlace({ phone, label = '致电服务点' }: Props) {
  if (!phone) return null
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='booking-call'>
        <a className='booking-call__link' href={`tel:${phone}`} data-testid='call-place'>
          <Text className='booking-call__title'>{label}</Text> <Text className='booking-call__phone'>{phone}</Text>
        </a>
      </View>
    )
  }
  return (
    <View className='booking-call' data-testid='call-place'>
      <Button type='secondary' block onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
        {`${label} ${phone}`}
      </Button>
    </View>
  )
}
