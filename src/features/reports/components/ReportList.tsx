import { View, Text } from '@tarojs/components'
import { CATEGORY_INFO, type ReportSummary } from '@/contract'
import { ListItem, StatusTag } from '@/components/ui'
import { formatDeadline, fromNow } from '@/utils/format'

interface Props {
  items: ReportSummary[]
  onOpen: (r: ReportSummary) => void
  /** the grid worker's queue shows deadlines first */
  queue?: boolean
}

export function ReportList({ items, onOpen, queue }: Props) {
  return (
    <View className='report-list'>
      {items.map((r) => (
        <ListItem key={r.id} onClick={() => onOpen(r)} data-testid='report-item'>
          <View className='report-item'>
            <View className='report-item__head'>
              <Text className='report-item__cat'>{CATEGORY_INFO[r.category].label}</Text>
              <StatusTag status={r.status} overdue={r.overdue} />
            </View>
            <Text className='report-item__excerpt'>{r.excerpt}</Text>
            <Text className='report-item__meta'>
              {r.id} · {r.address} · {fromNow(r.createdAt)}
              {r.relation === 'joined' ? ' · 我也遇到了' : ''}
            </Text>
            {queue && r.deadline && (r.status === 'pending' || r.status === 'handling') && (
              <Text className={r.overdue ? 'report-item__deadline is-overdue' : 'report-item__deadline'}>{formatDeadline(r.deadline)}</Text>
            )}
          </View>
        </ListItem>
      ))}
    </View>
  )
}
