import { Text, View } from '@tarojs/components'
import { DISPUTE_STATUS_LABELS, DISPUTE_STATUS_TONES, DISPUTE_TYPE_LABELS, links, type DisputeSummary } from '@/contract'
import { ListItem } from '@/components/ui/ListItem'
import { StatusTag } from '@/components/ui/StatusTag'
import { navigate } from '@/services/nav'
import { dayCountText, RELATION_LABELS } from '../../format'

/** One of the resident's cases: type, status, station, day count; opens the case. */
export function CaseRow({ d }: { d: DisputeSummary }) {
  return (
    <ListItem data-testid='dispute-row' onClick={() => navigate(links.disputeDetail(d.id))}>
      <View className='dispute-row__head'>
        <Text className='dispute-title'>{DISPUTE_TYPE_LABELS[d.type]}</Text>
        <StatusTag label={DISPUTE_STATUS_LABELS[d.status]} tone={DISPUTE_STATUS_TONES[d.status]} status={d.status} />
      </View>
      <Text className='dispute-meta'>{`${d.stationName} · 我是${RELATION_LABELS[d.relation]}`}</Text>
      <Text className='dispute-meta'>{dayCountText(d)}</Text>
      {d.summary && <Text className='dispute-meta'>{d.summary}</Text>}
    </ListItem>
  )
}
