import { Text, View } from '@tarojs/components'
import { dial } from '@/services/device/phone'
import { Button } from './Button'
import './CallLink.scss'

export interface CallLinkProps {
  phone: string
  /** what the call is for, shown before the number: '联系网格', '致电服务点' */
  label: string
  'data-testid'?: string
}

/**
 * A public phone (a grid's, a place's) as one whole-width call action. On H5 a real `tel:` link
 * (a screen reader announces a link; a desktop can hand it to a phone app); in the mini-program
 * WeChat's dialer. The visible text is the whole name ('联系网格 0731-…'): a label that said more
 * than it shows fails axe's label-content-name-mismatch, and speech control users say what they see.
 */
export function CallLink({ phone, label, 'data-testid': testId }: CallLinkProps) {
  if (!phone) return null
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='ui-call'>
        <a className='ui-call__link' href={`tel:${phone}`} data-testid={testId}>
          <Text className='ui-call__title'>{label}</Text> <Text className='ui-call__phone'>{phone}</Text>
        </a>
      </View>
    )
  }
  return (
    <View className='ui-call' data-testid={testId}>
      <Button type='secondary' block onClick={() => dial(phone)}>
        {`${label} ${phone}`}
      </Button>
    </View>
  )
}
