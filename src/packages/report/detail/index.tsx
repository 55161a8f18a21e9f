import { TicketPage } from '@/features/reports'
import { useGeo } from '@/features/geo/hooks'
import { requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'
import '@/features/reports/reports.scss'

export default function ReportDetailPage() {
  // only a community worker assigns grids here: nobody else needs the district's grid list
  const organiser = useSession((s) => !!s.user?.roles.includes('organiser'))
  const geo = useGeo(organiser)
  return <TicketPage title='工单详情' actions='resident' onLoad={() => requireLogin()} grids={geo.data?.grids} />
}
