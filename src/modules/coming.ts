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

export const disputeModule: ModuleDef = {
  key: 'dispute',
  home: { title: '解忧小屋', desc: '邻里纠纷调解', url: PAGES.dispute, tone: 'orange' },
  url: PAGES.dispute,
  meanwhile: station,
  workbenches: {
    mediator: { title: '调解员工作台', coming: '调解员工作台将随“解忧小屋”模块上线：受理纠纷、安排调解都会在这里。' },
  },
}

/** What the placeholder page of a module not built yet shows under its plans. */
export const MEANWHILE = {
  dispute: station,
} as const
