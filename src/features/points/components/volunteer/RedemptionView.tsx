import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { REDEMPTION_STATUS_LABELS, type Redemption } from '@/contract'
import { role } from '@/components/ui/a11y'
import { Notice } from '@/components/ui/Notice'
import { QrCode } from '@/components/ui/QrCode'
import { StatusTag } from '@/components/ui/StatusTag'
import { useCountdown } from '@/hooks/useCountdown'
import { serverNow } from '@/services/http'
import { momentText } from '@/utils/calendar'
import { clockLeft } from '../../format'

const TONES = { pending: 'orange', redeemed: 'green', expired: 'grey' } as const

/** '123 456': two groups of three, as a shop assistant reads it back. */
const codeText = (code: string) => (code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code)

/**
 * A redemption: while it is pending, the code to show the shop (QR and 6 digits) and the minutes
 * left; when the time is up the page asks the server again (which releases the hold).
 */
export function RedemptionView({ r, onExpired }: { r: Redemption; onExpired: () => void }) {
  const live = r.status === 'pending' && !!r.code
  // the server times the code: its clock, moved onto the phone's
  const left = useCountdown(live ? Date.parse(r.expiresAt) - (serverNow() - Date.now()) : null)
  useEffect(() => {
    if (live && left === 0) onExpired()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live, left])
  return (
    <View className='points-redemption' data-testid='redemption'>
      <View className='points-row__head'>
        <Text className='points-info__title' {...role('heading')} aria-level={2}>
          {r.offerTitle}
        </Text>
        <StatusTag label={REDEMPTION_STATUS_LABELS[r.status]} tone={TONES[r.status]} status={r.status} />
      </View>
      <Text className='points-info__line'>{`${r.merchantName} · ${r.points} 分`}</Text>
      {live && r.code && r.token && (
        <View className='points-ticket'>
          <Text className='points-info__line'>请把下面的二维码或兑换码给店员核销</Text>
          <QrCode value={r.token} label='兑换码二维码' />
          <Text className='points-ticket__digits' data-testid='redeem-code' aria-label={`兑换码 ${r.code.split('').join(' ')}`}>
            {codeText(r.code)}
          </Text>
          <Text className='points-ticket__left' data-testid='redeem-left'>{`剩余 ${clockLeft(left)}，过期后积分自动解冻`}</Text>
        </View>
      )}
      {r.status === 'redeemed' && r.redeemedAt && <Notice type='success'>{`已于 ${momentText(r.redeemedAt)} 兑换，扣除 ${r.points} 分。`}</Notice>}
      {r.status === 'expired' && <Notice type='info'>兑换码已过期，冻结的积分已退回可用积分。需要的话可以重新兑换。</Notice>}
    </View>
  )
}
