import { TicketPage } from '@/features/reports'
import { requireLogin } from '@/services/nav'
import '@/features/reports/reports.scss'

export default function ReportOrderPage() {
  return <TicketPage title='工单办理' actions='worker' onLoad={() => requireLogin()} />
}
