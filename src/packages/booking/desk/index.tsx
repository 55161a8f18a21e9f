import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useLoad, useRouter } from '@tarojs/taro'
import { RATINGS, RATING_LABELS, type Booking } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { AppealsPanel } from '@/features/bookings/components/desk/AppealsPanel'
import { CheckinPanel } from '@/features/bookings/components/desk/CheckinPanel'
import { DeskList } from '@/features/bookings/components/desk/DeskList'
import { ServePanel } from '@/features/bookings/components/desk/ServePanel'
import { useBooking, useDesk } from '@/features/bookings/hooks'
import { requireLogin, scrollToTop } from '@/services/nav'
import { useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/bookings/components/desk/desk.scss'

/**
 * 帮代办工作台 (帮代办专员): the booking being served on top, else 签到 (a resident is at the
 * counter), then the bookings by day and slot, the ratings and the appeals of paused residents.
 * `?id=` opens one booking (a 消息 or the resident's page links here); `?tab=appeals` the appeals.
 */
export default function BookingDeskPage() {
  useLoad(() => requireLogin())
  const { params } = useRouter()
  const isHelper = useSession((s) => !!s.user?.roles.includes('helper'))
  const [openId, setOpenId] = useState<string | null>(decodeParam(params.id) || null)
  const [version, setVersion] = useState(0)
  const opened = useBooking(isHelper && openId ? openId : undefined)
  const desk = useDesk(isHelper, version)
  const appealsFirst = params.tab === 'appeals'

  const show = (b: Booking) => {
    opened.setData(b)
    setOpenId(b.id)
    setVersion((v) => v + 1)
    scrollToTop()
  }

  if (!isHelper) {
    return (
      <PageShell title='帮代办工作台'>
        <Notice type='info'>这里是帮代办专员的工作台。居民预约帮代办，请到首页 → 帮代办。</Notice>
      </PageShell>
    )
  }

  return (
    <PageShell title='帮代办工作台' error={desk.data ? null : desk.error} onRetry={desk.reload}>
      {appealsFirst && <AppealsPanel />}
      {/* the booking being served comes first: its next step is what the helper does now */}
      {openId && (
        <View data-testid='desk-open'>
          {opened.error && <Notice type='error'>{opened.error.message}</Notice>}
          {opened.data && <ServePanel booking={opened.data} onChange={show} />}
          <Button block onClick={() => setOpenId(null)}>
            收起这个预约
          </Button>
        </View>
      )}
      <CheckinPanel onCheckedIn={show} />
      <DeskList version={version} onOpen={(b) => setOpenId(b.id)} />
      {desk.data && (
        <Section title='我的服务评价'>
          <View className='desk-serve__facts'>
            <Text>{`服务点：${desk.data.places.map((p) => p.name).join('、')}`}</Text>
            <Text>{RATINGS.map((r) => `${RATING_LABELS[r]} ${desk.data?.ratings[r] ?? 0}`).join(' · ')}</Text>
            {desk.data.recent.map((x) => (
              <Text key={x.bookingId}>{`${RATING_LABELS[x.rating]}：${x.comment || '（无评语）'} — ${x.serviceName}`}</Text>
            ))}
          </View>
        </Section>
      )}
      {!appealsFirst && <AppealsPanel />}
    </PageShell>
  )
}
