import { View, Text } from '@tarojs/components'
import type { WorkItem } from '@/contract'
import { ListItem } from '@/components/ui/ListItem'
import { StatusTag } from '@/components/ui/StatusTag'
import { navigate } from '@/services/nav'
import { formatDeadline, fromNow } from '@/utils/format'
import './form.scss'

export interface WorkListProps {
  items: WorkItem[]
}

/** Work of any module as one list: title and status, what it is about, small print, time limit. */
export function WorkList({ items }: WorkListProps) {
  return (
    <View className='work-list'>
      {items.map((w) => (
        <ListItem key={w.id} onClick={() => navigate(w.link)} data-testid='work-item'>
          <View className='work-item'>
            <View className='work-item__head'>
              <View className='work-item__titles'>
                <Text className='work-item__title'>{w.title}</Text>
                {w.marks?.map((m) => (
                  <Text key={m.label} className={`work-item__mark work-item__mark--${m.tone}`} data-testid='work-mark'>
                    {m.label}
                  </Text>
                ))}
              </View>
              <StatusTag label={w.statusLabel} tone={w.tone} overdue={w.overdue} />
            </View>
            {w.summary && <Text className='work-item__summary'>{w.summary}</Text>}
            {(w.meta || w.at) && <Text className='work-item__meta'>{[w.meta, w.at && fromNow(w.at)].filter(Boolean).join(' · ')}</Text>}
            {w.deadline && <Text className={w.overdue ? 'work-item__deadline is-overdue' : 'work-item__deadline'}>{formatDeadline(w.deadline)}</Text>}
          </View>
        </ListItem>
      ))}
    </View>
  )
}
