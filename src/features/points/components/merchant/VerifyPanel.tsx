import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { verifySchema, type Redemption } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { ScanOrType } from '@/components/form/ScanOrType'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { scrollToTop } from '@/services/nav'
import { pointsApi } from '../../api'
import { chinaClock } from '@/utils/calendar'
import './merchant.scss'

export const VERIFY_CODE_PLACEHOLDER = '6位数字兑换码'

/**
 * 核销: scan the volunteer's code (WeChat's scanner; on H5 a photo of it) or type its 6 digits,
 * which always works; the server finds it, the merchant checks the offer and the person, then
 * confirms. Every refusal is the server's own words; what was typed stays in the draft.
 */
export function VerifyPanel() {
  const [found, setFound] = useState<Redemption | null>(null)
  const [done, setDone] = useState<Redemption | null>(null)

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
          <Text>{`兑换时间：${done.redeemedAt ? chinaClock(done.redeemedAt) : ''}`}</Text>
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
          <Text className='merchant-found__expiry'>{`兑换码 ${chinaClock(found.expiresAt)} 前有效`}</Text>
          <OneTap formId={`merchant-confirm-${found.id}`} label='确认兑换' send={(key) => pointsApi.confirmRedemption(found.id, key)} onDone={setDone} />
          <Button block onClick={next}>
            不是这张，重新核销
          </Button>
        </View>
      </Section>
    )
  }

  return (
    <Section title='核销兑换码'>
      <ScanOrType
        formId='merchant-verify'
        schema={verifySchema}
        send={pointsApi.verify}
        onDone={setFound}
        fromScan={(token) => ({ token })}
        fromCode={(code) => ({ code })}
        codeField='code'
        scanLabel='扫码核销'
        codeLabel='或输入志愿者出示的6位兑换码'
        placeholder={VERIFY_CODE_PLACEHOLDER}
        submitLabel='查询兑换码'
        unreadable='没有认出照片里的二维码，请对准兑换码重拍，或输入6位数字兑换码'
      />
    </Section>
  )
}
