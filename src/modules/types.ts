// What a module tells the shell about itself: its 首页 entry and, per role, its 办事 workbench.
import type { Page, Role, WorkItem } from '@/contract'

export interface HomeEntry {
  title: string
  desc: string
  url: string
  /** the entry asks for a login first */
  login?: boolean
  tone: 'blue' | 'green' | 'orange' | 'purple'
}

export interface WorkFilter {
  value: string
  label: string
  /** shown when this filter lists nothing */
  empty: string
}

export interface Workbench {
  /** the page heading, e.g. '网格工单' */
  title: string
  /** a button on top, e.g. 随手拍 · 反映问题 */
  action?: { label: string; url: string }
  /** chips above the list; the first is the default */
  filters?: WorkFilter[]
  /** one page of work for the filter; `cursor` for 加载更多 */
  fetch?: (filter: string | undefined, cursor?: string) => Promise<Page<WorkItem>>
  /** a line above the list when some work is overdue */
  overdueNote?: (count: number) => string
  /** the module is not built yet: says what this workbench will hold, instead of a list */
  coming?: string
}

export interface ModuleDef {
  key: string
  home?: HomeEntry
  workbenches: Partial<Record<Role, Workbench>>
}
