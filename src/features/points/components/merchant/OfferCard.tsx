import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { offerEditSchema, type Offer } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { StatusTag } from '@/components/ui/StatusTag'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { pointsApi } from '../../api'
import './merchant.scss'

export const STOCK_PLACEHOLDER = '新的库存数量'

interface Props {
  offer: Offer
  onChange: (o: Offer) => void
}

/** Digits become a number; anything else goes as typed so the schema names what is wrong. */
const toStock = (t: string): unknown => (/^-?\d+$/.test(t.trim()) ? Number(t.trim()) : t.trim() === '' ? undefined : t)

/**
 * One offer of the shop: what volunteers see, and the three things the merchant changes here —
 * the stock, pausing it, its photo. Each is its own submission with its own key.
 */
export function OfferCard({ offer, onChange }: Props) {
  const stockDraft = useDraft<{ stock: string }>(`merchant-stock-${offer.id}`, { stock: '' })
  const stock = useSubmit(offerEditSchema, stockDraft, (input, key) => pointsApi.editOffer(offer.id, input, key))
  const pauseDraft = useDraft(`merchant-pause-${offer.id}`, {})
  const pause = useSubmit(offerEditSchema, pauseDraft, (input, key) => pointsApi.editOffer(offer.id, input, key))
  const photoDraft = useDraft(`merchant-photo-${offer.id}`, {})
  const photo = useSubmit(offerEditSchema, photoDraft, (input, key) => pointsApi.editOffer(offer.id, input, key))
  const [picking, setPicking] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])
  const [saved, setSaved] = useState<string | null>(null)

  const done = (o: Offer | null, note: string) => {
    if (!o) return
    setSaved(note)
    onChange(o)
  }

  const saveStock = async () => {
    const value = toStock(stockDraft.values.stock)
    if (value === undefined) {
      stock.setError('请填写新的库存数量')
      return
    }
    const o = await stock.submit({ stock: value })
    if (o) stockDraft.set({ stock: '' })
    done(o, `库存已改为 ${value} 件`)
  }

  const togglePause = async () => done(await pause.submit({ paused: !offer.paused }), offer.paused ? '已恢复兑换' : '已暂停兑换，志愿者暂时不能兑换这个商品')

  const setPhoto = async (refs: string[]) => {
    setChosen(refs)
    if (!refs.length) return
    const o = await photo.submit({ photo: refs[0] })
    if (o) {
      setPicking(false)
      setChosen([])
    }
    done(o, '照片已更换')
  }

  // a refusal without a field (e.g. 409) is said under the stock field too: that is where the merchant looked
  const stockError = stock.fields.stock ?? (stock.error && !Object.keys(stock.fields).length ? stock.error : undefined)

  return (
    <View className='merchant-offer' data-testid='merchant-offer' data-offer={offer.id}>
      <View className='merchant-offer__head'>
        <Text className='merchant-offer__title'>{offer.title}</Text>
        <StatusTag label={offer.paused ? '已暂停兑换' : '兑换中'} tone={offer.paused ? 'orange' : 'green'} status={offer.paused ? 'paused' : 'active'} />
      </View>
      {offer.photo ? <PhotoGrid photos={[offer.photo]} label={`${offer.title}的照片`} /> : <Text className='merchant-offer__nophoto'>还没有照片</Text>}
      <View className='merchant-offer__facts'>
        <Text>{`所需积分：${offer.points} 分`}</Text>
        <Text data-testid='offer-stock'>{`可兑库存：${offer.stock} 件`}</Text>
        {offer.reserved > 0 && <Text data-testid='offer-reserved'>{`另有 ${offer.reserved} 个兑换码还没使用，已为它们预留`}</Text>}
        <Text>{`每人每月限兑：${offer.monthlyLimit} 次`}</Text>
        <Text>{`兑换期：${offer.validFrom} 至 ${offer.validTo}`}</Text>
      </View>
      {saved && <Notice type='success'>{saved}</Notice>}
      <Field name={`stock-${offer.id}`} label={`修改“${offer.title}”的库存`} error={stockError} hint='填店里现有的件数（0 到 9999）；志愿者已领码、还没核销的会从中预留'>
        <TextInput
          type='number'
          maxlength={5}
          value={stockDraft.values.stock}
          placeholder={STOCK_PLACEHOLDER}
          onChange={(t) => {
            stockDraft.set({ stock: t })
            stock.clearField('stock')
            stock.setError(null)
          }}
        />
      </Field>
      <View className='merchant-offer__actions'>
        <Button type='primary' loading={stock.submitting} disabled={stock.submitting || stock.waitSeconds > 0} onClick={() => void saveStock()} label={`保存库存：${offer.title}`}>
          保存库存
        </Button>
        <Button
          type={offer.paused ? 'primary' : 'danger'}
          loading={pause.submitting}
          disabled={pause.submitting || pause.waitSeconds > 0}
          onClick={() => void togglePause()}
          label={`${offer.paused ? '恢复兑换' : '暂停兑换'}：${offer.title}`}
        >
          {offer.paused ? '恢复兑换' : '暂停兑换'}
        </Button>
        <Button onClick={() => setPicking((v) => !v)} label={`${picking ? '不换照片' : '更换照片'}：${offer.title}`}>
          {picking ? '不换照片' : '更换照片'}
        </Button>
      </View>
      {pause.error && <Notice type='error'>{pause.error}</Notice>}
      {picking && (
        <Field name={`photo-${offer.id}`} label={`“${offer.title}”的新照片（1 张）`} error={photo.fields.photo ?? photo.error ?? undefined}>
          <PhotoPicker value={chosen} max={1} disabled={photo.submitting} onChange={(refs) => void setPhoto(refs)} />
        </Field>
      )}
    </View>
  )
}
