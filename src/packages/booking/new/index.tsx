import { Text } from '@tarojs/components'
import { useLoad, useRouter } from '@tarojs/taro'
import { links } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { BookingForm, useService, useStanding } from '@/features/bookings'
import { navigate, replace, requireLogin } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import { formatTime } from '@/utils/format'
import '@/features/bookings/bookings.scss'

function NewBooking({ serviceId }: { serviceId: string | undefined }) {
  const service = useService(serviceId)
  const standing = useStanding(true)
  const s = service.data
  const paused = standing.data?.pausedUntil
  return (
    <PageShell
      title={s ? `预约 · ${s.name}` : '预约办理'}
      loading={!s && service.loading}
      error={s ? null : service.error}
      onRetry={service.reload}
      empty={!serviceId}
      emptyText='没有找到这个事项'
    >
      {paused && (
        <Notice
          type='warning'
          title={`您的预约已暂停至 ${formatTime(paused)}`}
          action={
            <Button size='small' onClick={() => navigate(links.booking())}>
              去申诉
            </Button>
          }
        >
          <Text>因多次爽约，暂停期间不能新预约；填好的内容会保留。</Text>
        </Notice>
      )}
      {s && <BookingForm service={s} onBooked={(b) => replace(links.bookingDetail(b.id))} />}
    </PageShell>
  )
}

export default function NewBookingPage() {
  const { params } = useRouter()
  const serviceId = decodeParam(params.serviceId) || undefined
  useLoad(() => {
    requireLogin()
  })
  return (
    <LoginGate title='预约办理' reason='预约需要先登录，登录后会回到这里。'>
      <NewBooking serviceId={serviceId} />
    </LoginGate>
  )
}
