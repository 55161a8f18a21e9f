import { View, Text } from '@tarojs/components'
import { reportAssignSchema, type Grid, type Report } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Section } from '@/components/ui/Section'
import { formatDeadline } from '@/utils/format'
import { reportsApi } from '../api'

interface Props {
  report: Report
  /** the district's grids (the page has them from geo); the community's own are offered */
  grids: readonly Grid[]
  onChange: (r: Report) => void
}

/**
 * 分派 for the community worker: the resident did not know the grid (我不确定), so the ticket
 * waits here; the place they typed decides which of the community's grids takes it.
 */
export function AssignPanel({ report: r, grids: all, onChange }: Props) {
  const grids = all
    .filter((g) => g.communityId === r.location.communityId)
    .map((g) => ({ value: g.id, label: `${g.name}（网格员 ${g.workerName}）` }))
  return (
    <Section title='请分派网格'>
      <View className='report-assign' data-testid='assign-panel'>
        <Text>{`居民不确定所在网格。问题位置：${r.location.address}`}</Text>
        {r.deadline && <Text className={r.overdue ? 'report-assign__late' : ''}>{`分派时限：${formatDeadline(r.deadline)}`}</Text>}
      </View>
      <ActionForm
        formId={`report-${r.id}-assign`}
        schema={reportAssignSchema}
        send={(input, k) => reportsApi.assign(r.id, input, k)}
        submitLabel='分派给该网格'
        onDone={onChange}
        fields={[{ name: 'gridId', label: '分派到', kind: 'select', required: true, options: grids, placeholder: '请选择本社区的网格' }]}
      />
    </Section>
  )
}
