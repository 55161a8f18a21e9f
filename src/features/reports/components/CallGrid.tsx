import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/ui/Button'

interface Props {
  phone: string
}

/**
 * 联系网格: the grid's public service phone as one large call action. On H5 a real `tel:` link
 * (a screen reader announces a link, and a desktop can hand it to a phone app); in the
 * mini-program WeChat's own dialer.
 */
// The visible text is the whole name (联系网格 0731-…): a link whose label said more than it shows
// fails axe's label-content-name-mismatch, and speech control users say what they see.
export function CallGrid({ phone }: Props) {
  if (!phone) return null
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='report-call'>
        <a className='report-call__link' href={`tel:${phone}`} data-testid='call-grid'>
          <Text className='report-call__title'>联系网格</Text> <Text className='report-call__phone'>{phone}</Text>
        </a>
      </View>
    )
  }
  return (
    <View className='report-call' data-testid='call-grid'>
      <Button type='secondary' block onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
        {`联系网格 ${phone}`}
      </Button>
    </View>
  )
}
