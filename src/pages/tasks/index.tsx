import { Text } from '@tarojs/components'
import { ROLE_LABELS } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { PageShell } from '@/components/ui/PageShell'
import { workbenchesFor } from '@/modules'
import { useSession } from '@/stores/session'
import { WorkbenchView } from './Workbench'
import './index.scss'

function Work() {
  const roles = useSession((s) => s.user?.roles)
  const active = useSession((s) => s.activeRole)
  const benches = workbenchesFor(roles ?? [], active)
  if (!benches.length) {
    return (
      <PageShell title={active ? `${ROLE_LABELS[active]}工作台` : '办事'}>
        <Text>这个身份暂时没有要办的事项。</Text>
      </PageShell>
    )
  }
  if (benches.length === 1) return <WorkbenchView key={`${benches[0].role}-${benches[0].key}`} bench={benches[0]} as='page' />
  // Several roles (a resident who volunteers): all their work, one section each; the active role
  // (我的 → 切换身份) comes first.
  return (
    <PageShell title='办事'>
      {benches.map((b) => (
        <WorkbenchView key={`${b.role}-${b.key}`} bench={b} as='section' heading={`${b.title}（${ROLE_LABELS[b.role]}）`} />
      ))}
    </PageShell>
  )
}

export default function TasksPage() {
  return (
    <LoginGate title='办事' reason='登录后可查看您反映的问题和办理进度。'>
      <Work />
    </LoginGate>
  )
}
