import { TicketPage } from '@/features/reports'
import { requireLogin } from '@/services/nav'
import '@/features/reports/reports.scss'

export default function ReportDetailPage() {
  return <TicketPage title='工单详情' actions='resident' onLoad={() => requireLogin()} />
}
