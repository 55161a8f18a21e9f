// Modules not built yet: their 首页 entries and workbenches say so honestly.
import { PAGES } from '@/contract'
import type { ModuleDef } from './types'

export const bookingModule: ModuleDef = {
  key: 'booking',
  home: { title: '帮代办', desc: '预约帮办代办（即将上线）', url: PAGES.booking, tone: 'green' },
  workbenches: {
    helper: { title: '帮代办专员工作台', coming: '帮代办专员工作台将随“帮代办”模块上线：预约签到、代办进度都会在这里。' },
  },
}

export const disputeModule: ModuleDef = {
  key: 'dispute',
  home: { title: '解忧小屋', desc: '邻里纠纷调解（即将上线）', url: PAGES.dispute, tone: 'orange' },
  workbenches: {
    mediator: { title: '调解员工作台', coming: '调解员工作台将随“解忧小屋”模块上线：受理纠纷、安排调解都会在这里。' },
  },
}

export const pointsModule: ModuleDef = {
  key: 'points',
  home: { title: '志愿积分', desc: '服务换积分（即将上线）', url: PAGES.points, tone: 'purple' },
  workbenches: {
    volunteer: { title: '志愿者工作台', coming: '志愿者的活动报名、签到和积分将随“志愿积分”模块上线。' },
    organiser: { title: '社区工作者工作台', coming: '社区工作者的活动发布与时长确认将随“志愿积分”模块上线。' },
  },
}

export const merchantModule: ModuleDef = {
  key: 'merchant',
  workbenches: {
    merchant: { title: '合伙商企工作台', coming: '商企的兑换核销将随“志愿积分”模块上线。' },
  },
}
