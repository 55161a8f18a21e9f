import { requireLogin } from '@/features/auth'
import { TicketPage } from '@/features/reports'
import '@/features/reports/reports.scss'

export default function WorkOrderPage() {
  return <TicketPage title='工单办理' actions='worker' onLoad={() => requireLogin()} />
}
