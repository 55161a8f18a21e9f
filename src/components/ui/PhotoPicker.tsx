import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { choosePhotos } from '@/services/device/photos'
import { cx } from './cx'
import './Photo.scss'

export interface PhotoPickerProps {
  value: string[]
  onChange: (photos: string[]) => void
  /** default 9 */
  max?: number
  disabled?: boolean
}

/**
 * Thumbs with a remove ×, an add tile while under `max`, and a 'n/9' count. Photos are asked
 * for only when the add tile is tapped (services/device handles privacy and refusal).
 */
export function PhotoPicker({ value, onChange, max = 9, disabled }: PhotoPickerProps) {
  const [busy, setBusy] = useState(false)

  const add = async () => {
    if (busy || disabled || value.length >= max) return
    setBusy(true)
    try {
      const picked = await choosePhotos(max - value.length)
      if (picked.length) onChange([...value, ...picked].slice(0, max))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={cx('ui-photos', 'ui-picker')}>
      {value.map((src, i) => (
        <View key={`${i}-${src.slice(-24)}`} className='ui-photos__cell' data-testid='picked-photo'>
          <Image
            className='ui-photos__img'
            src={src}
            mode='aspectFill'
            onClick={() => void Taro.previewImage({ urls: value, current: src }).catch(() => undefined)}
          />
          {!disabled && (
            <View
              className='ui-picker__remove'
              aria-label={`删除第${i + 1}张照片`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <Text>×</Text>
            </View>
          )}
        </View>
      ))}
      {value.length < max && !disabled && (
        <View className={cx('ui-photos__cell', 'ui-picker__add', busy && 'ui-picker__add--busy')} data-testid='photo-add' aria-label='添加照片' onClick={() => void add()}>
          <Text className='ui-picker__plus'>+</Text>
          <Text className='ui-picker__add-text'>{busy ? '请稍候' : '添加照片'}</Text>
        </View>
      )}
      <Text className='ui-picker__count' data-testid='photo-count'>{`${value.length}/${max}`}</Text>
    </View>
  )
}
