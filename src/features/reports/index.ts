// The report loop's client. Main-package pages import deep paths (api, hooks) instead of this.
export { reportsApi } from './api'
export { useReport } from './hooks'
export { ReportForm, REPORT_FORM_ID } from './components/ReportForm'
export { ReportView } from './components/ReportView'
export { TicketPage } from './components/TicketPage'
export { REPORT_SUBSCRIBE_TEMPLATE_ID } from './config'
