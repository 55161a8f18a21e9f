import { Text, View } from '@tarojs/components'
import { ACCEPT_WORKING_DAYS, DISPUTE_STATUS_LABELS, DISPUTE_STATUS_TONES, DISPUTE_TYPE_LABELS, type DisputeSummary } from '@/contract'
import { ListItem } from '@/components/ui/ListItem'
import { StatusTag } from '@/components/ui/StatusTag'
import { momentText } from '@/utils/calendar'
import { dayCountText, RELATION_LABELS } from '../format'
import './disputes.scss'

/**
 * One case in a list: type, status, what happened, the day count. A party reads which side they
 * are on; the mediator reads when it was filed. A case past the acceptance limit is flagged for
 * both: the mediator to act, the applicant to know whom to ask.
 */
export function CaseRow({ d, onOpen }: { d: DisputeSummary; onOpen: (d: DisputeSummary) => void }) {
  const meta = d.relation === 'mediator' ? `${momentText(d.createdAt)} 申请 · ${d.stationName}` : `${d.stationName} · 我是${RELATION_LABELS[d.relation]}`
  return (
    <ListItem data-testid='dispute-row' onClick={() => onOpen(d)}>
      <View className='dispute-row__head'>
        <Text className='dispute-title'>{DISPUTE_TYPE_LABELS[d.type]}</Text>
        <StatusTag label={DISPUTE_STATUS_LABELS[d.status]} tone={DISPUTE_STATUS_TONES[d.status]} status={d.status} />
      </View>
      {d.summary && <Text className='dispute-line'>{d.summary}</Text>}
      <Text className='dispute-meta'>{meta}</Text>
      <Text className='dispute-meta'>{dayCountText(d)}</Text>
      {d.overdue && (
        <Text className='dispute-warn' data-testid='dispute-overdue'>
          {d.relation === 'mediator' ? `超过${ACCEPT_WORKING_DAYS}个工作日未受理` : `超过${ACCEPT_WORKING_DAYS}个工作日还没受理，可以打电话问问解忧小屋`}
        </Text>
      )}
    </ListItem>
  )
}
