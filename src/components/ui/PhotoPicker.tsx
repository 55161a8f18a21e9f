import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { PHOTO_DATA_URL_MAX, PHOTO_TOO_LARGE_MESSAGE, isPhotoRef } from '@/contract'
import { fileToDataUrl, pickPhotos } from '@/services/device/photos'
import { newIdempotencyKey } from '@/services/http'
import { uploadPhoto, usePhotoSrc } from '@/services/photos'
import { errorText } from '@/utils/errors'
import { photoAlt, pressable } from './a11y'
import { cx } from './cx'
import './Photo.scss'

export interface PhotoPickerProps {
  /** photo references (`ph_…`): what the form sends and its draft keeps */
  value: string[]
  onChange: (photos: string[]) => void
  /** default 9 */
  max?: number
  disabled?: boolean
  /** true while a chosen photo is still uploading (a form may hold its submit until then) */
  onBusyChange?: (busy: boolean) => void
}

/** A chosen photo on its way to the server; it joins `value` as a reference once uploaded. */
interface Pending {
  id: number
  /** a data URL: the preview, and what is uploaded */
  dataUrl: string
  /** one key per photo, so a retry is the same upload */
  key: string
  state: 'uploading' | 'failed'
  error?: string
  /** an entry of `value` that was not a reference yet (an older draft): replaced in place */
  replaces?: string
}

let seq = 0

/**
 * Thumbs with a remove ×, an add tile while under `max`, and a 'n/9' count. Photos are asked for
 * only when the add tile is tapped (services/device handles privacy and refusal); each one is
 * uploaded at once and the form keeps its reference, so drafts hold references, not images.
 * An upload that fails stays as a tile to tap again (上传失败，点按重试) or remove.
 */
export function PhotoPicker({ value, onChange, max = 9, disabled, onBusyChange }: PhotoPickerProps) {
  const [choosing, setChoosing] = useState(false)
  const [pending, setPending] = useState<Pending[]>([])
  const [note, setNote] = useState<string | null>(null)
  // references the server no longer has (e.g. after 重置演示数据): say so instead of a broken image
  const [gone, setGone] = useState<Record<string, true>>({})
  const toSrc = usePhotoSrc()
  // uploads finish after renders: they read and change the latest value, not the one they began with
  const valueRef = useRef(value)
  valueRef.current = value
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    [],
  )

  const uploading = pending.some((p) => p.state === 'uploading')
  const busy = choosing || uploading
  const onBusyRef = useRef(onBusyChange)
  onBusyRef.current = onBusyChange
  useEffect(() => {
    if (onBusyRef.current) onBusyRef.current(busy)
  }, [busy])
  // taken off the form while uploading (e.g. 代办 switched to 帮办): the form is not busy any more
  useEffect(() => () => onBusyRef.current?.(false), [])

  const patch = (id: number, p: Partial<Pending> | null) =>
    setPending((list) => (p ? list.map((x) => (x.id === id ? { ...x, ...p } : x)) : list.filter((x) => x.id !== id)))

  const send = async (item: Pending) => {
    patch(item.id, { state: 'uploading', error: undefined })
    try {
      if (item.dataUrl.length > PHOTO_DATA_URL_MAX + 32) throw new Error(PHOTO_TOO_LARGE_MESSAGE)
      const { id } = await uploadPhoto(item.dataUrl, item.key)
      if (!live.current) return
      const now = valueRef.current
      const at = item.replaces ? now.indexOf(item.replaces) : -1
      const next = at >= 0 ? now.map((v, i) => (i === at ? id : v)) : [...now, id].slice(0, max)
      valueRef.current = next
      onChangeRef.current(next)
      patch(item.id, null)
    } catch (e) {
      if (!live.current) return
      // a 400 names what is wrong with the photo itself ('照片格式不正确', '照片太大…')
      const fields = (e as { fields?: Record<string, string> }).fields
      const message = (fields && fields.dataUrl) || errorText(e, '照片上传失败，请重试')
      patch(item.id, { state: 'failed', error: message })
      setNote(message)
    }
  }

  // One at a time, in the order chosen, so the photos keep that order.
  const sendAll = async (items: Pending[]) => {
    for (const it of items) await send(it)
  }

  // A draft an earlier version kept holds pictures, not references: upload them now.
  const converting = useRef<Record<string, true>>({})
  useEffect(() => {
    const legacy = value.filter((v) => !isPhotoRef(v) && !converting.current[v])
    if (!legacy.length) return
    legacy.forEach((v) => (converting.current[v] = true))
    void (async () => {
      const items: Pending[] = []
      for (const v of legacy) {
        const dataUrl = await fileToDataUrl(v).catch(() => null)
        if (!dataUrl) {
          // nothing left to upload (a temporary file is gone): drop it, and say so
          const next = valueRef.current.filter((x) => x !== v)
          valueRef.current = next
          onChangeRef.current(next)
          setNote('有照片已失效，请重新添加')
          continue
        }
        items.push({ id: ++seq, dataUrl, key: newIdempotencyKey(), state: 'uploading', replaces: v })
      }
      if (!live.current || !items.length) return
      setPending((list) => [...list, ...items])
      await sendAll(items)
    })()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

  const fresh = pending.filter((p) => !p.replaces)
  const count = value.length + fresh.length

  const add = async () => {
    if (choosing || disabled || count >= max) return
    setChoosing(true)
    setNote(null)
    let picked: string[] = []
    let overLimit = 0
    try {
      const res = await pickPhotos(max - count)
      picked = res.photos
      overLimit = res.overLimit
    } finally {
      setChoosing(false)
    }
    if (!live.current) return
    // never drop a chosen photo without a word: say how many did not fit
    if (overLimit > 0) setNote(`最多${max}张照片，已添加${picked.length}张，另有${overLimit}张没有添加`)
    if (!picked.length) return
    const items: Pending[] = picked.map((dataUrl) => ({ id: ++seq, dataUrl, key: newIdempotencyKey(), state: 'uploading' }))
    setPending((list) => [...list, ...items])
    await sendAll(items)
  }

  const retry = (item: Pending) => {
    if (item.state !== 'failed') return
    setNote(null)
    void send(item)
  }

  const remove = (i: number) => {
    const next = value.filter((_, j) => j !== i)
    valueRef.current = next
    onChange(next)
  }

  const srcs = value.map((ref) => (toSrc ? toSrc(ref) : ''))
  const uploadingCount = pending.filter((p) => p.state === 'uploading').length

  return (
    <View className={cx('ui-photos', 'ui-picker')}>
      {value.map((ref, i) =>
        // an entry still being converted shows as its pending tile
        isPhotoRef(ref) ? (
          <View key={`${i}-${ref}`} className='ui-photos__cell' data-testid='picked-photo' data-photo={ref}>
            {srcs[i] && !gone[ref] ? (
              <Image
                className='ui-photos__img'
                src={srcs[i]}
                mode='aspectFill'
                onError={() => setGone((g) => ({ ...g, [ref]: true }))}
                {...photoAlt(`已添加的第 ${i + 1} 张照片`)}
                onClick={() => void Taro.previewImage({ urls: srcs.filter(Boolean), current: srcs[i] }).catch(() => undefined)}
              />
            ) : (
              <Text className='ui-photos__note'>{gone[ref] ? '照片已失效，请删除' : '加载中'}</Text>
            )}
            {!disabled && (
              <View className='ui-picker__remove' aria-label={`删除第${i + 1}张照片`} {...pressable(() => remove(i))} onClick={() => remove(i)}>
                <Text>×</Text>
              </View>
            )}
          </View>
        ) : null,
      )}
      {pending.map((p) => (
        <View
          key={`p-${p.id}`}
          className={cx('ui-photos__cell', 'ui-picker__pending', p.state === 'failed' && 'ui-picker__pending--failed')}
          data-testid={p.state === 'failed' ? 'photo-failed' : 'photo-uploading'}
          aria-label={p.state === 'failed' ? '照片上传失败，点按重试' : '照片上传中'}
          onClick={() => retry(p)}
        >
          <Image className='ui-photos__img' src={p.dataUrl} mode='aspectFill' {...photoAlt('正在上传的照片')} />
          <View className='ui-picker__veil'>
            <Text>{p.state === 'failed' ? '上传失败' : '上传中…'}</Text>
            {p.state === 'failed' && <Text>点按重试</Text>}
          </View>
          {p.state === 'failed' && !disabled && (
            <View
              className='ui-picker__remove'
              aria-label='删除这张照片'
              {...pressable(() => {
                patch(p.id, null)
                if (p.replaces) remove(valueRef.current.indexOf(p.replaces))
              })}
              onClick={(e) => {
                e.stopPropagation()
                patch(p.id, null)
                if (p.replaces) remove(valueRef.current.indexOf(p.replaces))
              }}
            >
              <Text>×</Text>
            </View>
          )}
        </View>
      ))}
      {count < max && !disabled && (
        <View className={cx('ui-photos__cell', 'ui-picker__add', choosing && 'ui-picker__add--busy')} data-testid='photo-add' aria-label='添加照片' {...pressable(() => void add())} onClick={() => void add()}>
          <Text className='ui-picker__plus'>+</Text>
          <Text className='ui-picker__add-text'>{choosing ? '请稍候' : '添加照片'}</Text>
        </View>
      )}
      {(uploadingCount > 0 || note) && (
        <Text className={cx('ui-picker__status', !uploadingCount && note && 'ui-picker__status--error')} data-testid='photo-status'>
          {uploadingCount > 0 ? `正在上传${uploadingCount}张照片…` : note}
        </Text>
      )}
      <Text className='ui-picker__count' data-testid='photo-count'>{`${count}/${max}`}</Text>
    </View>
  )
}
