// Modules not built yet: their 首页 entries and workbenches say so honestly, and say what to do
// meanwhile: a place in 天心区 to go to or call. The places' addresses and phones are demo data
// (`demo: true`), shown as such, until the district gives the real ones.
import { PAGES } from '@/contract'
import type { Meanwhile, ModuleDef } from './types'

const station: Meanwhile = {
  advice: '邻里、物业、家庭纠纷，现在就可以到解忧小屋当面申请调解，或先打电话约时间。',
  place: {
    name: '西牌楼社区解忧小屋',
    address: '长沙市天心区西牌楼街 36 号社区党群服务中心二楼',
    phone: '0731-85000002',
    hours: '每天 9:00–17:30',
  },
  demo: true,
}

const practiceStation: Meanwhile = {
  advice: '想参加志愿活动，请到社区新时代文明实践站报名；服务时长先由站点登记。',
  place: {
    name: '西牌楼社区新时代文明实践站',
    address: '长沙市天心区西牌楼街 36 号社区党群服务中心一楼',
    phone: '0731-85000003',
    hours: '周一至周六 9:00–17:00',
  },
  demo: true,
}

const neighbourhoodOffice: Meanwhile = {
  advice: '想成为合伙商企、上架兑换商品，请先联系社区居委会登记。',
  place: {
    name: '西牌楼社区居委会',
    address: '长沙市天心区西牌楼街 36 号社区党群服务中心一楼',
    phone: '0731-85000004',
    hours: '周一至周五 8:30–12:00、14:00–17:30',
  },
  demo: true,
}

export const disputeModule: ModuleDef = {
  key: 'dispute',
  home: { title: '解忧小屋', desc: '邻里纠纷调解', url: PAGES.dispute, tone: 'orange' },
  url: PAGES.dispute,
  meanwhile: station,
  workbenches: {
    mediator: { title: '调解员工作台', coming: '调解员工作台将随“解忧小屋”模块上线：受理纠纷、安排调解都会在这里。' },
  },
}

export const pointsModule: ModuleDef = {
  key: 'points',
  home: { title: '志愿积分', desc: '服务换积分', url: PAGES.points, tone: 'purple' },
  url: PAGES.points,
  meanwhile: practiceStation,
  workbenches: {
    volunteer: { title: '志愿者工作台', coming: '志愿者的活动报名、签到和积分将随“志愿积分”模块上线。' },
    organiser: { title: '社区工作者工作台', coming: '社区工作者的活动发布与时长确认将随“志愿积分”模块上线。' },
  },
}

export const merchantModule: ModuleDef = {
  key: 'merchant',
  // only merchants see it on 首页: it is their own place, not a service for residents
  home: { title: '合伙商企', desc: '积分兑换与核销', url: PAGES.merchant, tone: 'blue', roles: ['merchant'] },
  url: PAGES.merchant,
  meanwhile: neighbourhoodOffice,
  workbenches: {
    merchant: { title: '合伙商企工作台', coming: '商企的兑换核销将随“志愿积分”模块上线。' },
  },
}

/** What the placeholder page of a module not built yet shows under its plans. */
export const MEANWHILE = {
  dispute: station,
  points: practiceStation,
  merchant: neighbourhoodOffice,
} as const
