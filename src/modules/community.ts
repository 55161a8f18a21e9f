// The community's figures: 民情地图 on 首页 for everyone, and the community worker's 数据看板 in 办事.
// Their pages are in packages/community.
import { PAGES } from '@/contract'
import type { ModuleDef } from './types'

export const communityModule: ModuleDef = {
  key: 'community',
  home: { title: '民情地图', desc: '各网格问题办得怎么样', url: PAGES.communityMap, tone: 'green' },
  url: PAGES.communityDashboard,
  workbenches: {
    // no list of its own: 办事 shows what it holds and the ways in
    organiser: {
      title: '社区数据看板',
      action: { label: '打开社区数据看板', url: PAGES.communityDashboard },
      links: [{ label: '民情地图', url: PAGES.communityMap }],
      note: '本社区和各网格的响应率、解决率、满意率、按时办结率，近8周趋势和热点预警。',
    },
  },
}
