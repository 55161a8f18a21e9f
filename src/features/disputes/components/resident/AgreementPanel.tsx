import { Text, View } from '@tarojs/components'
import { JUDICIAL_CONFIRM_DAYS, changeRequestSchema, type Agreement, type Dispute, type DisputeRelation } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { ConfirmTap } from '@/components/form/ConfirmTap'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { serverNow } from '@/services/http'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { dateText, daysLeft, obligorText, yuanText } from '../../format'

/** One obligation as the parties read it: who, what, how much, by when, how. */
export function ObligationText({ o, me, index }: { o: Agreement['obligations'][number]; me: DisputeRelation; index: number }) {
  return (
    <View className='dispute-block' data-testid='obligation'>
      <Text className='dispute-title'>{`第 ${index + 1} 项：${obligorText(o, me)}${o.what}`}</Text>
      {o.amount !== null && <Text className='dispute-line'>{`金额：${yuanText(o.amount)}`}</Text>}
      <Text className='dispute-line'>{`期限：${dateText(o.dueDate)} 前`}</Text>
      <Text className='dispute-line'>{`方式：${o.how}`}</Text>
    </View>
  )
}

const confirmedText = (at: string | null) => (at ? `已确认（${momentText(at)}）` : '未确认')

/** Both parties' confirmations of the current version. */
function Confirmations({ a }: { a: Agreement }) {
  return (
    <View data-testid='agreement-confirmations'>
      <Text className='dispute-line'>{`申请人：${confirmedText(a.confirmedAt.applicant)}`}</Text>
      <Text className='dispute-line'>{`对方当事人：${confirmedText(a.confirmedAt.respondent)}`}</Text>
    </View>
  )
}

/**
 * The agreement. A draft: the facts and each obligation to review, then 确认协议 (asked twice:
 * it binds) or 提出修改 with a reason. Sealed: its number, when each side confirmed, and the
 * 30 days for judicial confirmation, counted by the server's clock.
 */
export function AgreementPanel({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const a = d.agreement
  if (!a) return null
  const me = d.relation
  const sealed = !!a.sealedAt
  const lastChange = a.changes[a.changes.length - 1]
  return (
    <Section title={sealed ? '调解协议（已生效）' : `调解协议草稿（第 ${a.version} 稿）`}>
      <View className='dispute-stack' data-testid='agreement'>
        {sealed && a.no && (
          <Text className='dispute-title' data-testid='agreement-no'>
            {`协议编号：${a.no}`}
          </Text>
        )}
        {sealed && a.judicialDeadline && (
          <Notice type='info' title={`可在 ${JUDICIAL_CONFIRM_DAYS} 天内向人民法院申请司法确认`}>
            <Text data-testid='judicial-left'>
              {`截止 ${dateText(a.judicialDeadline)}，还剩 ${daysLeft(a.judicialDeadline, serverNow())} 天。经法院确认后，对方不履行时可以申请强制执行。`}
            </Text>
          </Notice>
        )}
        <Text className='dispute-meta'>纠纷事实</Text>
        <Text className='dispute-line'>{a.facts}</Text>
        {a.obligations.map((o, i) => (
          <ObligationText key={i} o={o} me={me} index={i} />
        ))}
        <Confirmations a={a} />
        {!sealed && lastChange && (
          <Notice type='info' title={lastChange.version === a.version ? '已提出修改意见' : '已按修改意见重新起草'}>
            {`${lastChange.by === me ? '您' : lastChange.by === 'applicant' ? '申请人' : '对方当事人'}：${lastChange.reason}`}
          </Notice>
        )}
        {d.can.includes('confirm') && (
          <ConfirmTap
            formId={`dispute-confirm-${d.id}-${a.version}`}
            label='确认协议'
            warning='确认后就等于在协议上签字。双方都确认后协议生效，双方都要按协议履行。'
            confirmLabel='我已看清，确认协议'
            send={(k) => disputesApi.confirm(d.id, k)}
            onDone={onChange}
          />
        )}
        {d.can.includes('change') && (
          <View data-testid='agreement-change'>
            <Tag tone='orange'>有不同意见</Tag>
            <ActionForm
              formId={`dispute-change-${d.id}-${a.version}`}
              schema={changeRequestSchema}
              send={(input, k) => disputesApi.change(d.id, input, k)}
              submitLabel='提出修改'
              onDone={onChange}
              fields={[{ name: 'reason', label: '修改意见', kind: 'text', required: true, maxlength: 300, placeholder: '哪一条要改，想怎么改', hint: '调解员会看到，重新起草后再请双方确认' }]}
            />
          </View>
        )}
      </View>
    </Section>
  )
}
