import { useState } from 'react'
import { Text } from '@tarojs/components'
import { ROLE_LABELS } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { PageShell } from '@/components/ui/PageShell'
import { workbenchesOf } from '@/modules'
import { useSession } from '@/stores/session'
import { WorkbenchView } from './Workbench'

function Work() {
  const role = useSession((s) => s.activeRole)
  const [picked, setPicked] = useState<string>()
  const benches = role ? workbenchesOf(role) : []
  if (!role || !benches.length) {
    return (
      <PageShell title={role ? `${ROLE_LABELS[role]}工作台` : '办事'}>
        <Text>这个身份暂时没有要办的事项。</Text>
      </PageShell>
    )
  }
  const bench = benches.find((b) => b.key === picked) ?? benches[0]
  return (
    <>
      {/* a role that works in several modules picks one; each keeps its own list */}
      {benches.length > 1 && (
        <ChipGroup name='workbench' options={benches.map((b) => ({ value: b.key, label: b.title }))} value={bench.key} onChange={setPicked} />
      )}
      <WorkbenchView key={`${role}-${bench.key}`} bench={bench} />
    </>
  )
}

export default function TasksPage() {
  return (
    <LoginGate title='办事' reason='登录后可查看您反映的问题和办理进度。'>
      <Work />
    </LoginGate>
  )
}
