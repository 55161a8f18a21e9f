import { View, Text } from '@tarojs/components'
import { JUDICIAL_CONFIRM_DAYS, agreementSchema, type Agreement, type AgreementInput, type Dispute, type Obligation } from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { serverNow } from '@/services/http'
import { chinaDay, dayText, momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { DateField } from '@/components/form/DateTime'
import { RELATION_LABELS, dateText, yuanText } from '../../format'
import './mediator.scss'

/** Placeholders, which tests type into. */
export const AGREEMENT_PLACEHOLDERS = {
  facts: '如：2026年11月，1202室卫生间漏水致1102室天花板受损，双方就维修和赔偿协商',
  what: '如：赔偿天花板修复费用',
  amount: '不涉及金额可不填',
  how: '如：微信转账给申请人',
} as const

/** The agreement as it stands: version, facts, obligations, each party's confirmation, change requests, the seal. */
export function AgreementView({ a }: { a: Agreement }) {
  return (
    <View className='dm-agreement' data-testid='agreement'>
      {a.no ? (
        <>
          <Text className='dm-sealed' data-testid='agreement-no'>{`调解协议书 ${a.no}`}</Text>
          {a.sealedAt && <Text className='dm-line'>{`双方已确认，${momentText(a.sealedAt)} 生效`}</Text>}
          {a.judicialDeadline && (
            <Text className='dm-note'>{`当事人可在 ${dateText(a.judicialDeadline)} 前（生效后 ${JUDICIAL_CONFIRM_DAYS} 日内）共同向人民法院申请司法确认。`}</Text>
          )}
        </>
      ) : (
        <Text className='dm-sub'>{`协议草稿 · 第 ${a.version} 版`}</Text>
      )}
      <Text className='dm-line'>{`拟定于 ${momentText(a.draftedAt)}`}</Text>
      <Text className='dm-sub'>纠纷事实</Text>
      <Text className='dm-line'>{a.facts}</Text>
      <Text className='dm-sub'>履行内容</Text>
      {a.obligations.map((o, i) => (
        <Text key={i} className='dm-line'>{`${i + 1}. ${obligationText(o)}`}</Text>
      ))}
      <Text className='dm-sub'>双方确认</Text>
      {(['applicant', 'respondent'] as const).map((p) => (
        <Text key={p} className='dm-line' data-testid={`confirm-${p}`}>
          {`${RELATION_LABELS[p]}：${a.confirmedAt[p] ? `已于 ${momentText(a.confirmedAt[p])} 确认第 ${a.version} 版` : '尚未确认'}`}
        </Text>
      ))}
      {a.changes.length > 0 && (
        <>
          <Text className='dm-sub'>修改意见</Text>
          {a.changes.map((c, i) => (
            <Text key={i} className='dm-line' data-testid='agreement-change'>{`${RELATION_LABELS[c.by]}（第 ${c.version} 版，${momentText(c.at)}）：${c.reason}`}</Text>
          ))}
        </>
      )}
    </View>
  )
}

export function obligationText(o: Pick<Obligation, 'party' | 'what' | 'amount' | 'dueDate' | 'how'>): string {
  return `${RELATION_LABELS[o.party]}${o.what}${o.amount !== null ? ` ${yuanText(o.amount)}` : ''}，${dayText(o.dueDate)}前，${o.how}`
}

interface Row extends Record<string, unknown> {
  party: 'applicant' | 'respondent' | ''
  what: string
  amount: string
  dueDate: string
  how: string
}
interface Values extends Record<string, unknown> {
  facts: string
  obligations: Row[]
}

const EMPTY_ROW: Row = { party: '', what: '', amount: '', dueDate: '', how: '' }
const PARTIES = (['applicant', 'respondent'] as const).map((value) => ({ value, label: RELATION_LABELS[value] }))

function valuesOf(a: Agreement | null): Values {
  if (!a) return { facts: '', obligations: [{ ...EMPTY_ROW }] }
  return {
    facts: a.facts,
    obligations: a.obligations.map((o) => ({ party: o.party, what: o.what, amount: o.amount === null ? '' : String(o.amount), dueDate: o.dueDate, how: o.how })),
  }
}

function toInput(v: Values): AgreementInput {
  return {
    facts: v.facts,
    obligations: v.obligations.map((r) => ({
      party: (r.party || undefined) as 'applicant',
      what: r.what,
      // an empty box is no money; anything else goes as typed so the schema can name it
      amount: r.amount.trim() === '' ? null : Number(r.amount.trim()),
      dueDate: r.dueDate || (undefined as unknown as string),
      how: r.how,
    })),
  }
}

/**
 * 起草协议: the facts and what each party will do, by when and how; rows added and removed.
 * Everything typed stays in a draft until the server takes it; a revision starts from the
 * current version and both parties confirm again.
 */
export function AgreementForm({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const draft = useDraft<Values>(`dispute-${d.id}-agreement`, valuesOf(d.agreement))
  const v = draft.values
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(agreementSchema, draft, (input: AgreementInput, k: string) => disputesApi.draftAgreement(d.id, input, k))
  const today = chinaDay(serverNow())

  const setRow = (i: number, patch: Partial<Row>) => {
    draft.set({ obligations: v.obligations.map((r, j) => (j === i ? { ...r, ...patch } : r)) })
    Object.keys(patch).forEach((k) => clearField(`obligations.${i}.${k}`))
    clearField('obligations')
  }
  const addRow = () => draft.set({ obligations: [...v.obligations, { ...EMPTY_ROW }] })
  const removeRow = (i: number) => draft.set({ obligations: v.obligations.filter((_, j) => j !== i) })

  const go = async () => {
    const res = await submit(toInput(v))
    if (res) onChange(res)
  }
  const revising = !!d.agreement

  return (
    <View className='dm-form' data-testid='agreement-form'>
      <Text className='dm-sub'>{revising ? `修改协议（提交后为第 ${(d.agreement?.version ?? 0) + 1} 版，双方需重新确认）` : '起草调解协议'}</Text>
      <Field name='facts' label='纠纷事实' required error={fields.facts}>
        <TextArea value={v.facts} maxlength={2000} placeholder={AGREEMENT_PLACEHOLDERS.facts} onChange={(t) => { draft.set({ facts: t }); clearField('facts') }} />
      </Field>
      {v.obligations.map((r, i) => {
        const f = (k: string) => fields[`obligations.${i}.${k}`]
        return (
          <View key={i} className='dm-obligation' data-testid='obligation-row'>
            <Text className='dm-sub'>{`第 ${i + 1} 项`}</Text>
            <Field name={`obligations.${i}.party`} label='由谁履行' required error={f('party')}>
              <ChipGroup name={`party-${i}`} options={PARTIES} value={r.party || null} onChange={(x) => setRow(i, { party: x })} />
            </Field>
            <Field name={`obligations.${i}.what`} label='履行内容' required error={f('what')}>
              <TextInput value={r.what} maxlength={200} placeholder={AGREEMENT_PLACEHOLDERS.what} onChange={(x) => setRow(i, { what: x })} />
            </Field>
            <Field name={`obligations.${i}.amount`} label='金额（元）' error={f('amount')}>
              <TextInput type='number' maxlength={9} value={r.amount} placeholder={AGREEMENT_PLACEHOLDERS.amount} onChange={(x) => setRow(i, { amount: x })} />
            </Field>
            <Field name={`obligations.${i}.dueDate`} label='履行期限' required error={f('dueDate')}>
              <DateField label={`第 ${i + 1} 项履行期限`} value={r.dueDate} minDate={today} onChange={(x) => setRow(i, { dueDate: x })} />
            </Field>
            <Field name={`obligations.${i}.how`} label='履行方式' required error={f('how')}>
              <TextInput value={r.how} maxlength={200} placeholder={AGREEMENT_PLACEHOLDERS.how} onChange={(x) => setRow(i, { how: x })} />
            </Field>
            {v.obligations.length > 1 && (
              <Button size='small' onClick={() => removeRow(i)}>
                {`删除第 ${i + 1} 项`}
              </Button>
            )}
          </View>
        )
      })}
      {fields.obligations && <Notice type='error'>{fields.obligations}</Notice>}
      {v.obligations.length < 10 && (
        <Button block onClick={addRow}>
          添加一项履行内容
        </Button>
      )}
      {error && <Notice type='error'>{error}</Notice>}
      <Button type='primary' block loading={submitting} disabled={submitting || waitSeconds > 0} onClick={() => void go()}>
        {revising ? '提交修改，请双方确认' : '提交协议，请双方确认'}
      </Button>
    </View>
  )
}
