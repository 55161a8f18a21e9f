import { View, Text } from '@tarojs/components'
import { dial } from '@/services/device/phone'
import { Button } from './Button'
import './Meanwhile.scss'

export interface MeanwhilePlace {
  name: string
  address: string
  phone: string
  hours: string
}

export interface MeanwhileProps {
  advice: string
  place: MeanwhilePlace
  /** the address and phone are demo data: say so */
  demo?: boolean
}

/** Until a module is built: what to do meanwhile, the place, its hours, and a button that calls it. */
export function MeanwhileCard({ advice, place, demo }: MeanwhileProps) {
  return (
    <View className='ui-meanwhile' data-testid='meanwhile'>
      <Text className='ui-meanwhile__advice'>{advice}</Text>
      <Text className='ui-meanwhile__name'>{place.name}</Text>
      <Text className='ui-meanwhile__row'>{`地址：${place.address}`}</Text>
      <Text className='ui-meanwhile__row'>{`时间：${place.hours}`}</Text>
      <Text className='ui-meanwhile__row'>{`电话：${place.phone}`}</Text>
      <Button
        block
        // the accessible name starts with what the button shows (WCAG: label in name)
        label={`拨打 ${place.phone}（${place.name}）`}
        onClick={() => dial(place.phone)}
      >
        {`拨打 ${place.phone}`}
      </Button>
      {demo && <Text className='ui-meanwhile__demo'>地址和电话为演示数据</Text>}
    </View>
  )
}
