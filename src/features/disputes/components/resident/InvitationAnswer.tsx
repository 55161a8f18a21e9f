import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DISPUTE_TYPE_LABELS, invitationAnswerSchema, links, type Dispute, type InvitationView } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { navigate } from '@/services/nav'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'

export const CODE_PLACEHOLDER = '8位邀请码'
export const DECLINE_PLACEHOLDER = '说说为什么不同意，调解员会转告申请人'

/** What the other party reads before answering: no contact details of the applicant. */
export function InvitationSummary({ v }: { v: InvitationView }) {
  return (
    <Section title='调解邀请'>
      <View className='dispute-stack' data-testid='invitation-summary'>
        <Text className='dispute-line'>{`${v.applicantName} 向${v.stationName}申请调解一件${DISPUTE_TYPE_LABELS[v.type]}纠纷，邀请您参加。`}</Text>
        <View className='dispute-block'>
          <Text className='dispute-meta'>对方说的经过</Text>
          <Text className='dispute-line'>{v.description}</Text>
        </View>
        <View className='dispute-block'>
          <Text className='dispute-meta'>对方希望</Text>
          <Text className='dispute-line'>{v.wants}</Text>
        </View>
        <Text className='dispute-meta'>人民调解自愿、免费、保密：您可以不同意；同意后，调解员会和双方约定时间，在解忧小屋当面调解。</Text>
        <Text className='dispute-meta'>{`邀请有效期到 ${momentText(v.expiresAt)}`}</Text>
      </View>
    </Section>
  )
}

/** 同意调解 at once; 不同意 asks first, with an optional reason kept in a draft. */
export function InvitationAnswer({ v, onDone }: { v: InvitationView; onDone: (d: Dispute, agreed: boolean) => void }) {
  const [declining, setDeclining] = useState(false)
  const draft = useDraft(`dispute-decline-${v.code}`, { reason: '' })
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(invitationAnswerSchema, draft, (input, k) => disputesApi.answer(v.code, input, k))
  const decline = async () => {
    const d = await submit({ agree: false, reason: draft.values.reason })
    if (d) onDone(d, false)
  }
  if (v.mine) {
    return (
      <Notice type='info' title='这是您发出的邀请'>
        请把邀请码或这个二维码交给对方：对方在自己的手机上打开，才能同意或不同意调解。
      </Notice>
    )
  }
  if (v.answeredByMe) {
    return (
      <View className='dispute-actions'>
        <Notice type='info'>您已经答复过这个邀请。</Notice>
        <Button type='primary' block onClick={() => navigate(links.disputeDetail(v.disputeId))}>
          查看这件调解
        </Button>
      </View>
    )
  }
  if (!v.open) return <Notice type='warning' title='这个邀请已经不能答复'>邀请码已用过或已过期，或这件调解已经结束。如需调解，请联系申请人重新生成邀请码，或直接到解忧小屋。</Notice>
  return (
    <View className='dispute-actions' data-testid='invitation-answer'>
      {!declining && (
        <>
          <OneTap formId={`dispute-agree-${v.code}`} label='同意调解' send={(k) => disputesApi.answer(v.code, { agree: true, reason: '' }, k)} onDone={(d) => onDone(d, true)} />
          <Button block onClick={() => setDeclining(true)}>
            不同意
          </Button>
        </>
      )}
      {declining && (
        <View className='dispute-stack'>
          <Notice type='warning'>不同意后，这次邀请就结束了，调解员会告诉申请人。申请人可能会去法院等其他途径解决。</Notice>
          <Field name='reason' label='不同意的原因（可不填）' error={fields.reason}>
            <TextArea
              value={draft.values.reason}
              maxlength={200}
              placeholder={DECLINE_PLACEHOLDER}
              onChange={(reason) => {
                draft.set({ reason })
                clearField('reason')
              }}
            />
          </Field>
          {error && <Notice type='error'>{error}</Notice>}
          <Button type='danger' block loading={submitting} disabled={submitting || waitSeconds > 0} onClick={decline}>
            确认不同意
          </Button>
          <Button block onClick={() => setDeclining(false)}>
            先不了
          </Button>
        </View>
      )}
    </View>
  )
}

/** After answering: what it means now, and the way to the case if they agreed. */
export function InvitationResult({ d, agreed }: { d: Dispute; agreed: boolean }) {
  if (!agreed) {
    return (
      <Notice type='info' title='您已表示不同意调解' >
        调解员会转告申请人。以后想调解，可以直接到解忧小屋。
      </Notice>
    )
  }
  return (
    <View className='dispute-actions' data-testid='invitation-result'>
      <Notice type='success' title='您已同意调解'>
        调解员会和双方约定调解时间，约好后会发消息给您。
      </Notice>
      <Button type='primary' block onClick={() => navigate(links.disputeDetail(d.id))}>
        查看这件调解
      </Button>
    </View>
  )
}

/** A code given by phone: typed here. */
export function CodeForm({ initial, error, onCode }: { initial: string; error?: string; onCode: (code: string) => void }) {
  const [code, setCode] = useState(initial)
  const [local, setLocal] = useState<string | undefined>()
  const go = () => {
    const c = code.replace(/\s+/g, '').toUpperCase()
    if (c.length !== 8) {
      setLocal('请输入8位邀请码')
      return
    }
    setLocal(undefined)
    onCode(c)
  }
  return (
    <Section title='输入邀请码'>
      <Field name='code' label='邀请码' error={local ?? error} hint='申请人当面或电话告诉您的8位邀请码'>
        <TextInput
          value={code}
          maxlength={12}
          placeholder={CODE_PLACEHOLDER}
          onChange={(c) => {
            setCode(c)
            setLocal(undefined)
          }}
        />
      </Field>
      <Button type='primary' block onClick={go}>
        查看邀请
      </Button>
    </Section>
  )
}
