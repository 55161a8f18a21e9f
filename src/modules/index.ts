// The module registry: the one list the shell (首页, 办事) reads. A new module adds its file and
// one line here.
import type { Role } from '@/contract'
import { bookingModule, disputeModule, merchantModule, pointsModule } from './coming'
import { reportModule } from './report'
import type { HomeEntry, ModuleDef, Workbench } from './types'

export type { HomeEntry, ModuleDef, WorkFilter, Workbench } from './types'

export const MODULES: readonly ModuleDef[] = [reportModule, bookingModule, disputeModule, pointsModule, merchantModule]

export function homeEntries(): (HomeEntry & { key: string })[] {
  return MODULES.filter((m) => m.home).map((m) => ({ key: m.key, ...(m.home as HomeEntry) }))
}

export function workbenchesOf(role: Role): (Workbench & { key: string })[] {
  const out: (Workbench & { key: string })[] = []
  for (const m of MODULES) {
    const w = m.workbenches[role]
    if (w) out.push({ key: m.key, ...w })
  }
  return out
}
