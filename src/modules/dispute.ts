// 解忧小屋: a resident's cases (as applicant or other party) and the mediator's queue in 办事.
// The mediator's own page is the desk; the on-duty police officer and lawyer find their
// sessions there too.
import {
  DISPUTE_STATUS_LABELS,
  DISPUTE_STATUS_TONES,
  DISPUTE_TYPE_LABELS,
  PAGES,
  links,
  type DisputeListQuery,
  type DisputeSummary,
  type Page,
  type WorkItem,
} from '@/contract'
import { disputesApi } from '@/features/disputes/api'
import type { ModuleDef } from './types'

function toWorkItem(d: DisputeSummary, link: string): WorkItem {
  const marks: NonNullable<WorkItem['marks']> = []
  if (d.overdue) marks.push({ label: '超时未受理', tone: 'red' })
  if (d.relation === 'respondent') marks.push({ label: '我是被申请人', tone: 'blue' })
  return {
    id: d.id,
    title: `${DISPUTE_TYPE_LABELS[d.type]} · ${d.stationName}`,
    statusLabel: DISPUTE_STATUS_LABELS[d.status],
    tone: DISPUTE_STATUS_TONES[d.status],
    deadline: null,
    overdue: d.overdue,
    link,
    summary: d.summary,
    meta: `${d.id} · 第 ${d.days} 天`,
    at: d.createdAt,
    marks: marks.length ? marks : undefined,
  }
}

const cases = (scope: DisputeListQuery['scope'], link: (id: string) => string) => async (_f: string | undefined, cursor?: string): Promise<Page<WorkItem>> => {
  const page = await disputesApi.list({ scope, cursor })
  return { ...page, items: page.items.map((d) => toWorkItem(d, link(d.id))) }
}

export const disputeModule: ModuleDef = {
  key: 'dispute',
  home: { title: '解忧小屋', desc: '邻里纠纷调解', url: PAGES.dispute, tone: 'orange' },
  url: PAGES.dispute,
  workbenches: {
    resident: {
      title: '我的调解',
      action: { label: '解忧小屋 · 申请调解', url: PAGES.dispute },
      filters: [{ value: 'mine', label: '我的调解', empty: '没有调解案件。邻里纠纷可以到“解忧小屋”申请调解' }],
      fetch: cases('mine', links.disputeDetail),
    },
    mediator: {
      title: '调解员工作台',
      action: { label: '打开调解员工作台', url: PAGES.disputeDesk },
      filters: [
        { value: 'queue', label: '待办', empty: '没有待受理或进行中的案件' },
        { value: 'done', label: '已结案', empty: '还没有结案的案件' },
      ],
      fetch: async (filter, cursor) => cases(filter === 'done' ? 'done' : 'queue', links.disputeCase)(filter, cursor),
    },
  },
}
