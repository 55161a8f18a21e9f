// The module registry: the one list the shell (首页, 办事) reads. A new module adds its file and
// one line here.
import type { Role } from '@/contract'
import { bookingModule } from './booking'
import { communityModule } from './community'
import { disputeModule } from './dispute'
import { merchantModule, pointsModule } from './points'
import { reportModule } from './report'
import type { HomeEntry, ModuleDef, ModuleWorkbench } from './types'

export type { HomeEntry, Meanwhile, ModuleDef, ModuleWorkbench, Place, WorkFilter, Workbench } from './types'

export const MODULES: readonly ModuleDef[] = [reportModule, bookingModule, disputeModule, pointsModule, merchantModule, communityModule]

export type HomeTile = HomeEntry & { key: string }

/**
 * The 首页 entries for someone holding `roles` (none when logged out): every module's entry,
 * except those meant for a role they do not hold.
 */
export function homeEntries(roles: readonly Role[] = []): HomeTile[] {
  const out: HomeTile[] = []
  for (const m of MODULES) {
    const home = m.home
    if (!home || (home.roles && !home.roles.some((r) => roles.includes(r)))) continue
    out.push({ key: m.key, ...home })
  }
  return out
}

/** Every workbench of the roles a person holds: the active role's first, then in `roles` order. */
export function workbenchesFor(roles: readonly Role[], active: Role | null): ModuleWorkbench[] {
  const ordered = active && roles.includes(active) ? [active, ...roles.filter((r) => r !== active)] : [...roles]
  const out: ModuleWorkbench[] = []
  for (const role of ordered) {
    for (const m of MODULES) {
      const w = m.workbenches[role]
      if (w) out.push({ key: m.key, role, url: m.url ?? m.home?.url, ...w })
    }
  }
  return out
}
