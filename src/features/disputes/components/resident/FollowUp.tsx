import { Text, View } from '@tarojs/components'
import { RATINGS, RATING_LABELS, REFERRAL_LABELS, disputeRateSchema, type Dispute, type Obligation } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { RatingPanel } from '@/components/form/RatingPanel'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { RELATION_LABELS, dateText, obligorText, yuanText } from '../../format'

const doneTag = (o: Obligation) =>
  o.done === null ? <Tag tone='orange'>待回访</Tag> : o.done ? <Tag tone='green'>已履行</Tag> : <Tag tone='red'>未履行</Tag>

/** A sealed agreement's obligations, each with its follow-up and, for a party, 已履行 / 未履行. */
export function ObligationFollowUp({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const a = d.agreement
  if (!a?.sealedAt) return null
  // the server says whether this party may report now (`fulfil`); per obligation, the one they
  // reported last waits for the mediator's visit, as the server's rule has it
  const canReport = d.relation !== 'mediator' && d.can.includes('fulfil')
  return (
    <Section title='履行情况'>
      {a.obligations.map((o, i) => (
        <View key={i} className='dispute-block' data-testid='obligation-followup'>
          <View className='dispute-row__head'>
            <Text className='dispute-title'>{`${obligorText(o, d.relation)}${o.what}`}</Text>
            {doneTag(o)}
          </View>
          <Text className='dispute-meta'>{`${o.amount !== null ? `${yuanText(o.amount)} · ` : ''}${dateText(o.dueDate)} 前 · ${o.how}`}</Text>
          {o.reports.map((r, j) => (
            <Text key={j} className='dispute-meta'>
              {`${momentText(r.at)} ${r.by === d.relation ? '您' : RELATION_LABELS[r.by]}：${r.done ? '已履行' : '未履行'}${r.note ? `，${r.note}` : ''}`}
            </Text>
          ))}
          {d.status === 'fulfilling' && o.done !== true && (o.reports[o.reports.length - 1]?.by === d.relation ? (
            <Text className='dispute-line'>已收到您的反馈，调解员回访核实后会更新。</Text>
          ) : (
            canReport && (
              // reported once until the mediator visits: the server holds the same rule
              <View className='dispute-actions'>
                <OneTap formId={`dispute-fulfil-${d.id}-${i}-${o.reports.length}-yes`} label='已履行' send={(k) => disputesApi.fulfil(d.id, i, { done: true, note: '' }, k)} onDone={onChange} />
                <OneTap formId={`dispute-fulfil-${d.id}-${i}-${o.reports.length}-no`} label='未履行' type='secondary' send={(k) => disputesApi.fulfil(d.id, i, { done: false, note: '' }, k)} onDone={onChange} />
              </View>
            )
          ))}
        </View>
      ))}
    </Section>
  )
}

/** Where a case with no agreement goes next. */
export function ReferralPanel({ d }: { d: Dispute }) {
  if (!d.referral) return null
  return (
    <Section title='转介去处'>
      <View className='dispute-stack' data-testid='dispute-referral'>
        <Text className='dispute-title'>{REFERRAL_LABELS[d.referral.to]}</Text>
        <Text className='dispute-line'>{d.referral.note}</Text>
        <Text className='dispute-meta'>{`${momentText(d.referral.at)} 转介`}</Text>
      </View>
    </Section>
  )
}

/** The applicant's rating once the case ended; their rating afterwards. */
export function RatePanel({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  if (d.rating) {
    return (
      <Section title='我的评价'>
        <Text className='dispute-line'>{`${RATING_LABELS[d.rating.rating]}${d.rating.comment ? `：${d.rating.comment}` : ''}`}</Text>
      </Section>
    )
  }
  if (!d.can.includes('rate')) return null
  return (
    <RatingPanel
      formId={`dispute-rate-${d.id}`}
      title='评价这次调解'
      schema={disputeRateSchema}
      options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))}
      commentMax={300}
      send={(input, k) => disputesApi.rate(d.id, input, k)}
      onDone={onChange}
    />
  )
}
