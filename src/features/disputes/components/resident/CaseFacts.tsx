import { Text, View } from '@tarojs/components'
import { DISPUTE_STATUS_LABELS, DISPUTE_STATUS_TONES, DISPUTE_TYPE_LABELS, type Dispute, type MediationSession } from '@/contract'
import { PhotoGrid } from '@/components/ui/PhotoGrid'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { Steps } from '@/components/ui/Steps'
import { Timeline } from '@/components/ui/Timeline'
import { momentText } from '@/utils/calendar'
import { dayCountText, dutyPersonText, gateSteps, nextStepText } from '../../format'

/** The top of a case: its status, what happens next and the day count. */
export function CaseHead({ d }: { d: Dispute }) {
  return (
    <View className='dispute-stack' data-testid='dispute-head'>
      <View className='dispute-row__head'>
        <Text className='dispute-title'>{`${DISPUTE_TYPE_LABELS[d.type]} · ${d.stationName}`}</Text>
        <StatusTag label={DISPUTE_STATUS_LABELS[d.status]} tone={DISPUTE_STATUS_TONES[d.status]} status={d.status} />
      </View>
      <Text className='dispute-next' data-testid='dispute-next'>
        {nextStepText(d)}
      </Text>
      <Text className='dispute-days' data-testid='dispute-days'>
        {dayCountText(d)}
      </Text>
    </View>
  )
}

/** The gates with time and actor, then every event, newest first. */
export function CaseProgress({ d }: { d: Dispute }) {
  const events = [...d.events].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <Section title='办理进度'>
      <Steps steps={gateSteps(d)} />
      {events.length > 0 && (
        <Timeline items={events.map((e, i) => ({ title: e.text, time: momentText(e.at), text: e.by || undefined, state: i === 0 ? 'current' : 'done' }))} />
      )}
    </Section>
  )
}

const sessionPeople = (s: MediationSession) => {
  const who = ['调解员', ...[s.police, s.lawyer].filter((p): p is NonNullable<typeof p> => !!p).map(dutyPersonText)]
  return who.join('、')
}

/** The sessions: when, where, who joins, and the minutes shared with both parties. */
export function SessionList({ d }: { d: Dispute }) {
  if (!d.sessions.length) return null
  const sessions = [...d.sessions].sort((a, b) => a.at.localeCompare(b.at))
  return (
    <Section title='调解安排'>
      {sessions.map((s, i) => (
        <View key={s.id} className='dispute-block' data-testid='dispute-session'>
          <Text className='dispute-title'>{`第 ${i + 1} 次：${momentText(s.at)}`}</Text>
          <Text className='dispute-line'>{`地点：${s.room}（约 ${s.durationMinutes} 分钟）`}</Text>
          <Text className='dispute-line'>{`参加：${sessionPeople(s)}`}</Text>
          {s.minutes ? <Text className='dispute-line'>{`调解记录：${s.minutes}`}</Text> : <Text className='dispute-meta'>调解后，调解员会把记录写在这里。</Text>}
        </View>
      ))}
    </Section>
  )
}

const row = (label: string, value: string) =>
  value ? (
    <View className='dispute-block'>
      <Text className='dispute-meta'>{label}</Text>
      <Text className='dispute-line'>{value}</Text>
    </View>
  ) : null

/** What the case is about. The applicant sees their own contact; the other party a masked one. */
export function CaseFacts({ d }: { d: Dispute }) {
  return (
    <Section title='申请内容'>
      <View data-testid='dispute-facts'>
        {row('申请时间', momentText(d.createdAt))}
        {row('事情经过', d.description)}
        {row('希望怎样解决', d.wants)}
        {row('申请人', [d.applicant.name, d.applicant.phone].filter(Boolean).join(' '))}
        {row('对方', [d.other.whereabouts, d.other.name, d.other.phone].filter(Boolean).join(' '))}
        {d.respondentAgreed === false && row('对方不同意调解', d.respondentReason || '没有说明原因')}
        {row('方便的时间', d.preferredTimes)}
        {row('调解员', d.mediatorName)}
        {d.fromReport && (
          <View className='dispute-block' data-testid='dispute-from-report'>
            <Text className='dispute-meta'>{`来自随手拍工单 ${d.fromReport.id}`}</Text>
            {d.fromReport.events.map((e, i) => (
              <Text key={i} className='dispute-meta'>{`${momentText(e.at)} ${e.text}`}</Text>
            ))}
          </View>
        )}
        {d.photos.length > 0 && (
          <View className='dispute-block'>
            <Text className='dispute-meta'>照片</Text>
            <PhotoGrid photos={d.photos} label='调解申请的照片' />
          </View>
        )}
      </View>
    </Section>
  )
}
