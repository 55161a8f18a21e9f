// 志愿积分 and 合伙商企: the volunteer's and the organiser's activities in 办事, the merchant's
// workbench. Their pages are in packages/points and packages/merchant.
import {
  ACTIVITY_TYPE_LABELS,
  PAGES,
  PARTICIPANT_STATUS_LABELS,
  REDEMPTION_STATUS_LABELS,
  links,
  type ActivitySummary,
  type Page,
  type Redemption,
  type WorkItem,
} from '@/contract'
import { pointsApi } from '@/features/points/api'
import { ACTIVITY_STATUS_TONES, statusLabel } from '@/features/points/format'
import { spanText } from '@/utils/calendar'
import type { Meanwhile, ModuleDef } from './types'

/** Where to register as a volunteer: the app cannot make anyone one. */
export const PRACTICE_STATION: Meanwhile = {
  advice: '还不是志愿者？请到社区新时代文明实践站登记，登记后就能在这里报名活动。',
  place: {
    name: '西牌楼社区新时代文明实践站',
    address: '长沙市天心区西牌楼街 36 号社区党群服务中心一楼',
    phone: '0731-85000003',
    hours: '周一至周六 9:00–17:00',
  },
  demo: true,
}

function activityItem(a: ActivitySummary, link: string, mine: boolean): WorkItem {
  return {
    id: a.id,
    title: a.title,
    statusLabel: mine && a.mine ? PARTICIPANT_STATUS_LABELS[a.mine] : statusLabel(a.status),
    tone: ACTIVITY_STATUS_TONES[a.status],
    deadline: null,
    overdue: false,
    link,
    summary: spanText(a.start, a.end),
    meta: `${ACTIVITY_TYPE_LABELS[a.type]} · ${a.place}`,
    marks: !mine && a.status === 'open' ? [{ label: `已报名 ${a.signed}/${a.capacity}`, tone: 'blue' }] : undefined,
  }
}

const activities = (scope: 'mine' | 'organised', link: (id: string) => string) => async (_filter: string | undefined, cursor?: string): Promise<Page<WorkItem>> => {
  const page = await pointsApi.activities({ scope, cursor })
  return { ...page, items: page.items.map((a) => activityItem(a, link(a.id), scope === 'mine')) }
}

export const pointsModule: ModuleDef = {
  key: 'points',
  home: { title: '志愿积分', desc: '服务换积分', url: PAGES.points, tone: 'purple' },
  url: PAGES.points,
  workbenches: {
    volunteer: {
      title: '我的志愿活动',
      action: { label: '志愿积分 · 报名活动', url: PAGES.points },
      filters: [{ value: 'mine', label: '我报名的', empty: '还没有报名活动，到“志愿积分”看看本社区的活动' }],
      fetch: activities('mine', links.pointsActivity),
    },
    organiser: {
      title: '我发布的志愿活动',
      action: { label: '发布志愿活动', url: PAGES.pointsPublish },
      filters: [{ value: 'organised', label: '我发布的', empty: '还没有发布志愿活动' }],
      fetch: activities('organised', links.pointsAttendance),
    },
  },
}

function redemptionItem(r: Redemption): WorkItem {
  return {
    id: r.id,
    title: `${r.offerTitle} · ${r.points} 分`,
    statusLabel: REDEMPTION_STATUS_LABELS[r.status],
    tone: r.status === 'redeemed' ? 'green' : r.status === 'pending' ? 'orange' : 'grey',
    deadline: null,
    overdue: false,
    link: PAGES.merchant,
    summary: `志愿者 ${r.volunteerName}`,
    meta: r.id,
    at: r.redeemedAt ?? r.createdAt,
  }
}

export const merchantModule: ModuleDef = {
  key: 'merchant',
  // only merchants see it on 首页: it is their own place, not a service for residents
  home: { title: '合伙商企', desc: '积分兑换与核销', url: PAGES.merchant, tone: 'blue', roles: ['merchant'] },
  url: PAGES.merchant,
  workbenches: {
    merchant: {
      title: '合伙商企工作台',
      action: { label: '核销兑换码', url: PAGES.merchantVerify },
      filters: [{ value: 'all', label: '兑换记录', empty: '还没有兑换记录' }],
      fetch: async (_f, cursor) => {
        const page = await pointsApi.redemptions({ cursor })
        return { ...page, items: page.items.map(redemptionItem) }
      },
    },
  },
}
