import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/ui/PageShell'
import { ServiceView, useService } from '@/features/bookings'
import { decodeParam } from '@/utils/routes'
import '@/features/bookings/bookings.scss'

export default function BookingServicePage() {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const service = useService(id)
  const s = service.data
  return (
    <PageShell title='办理事项' loading={!s && service.loading} error={s ? null : service.error} onRetry={service.reload} empty={!id} emptyText='没有找到这个事项'>
      {s && <ServiceView service={s} />}
    </PageShell>
  )
}
