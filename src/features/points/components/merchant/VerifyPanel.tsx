import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { verifySchema, type Redemption } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { scanQr } from '@/services/device/qr'
import { scrollToTop } from '@/services/nav'
import { pointsApi } from '../../api'
import { clockTime } from './time'
import './merchant.scss'

export const VERIFY_CODE_PLACEHOLDER = '6位数字兑换码'

/**
 * 核销: scan the volunteer's code (WeChat's scanner; on H5 a photo of it) or type its 6 digits,
 * which always works; the server finds it, the merchant checks the offer and the person, then
 * confirms. Every refusal is the server's own words; what was typed stays in the draft.
 */
export function VerifyPanel() {
  const draft = useDraft<{ code: string }>('merchant-verify', { code: '' })
  const { submit, submitting, fields, error, clearField, setError, waitSeconds } = useSubmit(verifySchema, draft, pointsApi.verify)
  // a refusal of a typed code belongs at the field; of a scanned one, on the page
  const [via, setVia] = useState<'code' | 'scan'>('code')
  const [scanNote, setScanNote] = useState<string | null>(null)
  const [scanning, setScanning] = useState(false)
  const [found, setFound] = useState<Redemption | null>(null)
  const [done, setDone] = useState<Redemption | null>(null)

  const show = (r: Redemption | null) => {
    if (!r) return
    draft.set({ code: '' })
    setFound(r)
  }

  const scan = async () => {
    setScanNote(null)
    setScanning(true)
    const r = await scanQr()
    setScanning(false)
    if (!r.ok) {
      setScanNote(r.reason === 'unreadable' ? '没有认出照片里的二维码，请对准兑换码重拍，或输入6位数字兑换码' : null)
      return
    }
    setVia('scan')
    show(await submit({ token: r.text }))
  }

  const byCode = async () => {
    setVia('code')
    show(await submit({ code: draft.values.code.trim() }))
  }

  const next = () => {
    setFound(null)
    setDone(null)
    scrollToTop()
  }

  if (done) {
    return (
      <Section title='核销完成'>
        <View className='merchant-found' data-testid='verify-done'>
          <StatusTag label='已兑换' tone='green' status='redeemed' />
          <Text className='merchant-found__offer'>{done.offerTitle}</Text>
          <Text>{`志愿者：${done.volunteerName}`}</Text>
          <Text>{`扣除积分：${done.points} 分`}</Text>
          <Text>{`兑换时间：${clockTime(done.redeemedAt)}`}</Text>
          <Notice type='success'>已兑换，请把商品或服务交给志愿者。</Notice>
          <Button type='primary' block onClick={next}>
            核销下一张
          </Button>
        </View>
      </Section>
    )
  }

  if (found) {
    return (
      <Section title='核对兑换信息'>
        <View className='merchant-found' data-testid='verify-found'>
          <Text className='merchant-found__offer'>{found.offerTitle}</Text>
          <Text className='merchant-found__points'>{`${found.points} 积分`}</Text>
          <Text>{`志愿者：${found.volunteerName}`}</Text>
          <Text className='merchant-found__expiry'>{`兑换码 ${clockTime(found.expiresAt)} 前有效`}</Text>
          <OneTap formId={`merchant-confirm-${found.id}`} label='确认兑换' send={(key) => pointsApi.confirmRedemption(found.id, key)} onDone={setDone} />
          <Button block onClick={next}>
            不是这张，重新核销
          </Button>
        </View>
      </Section>
    )
  }

  const fieldError = fields.code ?? fields.token ?? (via === 'code' && error && !Object.keys(fields).length ? error : undefined)
  const pageError = error && error !== fieldError && !(fields.code ?? fields.token) ? error : null
  const blocked = submitting || scanning || waitSeconds > 0
  return (
    <Section title='核销兑换码'>
      <View className='merchant-verify'>
        <Button type='primary' block loading={scanning} disabled={blocked} onClick={() => void scan()}>
          扫码核销
        </Button>
        {scanNote && <Notice type='warning'>{scanNote}</Notice>}
        {pageError && <Notice type='error'>{pageError}</Notice>}
        <Field name='code' label='或输入志愿者出示的6位兑换码' error={fieldError}>
          <TextInput
            type='number'
            maxlength={6}
            value={draft.values.code}
            placeholder={VERIFY_CODE_PLACEHOLDER}
            onChange={(t) => {
              draft.set({ code: t })
              clearField('code')
              setError(null)
            }}
          />
        </Field>
        <Button type='secondary' block loading={submitting} disabled={blocked} onClick={() => void byCode()}>
          查询兑换码
        </Button>
      </View>
    </Section>
  )
}
