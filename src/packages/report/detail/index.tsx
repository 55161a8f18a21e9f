import { requireLogin } from '@/features/auth'
import { TicketPage } from '@/features/reports'
import '@/features/reports/reports.scss'

export default function ReportDetailPage() {
  return <TicketPage title='工单详情' actions='resident' onLoad={() => requireLogin()} />
}
