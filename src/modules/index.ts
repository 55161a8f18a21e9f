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

export type RoleWorkbench = Workbench & { key: string; role: Role }

/** Every workbench of the roles a person holds: the active role's first, then in `roles` order. */
export function workbenchesFor(roles: readonly Role[], active: Role | null): RoleWorkbench[] {
  const ordered = active && roles.includes(active) ? [active, ...roles.filter((r) => r !== active)] : [...roles]
  const out: RoleWorkbench[] = []
  for (const role of ordered) {
    for (const m of MODULES) {
      const w = m.workbenches[role]
      if (w) out.push({ key: m.key, role, ...w })
    }
  }
  return out
}
