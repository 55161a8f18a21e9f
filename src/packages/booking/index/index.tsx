import { PageShell } from '@/components/ui/PageShell'
import { MyBookingsPanel, ServiceCatalogue } from '@/features/bookings'
import { useSession } from '@/stores/session'
import '@/features/bookings/bookings.scss'

// 帮代办: the catalogue is for everyone; a resident also sees their next bookings and standing on top.
export default function BookingPage() {
  const resident = useSession((s) => !!s.user?.roles.includes('resident') && !!s.token)
  return (
    <PageShell title='帮代办'>
      {resident && <MyBookingsPanel />}
      <ServiceCatalogue />
    </PageShell>
  )
}
