import { Text, View } from '@tarojs/components'
import { PLACE_KIND_LABELS, type Place, type PlaceSummary } from '@/contract'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { weekHoursText } from '../format'

interface Props {
  place: PlaceSummary
  /** the full place, once loaded: its opening hours */
  detail?: Place
}

/** A place: name and kind, address, its public phone (tap to call) and its opening hours. */
export function PlaceCard({ place, detail }: Props) {
  return (
    <View className='booking-place' data-testid='booking-place' data-place={place.id}>
      <Text className='booking-place__name'>{place.name}</Text>
      <Text className='booking-place__row'>{`${PLACE_KIND_LABELS[place.kind]}${place.homeVisits ? ' · 可上门服务' : ''}`}</Text>
      <Text className='booking-place__row'>{`地址：${place.address}`}</Text>
      <View className='booking-place__row booking-place__phone'>
        <Text>电话：</Text>
        <MaskedPhone phone={place.phone} reveal callable />
      </View>
      {detail && <Text className='booking-place__row'>{`办公时间：${weekHoursText(detail.hours)}`}</Text>}
    </View>
  )
}
