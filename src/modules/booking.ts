// 帮代办: the catalogue on 首页, the resident's bookings in 办事. The helper's workbench is the desk page.
import {
  BOOKING_STATUS_LABELS,
  BOOKING_STATUS_TONES,
  MODE_LABELS,
  PAGES,
  links,
  withQuery,
  type BookingListFilter,
  type BookingSummary,
  type Page,
  type WorkItem,
} from '@/contract'
import { bookingsApi } from '@/features/bookings/api'
import { slotText } from '@/features/bookings/format'
import type { ModuleDef } from './types'

function toWorkItem(b: BookingSummary): WorkItem {
  const marks: NonNullable<WorkItem['marks']> = []
  if (b.status === 'waitlisted' && b.queue) marks.push({ label: `候补第${b.queue}位`, tone: 'orange' })
  if (b.forFamily) marks.push({ label: `为${b.personName}预约`, tone: 'blue' })
  return {
    id: b.id,
    title: `${b.serviceName} · ${MODE_LABELS[b.mode]}`,
    statusLabel: BOOKING_STATUS_LABELS[b.status],
    tone: BOOKING_STATUS_TONES[b.status],
    deadline: null,
    overdue: false,
    link: links.bookingDetail(b.id),
    summary: slotText(b.date, b.hour),
    meta: `${b.id} · ${b.mode === 'home' && b.address ? `上门：${b.address}` : b.placeName}`,
    marks: marks.length ? marks : undefined,
  }
}

export const bookingModule: ModuleDef = {
  key: 'booking',
  home: { title: '帮代办', desc: '预约帮办代办', url: PAGES.booking, tone: 'green' },
  workbenches: {
    resident: {
      title: '我的预约',
      action: { label: '帮代办 · 预约办理', url: PAGES.booking },
      filters: [
        { value: 'active', label: '待办理', empty: '暂无待办理的预约' },
        { value: 'done', label: '已办结', empty: '暂无已办结的预约' },
        { value: 'closed', label: '已取消', empty: '暂无取消、爽约或未约上的预约' },
        { value: 'all', label: '全部', empty: '暂无预约' },
      ],
      fetch: async (filter, cursor): Promise<Page<WorkItem>> => {
        const page = await bookingsApi.list({ scope: 'mine', status: filter as BookingListFilter | undefined, cursor })
        return { ...page, items: page.items.map(toWorkItem) }
      },
    },
    // the places' open bookings, each opening the desk on that booking
    helper: {
      title: '帮代办工作台',
      action: { label: '打开帮代办工作台', url: PAGES.bookingDesk },
      filters: [{ value: 'active', label: '待办理', empty: '服务点暂无待办理的预约' }],
      fetch: async (filter, cursor): Promise<Page<WorkItem>> => {
        const page = await bookingsApi.list({ scope: 'desk', status: filter as BookingListFilter | undefined, cursor })
        return { ...page, items: page.items.map((b) => ({ ...toWorkItem(b), link: withQuery(PAGES.bookingDesk, { id: b.id }) })) }
      },
    },
  },
}
