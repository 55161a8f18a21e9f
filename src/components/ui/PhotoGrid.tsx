import Taro from '@tarojs/taro'
import { View, Image } from '@tarojs/components'
import { cx } from './cx'
import './Photo.scss'

export interface PhotoGridProps {
  photos: string[]
  /** smaller thumbs, e.g. inside a timeline */
  small?: boolean
}

/** Thumbnails; a tap opens the full-size preview. */
export function PhotoGrid({ photos, small }: PhotoGridProps) {
  if (!photos.length) return null
  return (
    <View className={cx('ui-photos', small && 'ui-photos--small')}>
      {photos.map((src, i) => (
        <View
          key={`${i}-${src.slice(-24)}`}
          className='ui-photos__cell'
          data-testid='photo-thumb'
          onClick={() => void Taro.previewImage({ urls: photos, current: src }).catch(() => undefined)}
        >
          <Image className='ui-photos__img' src={src} mode='aspectFill' lazyLoad />
        </View>
      ))}
    </View>
  )
}
