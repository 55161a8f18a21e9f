import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Image, Text } from '@tarojs/components'
import { usePhotoSrc } from '@/services/photos'
import { photoAlt } from './a11y'
import { cx } from './cx'
import './Photo.scss'

export interface PhotoGridProps {
  /** photo references (`ph_…`), as the server answers them */
  photos: string[]
  /** smaller thumbs, e.g. inside a timeline */
  small?: boolean
  /** what the photos show, for screen readers: '工单 SP… 的照片' → '…第 2 张' */
  label?: string
}

/** Thumbnails of photo references; a tap opens the full-size preview. */
export function PhotoGrid({ photos, small, label = '照片' }: PhotoGridProps) {
  const toSrc = usePhotoSrc()
  const ready = !!toSrc
  // an image that did not load is asked for once more, then says so
  const [failed, setFailed] = useState<Record<string, number>>({})
  if (!photos.length) return null
  const srcs = photos.map((ref) => (toSrc ? toSrc(ref) : ''))
  const shown = srcs.filter(Boolean)
  const retry = (i: number) => {
    const n = failed[photos[i]] || 0
    // only an H5 address can be asked for again past a cached failure; a file or data URL cannot
    const again = n === 0 && srcs[i].charAt(0) === '/'
    if (n < 2) setFailed((f) => ({ ...f, [photos[i]]: again ? 1 : 2 }))
  }
  return (
    <View className={cx('ui-photos', small && 'ui-photos--small')}>
      {photos.map((ref, i) => {
        const tries = failed[ref] || 0
        // the second try asks again past any cached failure (an H5 address only, not a file or data URL)
        const src = tries === 1 && srcs[i].charAt(0) === '/' ? `${srcs[i]}${srcs[i].indexOf('?') >= 0 ? '&' : '?'}retry=1` : srcs[i]
        return (
          <View
            key={`${i}-${ref.slice(-24)}`}
            className='ui-photos__cell'
            data-testid='photo-thumb'
            onClick={() => void (ready && srcs[i] && Taro.previewImage({ urls: shown, current: srcs[i] }).catch(() => undefined))}
          >
            {ready && src && tries < 2 ? (
              <Image className='ui-photos__img' src={src} mode='aspectFill' lazyLoad onError={() => retry(i)} {...photoAlt(`${label}第 ${i + 1} 张`)} />
            ) : (
              <Text className='ui-photos__note'>{ready ? '照片无法显示' : '加载中'}</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
