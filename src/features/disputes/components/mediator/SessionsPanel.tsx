import { View, Text } from '@tarojs/components'
import { sessionRecordSchema, type Dispute, type MediationSession } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Empty } from '@/components/ui/Empty'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { serverNow } from '@/services/http'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { dutyPersonText, sessionTime } from '../../format'
import './mediator.scss'

/** Placeholders, which tests type into. */
export const RECORD_PLACEHOLDERS = {
  minutes: '如：双方陈述了漏水经过，同意先请物业检测漏点',
  privateNote: '如：对方情绪较激动，下次先单独沟通',
} as const

interface Props {
  d: Dispute
  onChange: (d: Dispute) => void
}

/**
 * The sessions, newest first: when, where, who sits in; the shared minutes (both parties read
 * them) and the private note (the mediator's only). Recorded once a session has begun.
 */
export function SessionsPanel({ d, onChange }: Props) {
  const sessions = d.sessions.slice().sort((a, b) => b.at.localeCompare(a.at))
  const canRecord = d.can.includes('record')
  return (
    <Section title='调解记录'>
      {!sessions.length && <Empty text='还没有安排调解' />}
      {sessions.map((s) => (
        <SessionCard key={s.id} d={d} s={s} canRecord={canRecord && Date.parse(s.at) <= serverNow()} onChange={onChange} />
      ))}
    </Section>
  )
}

function SessionCard({ d, s, canRecord, onChange }: { d: Dispute; s: MediationSession; canRecord: boolean; onChange: (d: Dispute) => void }) {
  return (
    <View className='dm-session' data-testid='session'>
      <View className='dm-row__head'>
        <Text className='dm-row__title'>{sessionTime(s)}</Text>
        <Tag tone={s.recordedAt ? 'green' : 'blue'}>{s.recordedAt ? '已记录' : '待调解'}</Tag>
      </View>
      <Text className='dm-line'>{`地点：${s.room}`}</Text>
      {s.police && <Text className='dm-line'>{`坐堂：${dutyPersonText(s.police)}`}</Text>}
      {s.lawyer && <Text className='dm-line'>{`坐堂：${dutyPersonText(s.lawyer)}`}</Text>}
      {s.minutes && (
        <View className='dm-block' data-testid='session-minutes'>
          <Text className='dm-sub'>调解记录（双方可见）</Text>
          <Text className='dm-line'>{s.minutes}</Text>
          {s.recordedAt && <Text className='dm-note'>{`记录于 ${momentText(s.recordedAt)}`}</Text>}
        </View>
      )}
      {s.privateNote && (
        <View className='dm-private' data-testid='session-private'>
          <Text>内部备注（仅调解员可见，当事人看不到）</Text>
          <Text>{s.privateNote}</Text>
        </View>
      )}
      {canRecord && (
        <ActionForm
          formId={`dispute-${d.id}-record-${s.id}`}
          schema={sessionRecordSchema}
          send={(input, k) => disputesApi.record(d.id, s.id, input, k)}
          submitLabel={s.recordedAt ? '更新记录' : '保存记录'}
          onDone={onChange}
          fields={[
            { name: 'minutes', label: '调解记录（双方可见）', kind: 'text', required: true, maxlength: 2000, placeholder: RECORD_PLACEHOLDERS.minutes, initial: s.minutes },
            {
              name: 'privateNote',
              label: '内部备注（仅调解员可见）',
              kind: 'text',
              maxlength: 2000,
              hint: '只有您能看到，不会给申请人和对方看',
              placeholder: RECORD_PLACEHOLDERS.privateNote,
              initial: s.privateNote ?? '',
            },
          ]}
        />
      )}
    </View>
  )
}
