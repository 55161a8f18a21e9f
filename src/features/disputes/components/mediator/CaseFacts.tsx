import { View, Text } from '@tarojs/components'
import { DISPUTE_GATES, DISPUTE_GATE_LABELS, DISPUTE_STATUS_LABELS, DISPUTE_STATUS_TONES, DISPUTE_TYPE_LABELS, REFERRAL_LABELS, type Dispute } from '@/contract'
import { CallLink } from '@/components/ui/CallLink'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { Section } from '@/components/ui/Section'
import { Steps, type Step } from '@/components/ui/Steps'
import { StatusTag } from '@/components/ui/StatusTag'
import { Timeline } from '@/components/ui/Timeline'
import { momentText } from '@/utils/calendar'
import { dayCountText } from '../../format'
import '../disputes.scss'
import './mediator.scss'

/** What the case is, where it stands and for how long: the top of the mediator's page. */
export function CaseHead({ d }: { d: Dispute }) {
  const open = d.status !== 'closed' && d.status !== 'referred'
  return (
    <Section title={`${DISPUTE_TYPE_LABELS[d.type]}纠纷`}>
      <View className='dm-block' data-testid='case-head'>
        <View className='dm-row__head'>
          <StatusTag label={DISPUTE_STATUS_LABELS[d.status]} tone={DISPUTE_STATUS_TONES[d.status]} status={d.status} />
          <Text className='dm-row__meta'>{`案件号 ${d.id}`}</Text>
        </View>
        {open && <Text className='dm-days' data-testid='case-days'>{dayCountText(d)}</Text>}
        <Text className='dm-row__meta'>{`${momentText(d.createdAt)} 申请 · ${d.stationName}${d.mediatorName ? ` · 调解员 ${d.mediatorName}` : ''}`}</Text>
        {d.referral && <Text className='dm-line'>{`已转介：${REFERRAL_LABELS[d.referral.to]}。${d.referral.note}`}</Text>}
      </View>
    </Section>
  )
}

/** Both parties in full (the mediator may call them), what happened, what the applicant wants. */
export function CaseFacts({ d }: { d: Dispute }) {
  return (
    <>
      <Section title='当事人'>
        <View className='dm-party' data-testid='case-applicant'>
          <Text className='dm-sub'>{`申请人：${d.applicant.name}`}</Text>
          <CallLink phone={d.applicant.phone} label='致电申请人' />
        </View>
        <View className='dm-party' data-testid='case-other'>
          <Text className='dm-sub'>{`对方：${d.other.name || '（未留称呼）'}`}</Text>
          <Text className='dm-line'>{`住址：${d.other.whereabouts}`}</Text>
          {d.other.phone ? <CallLink phone={d.other.phone} label='致电对方' /> : <Text className='dm-note'>申请人未留对方电话</Text>}
          {d.respondentAgreed === true && <Text className='dm-line'>对方已同意调解</Text>}
          {d.respondentAgreed === false && <Text className='dispute-warn'>{`对方不同意调解：${d.respondentReason || '未说明原因'}`}</Text>}
        </View>
      </Section>
      <Section title='纠纷情况'>
        <View className='dm-block'>
          <Text className='dm-sub'>事情经过</Text>
          <Text className='dm-line' data-testid='case-description'>{d.description}</Text>
          <Text className='dm-sub'>申请人希望</Text>
          <Text className='dm-line'>{d.wants}</Text>
          {d.preferredTimes && <Text className='dm-line'>{`方便的时间：${d.preferredTimes}`}</Text>}
          {d.photos.length > 0 && <PhotoGrid photos={d.photos} label='纠纷照片' />}
        </View>
      </Section>
      {d.fromReport && (
        <Section title={`来源工单 ${d.fromReport.id}`}>
          <Timeline items={d.fromReport.events.slice().reverse().map((e, i) => ({ title: e.text, time: momentText(e.at), state: i === 0 ? 'current' : 'done' }))} />
        </Section>
      )}
    </>
  )
}

/** The gates with when and by whom, then every event, newest first. */
export function CaseHistory({ d }: { d: Dispute }) {
  const passed = new Map(d.gates.map((g) => [g.gate, g]))
  const firstOpen = DISPUTE_GATES.find((g) => !passed.get(g)?.at)
  const steps: Step[] = DISPUTE_GATES.map((g) => {
    const s = passed.get(g)
    return {
      key: g,
      label: DISPUTE_GATE_LABELS[g],
      state: s?.at ? 'done' : g === firstOpen ? 'current' : 'waiting',
      at: s?.at ?? undefined,
      actorName: s?.by || undefined,
    }
  })
  return (
    <>
      <Section title='办理进度'>
        <Steps steps={steps} />
      </Section>
      {d.events.length > 0 && (
        <Section title='案件记录'>
          <Timeline items={d.events.slice().reverse().map((e, i) => ({ title: e.text, time: momentText(e.at), text: e.by, state: i === 0 ? 'current' : 'done' }))} />
        </Section>
      )}
    </>
  )
}
