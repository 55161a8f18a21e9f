// 随手拍: the resident's own reports and the grid worker's queue.
import {
  CATEGORY_INFO,
  OPEN_REPORT_STATUSES,
  PAGES,
  REPORT_STATUS_LABELS,
  REPORT_STATUS_TONES,
  links,
  type Page,
  type ReportListFilter,
  type ReportSummary,
  type WorkItem,
} from '@/contract'
import { reportsApi } from '@/features/reports/api'
import type { ModuleDef, WorkFilter } from './types'

function toWorkItem(r: ReportSummary, queue: boolean): WorkItem {
  return {
    id: r.id,
    title: CATEGORY_INFO[r.category].label,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    tone: REPORT_STATUS_TONES[r.status],
    // the worker's time limit; a resident's list does not show it
    deadline: queue && r.deadline && OPEN_REPORT_STATUSES.includes(r.status) ? r.deadline : null,
    overdue: r.overdue,
    link: queue ? links.reportOrder(r.id) : links.reportDetail(r.id),
    summary: r.excerpt,
    meta: `${r.id} · ${r.address}${r.relation === 'joined' ? ' · 我也遇到了' : ''}`,
    at: r.createdAt,
    marks: marksOf(r, queue),
  }
}

/** 新 on an order nobody has taken (the worker's queue lists those first), 已催办 N 次 for both. */
function marksOf(r: ReportSummary, queue: boolean): WorkItem['marks'] {
  const marks: NonNullable<WorkItem['marks']> = []
  if (queue && r.status === 'pending') marks.push({ label: '新', tone: 'orange' })
  if (r.urgeCount > 0 && OPEN_REPORT_STATUSES.includes(r.status)) marks.push({ label: `已催办 ${r.urgeCount} 次`, tone: 'red' })
  if (r.supervised && OPEN_REPORT_STATUSES.includes(r.status)) marks.push({ label: '已督办', tone: 'red' })
  if (r.patrol) marks.push({ label: '巡查发现', tone: 'blue' })
  return marks.length ? marks : undefined
}

const list = (scope: 'mine' | 'queue' | 'community') => async (filter: string | undefined, cursor?: string): Promise<Page<WorkItem>> => {
  const page = await reportsApi.list({ scope, status: filter as ReportListFilter | undefined, cursor })
  return { ...page, items: page.items.map((r) => toWorkItem(r, scope === 'queue')) }
}

const filters = (open: string, done: string): WorkFilter[] => [
  { value: 'open', label: '进行中', empty: open },
  { value: 'done', label: '已办结', empty: done },
  { value: 'all', label: '全部', empty: done },
]

export const reportModule: ModuleDef = {
  key: 'report',
  home: { title: '随手拍', desc: '拍下身边问题，网格员接单', url: PAGES.reportNew, login: true, tone: 'blue' },
  workbenches: {
    resident: {
      title: '我的反映',
      action: { label: '随手拍 · 反映问题', url: PAGES.reportNew },
      filters: filters('暂无进行中的反映', '暂无记录'),
      fetch: list('mine'),
    },
    // the community's tickets: those filed without a grid (我不确定) wait here to be assigned
    organiser: {
      title: '社区工单',
      filters: [{ value: 'review', label: '待社区处理', empty: '暂无退单、待审核或督办的工单' }, ...filters('本社区暂无待分派或办理中的工单', '本社区暂无工单')],
      fetch: async (filter, cursor) => {
        // 待社区处理: returned or thrice-rejected tickets, handled ones at 审核, and 督办
        const page = filter === 'review'
          ? await reportsApi.list({ scope: 'review', cursor })
          : await reportsApi.list({ scope: 'community', status: filter as ReportListFilter | undefined, cursor })
        return { ...page, items: page.items.map((r) => ({ ...toWorkItem(r, false), deadline: r.status === 'dispatching' ? r.deadline : null })) }
      },
      overdueNote: (n) => `${n} 张工单已超时`,
    },
    grid_worker: {
      title: '网格工单',
      action: { label: '巡查上报 · 未诉先办', url: PAGES.reportPatrol },
      filters: filters('本网格暂无待办工单', '本网格暂无工单'),
      fetch: list('queue'),
      overdueNote: (n) => `${n} 张工单已超时，请优先处理`,
    },
  },
}
