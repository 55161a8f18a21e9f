import { useEffect, useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { CHECKIN_EARLY_MINUTES, CODE_ROTATE_SECONDS, type Activity } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { QrCode } from '@/components/ui/QrCode'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { serverNow } from '@/services/http'
import { errorText } from '@/utils/errors'
import { useActivityCode } from '../../hooks'
import { momentText } from '@/utils/calendar'
import './organiser.scss'

const WAIT_LIMIT_MS = 6 * 3600 * 1000

interface Props {
  activity: Activity
  /** with every new code: the page refreshes the attendance, so it is live while people check in */
  onRotate: () => void
}

/**
 * 签到码: while check-in is open (the server says so with 'code' in `can`), a big QR for
 * volunteers to scan and the 6-digit code for those who type it, renewed as it rotates. Before
 * that, when it opens; after, that it is closed.
 */
export function CodePanel({ activity: a, onRotate }: Props) {
  const open = a.can.includes('code')
  const code = useActivityCode(a.id, open, onRotate)
  const opensAt = Date.parse(a.start) - CHECKIN_EARLY_MINUTES * 60 * 1000
  // a page left open until the window opens asks again then (by the server's clock; coming back
  // to the page asks anyway)
  const rotate = useRef(onRotate)
  rotate.current = onRotate
  useEffect(() => {
    if (a.status !== 'open' || open) return
    const wait = opensAt - serverNow() + 1000
    if (wait <= 0 || wait > WAIT_LIMIT_MS) return
    const timer = setTimeout(() => rotate.current(), wait)
    return () => clearTimeout(timer)
  }, [a.status, open, opensAt])
  if (a.status === 'cancelled') return null
  if (!open) {
    return (
      <Section title='签到码'>
        <Notice type='info'>
          {a.status === 'open'
            ? `签到码将于 ${momentText(opensAt)} 开放（活动开始前 ${CHECKIN_EARLY_MINUTES} 分钟），到时打开本页给志愿者扫码。`
            : '活动已结束，签到签退已关闭。请在下方确认志愿者的服务时长。'}
        </Notice>
      </Section>
    )
  }
  const c = code.data
  return (
    <Section title='签到码'>
      <View className='points-code' data-testid='checkin-code'>
        {!c && code.loading && <Spinner large />}
        {code.error && <Notice type='error'>{errorText(code.error)}</Notice>}
        {c && (
          <>
            <QrCode value={c.token} label='志愿者签到签退二维码' />
            <Text className='points-code__label'>扫不了码的志愿者，在活动页输入签到码：</Text>
            <Text className='points-code__short' data-testid='short-code'>
              {c.shortCode}
            </Text>
            <Text className='points-code__hint'>{`签到码每 ${CODE_ROTATE_SECONDS} 秒自动更新，签到和签退用同一个码；请保持本页打开。`}</Text>
          </>
        )}
      </View>
    </Section>
  )
}
