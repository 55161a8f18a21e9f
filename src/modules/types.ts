// What a module tells the shell about itself: its 首页 entry and, per role, its 办事 workbench.
import type { Page, Role, WorkItem } from '@/contract'

export interface HomeEntry {
  title: string
  desc: string
  url: string
  /** the entry asks for a login first */
  login?: boolean
  tone: 'blue' | 'green' | 'orange' | 'purple'
  /** shown only to people holding one of these roles (default: everyone) */
  roles?: readonly Role[]
}

/** A place people can go to or call today. */
export interface Place {
  name: string
  address: string
  /** dialled as written: digits and '-' */
  phone: string
  hours: string
}

/** Where to go in person instead, and what to do there (e.g. to register as a volunteer). */
export interface Meanwhile {
  /** one sentence, e.g. '上线前请到政务服务中心窗口办理，或先打电话问清所需材料。' */
  advice: string
  place: Place
  /** the place's address and phone are made up for the demo (say so next to them) */
  demo?: boolean
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
  /** more ways in, under the action (a workbench of pages rather than a list) */
  links?: { label: string; url: string }[]
  /** what the workbench is for, when it has no list */
  note?: string
  /** chips above the list; the first is the default */
  filters?: WorkFilter[]
  /** one page of work for the filter; `cursor` for 加载更多 */
  fetch?: (filter: string | undefined, cursor?: string) => Promise<Page<WorkItem>>
  /** a line above the list when some work is overdue */
  overdueNote?: (count: number) => string
}

/** A workbench as 办事 shows it: with its module and role. */
export interface ModuleWorkbench extends Workbench {
  /** the module's key */
  key: string
  role: Role
  /** the module's own page */
  url?: string
}

export interface ModuleDef {
  key: string
  home?: HomeEntry
  /** the module's own page, for a role that has no 首页 entry (e.g. the merchant's) */
  url?: string
  workbenches: Partial<Record<Role, Workbench>>
}
