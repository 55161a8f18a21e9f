import { View, Text } from '@tarojs/components'
import { type Dispute } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { AgreementForm, AgreementView } from './AgreementPanel'
import { FiledPanel } from './FiledPanel'
import { ClosePanel, FollowupPanel, ReferPanel } from './FollowupPanel'
import { InvitePanel } from '../InvitePanel'
import { SchedulePanel } from './SchedulePanel'
import './mediator.scss'

interface Props {
  d: Dispute
  onChange: (d: Dispute) => void
  onTransferred: (d: Dispute) => void
}

/** What the mediator does next, as the server's `can` allows, on top of the case. */
export function NextStep({ d, onChange, onTransferred }: Props) {
  const can = d.can
  switch (d.status) {
    case 'filed':
      return can.includes('accept') || can.includes('transfer') ? <FiledPanel d={d} onChange={onChange} onTransferred={onTransferred} /> : null
    case 'accepted':
    case 'inviting':
      return (
        <>
          <InvitePanel d={d} onChange={onChange} />
          {can.includes('refer') && (
            <Section title='转介'>
              <ReferPanel d={d} onChange={onChange} />
            </Section>
          )}
        </>
      )
    case 'mediating':
      return (
        <>
          {can.includes('schedule') && <SchedulePanel d={d} onChange={onChange} />}
          {(d.agreement || can.includes('draft')) && (
            <Section title='调解协议'>
              <View className='dm-actions'>
                {d.agreement && <AgreementView a={d.agreement} />}
                {d.agreement && !d.agreement.no && <Text className='dm-note'>双方在手机上确认同一版后，协议生效并编号。</Text>}
                {can.includes('draft') && <AgreementForm d={d} onChange={onChange} />}
              </View>
            </Section>
          )}
          {can.includes('refer') && (
            <Section title='转介'>
              <ReferPanel d={d} onChange={onChange} />
            </Section>
          )}
        </>
      )
    case 'fulfilling':
      return (
        <>
          {d.agreement && (
            <Section title='调解协议'>
              <AgreementView a={d.agreement} />
            </Section>
          )}
          <FollowupPanel d={d} onChange={onChange} />
        </>
      )
    case 'referred':
    case 'closed':
      return (
        <>
          <Notice type={d.status === 'closed' ? 'success' : 'info'} title={d.status === 'closed' ? '已结案' : '已转介'}>
            {d.rating ? `申请人评价：${d.rating.comment || '（无评语）'}` : '申请人可以评价这次调解。'}
          </Notice>
          {d.agreement && (
            <Section title='调解协议'>
              <AgreementView a={d.agreement} />
            </Section>
          )}
          {can.includes('close') && <ClosePanel d={d} onChange={onChange} />}
        </>
      )
    default:
      return null
  }
}
