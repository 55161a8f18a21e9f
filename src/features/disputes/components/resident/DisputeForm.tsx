import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  DISPUTE_DESCRIPTION_MAX,
  DISPUTE_DESCRIPTION_MIN,
  DISPUTE_TYPES,
  DISPUTE_TYPE_LABELS,
  disputeCreateSchema,
  type Dispute,
  type DisputeCreateInput,
  type DisputeType,
  type Station,
} from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { Switch } from '@/components/ui/Switch'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { disputesApi } from '../../api'
import { dutyHint } from '../../format'

export interface DisputeFormValues extends Record<string, unknown> {
  type: DisputeType | ''
  description: string
  wants: string
  otherName: string
  otherPhone: string
  otherWhereabouts: string
  photos: string[]
  stationId: string
  preferredTimes: string
  agreeTerms: boolean
}

export const EMPTY_DISPUTE: DisputeFormValues = {
  type: '',
  description: '',
  wants: '',
  otherName: '',
  otherPhone: '',
  otherWhereabouts: '',
  photos: [],
  stationId: '',
  preferredTimes: '',
  agreeTerms: false,
}

/** The placeholders, which tests and journeys type into. */
export const DISPUTE_PLACEHOLDERS = {
  description: '什么时候、在哪里、发生了什么，和对方沟通过没有',
  wants: '如：请楼上修好水管，赔偿天花板的修补费用',
  otherName: '如：1202 的张先生（可不填）',
  otherPhone: '对方的11位手机号（可不填）',
  otherWhereabouts: '如：楼上 1202',
  preferredTimes: '如：工作日晚上、周六上午',
} as const

/** One draft per source: a form prefilled from a report keeps its own typing. */
export const disputeFormId = (fromReport?: string) => (fromReport ? `dispute-new-report-${fromReport}` : 'dispute-new')

export function toDisputeInput(v: DisputeFormValues, fromReportId?: string): DisputeCreateInput {
  return {
    type: (v.type || undefined) as DisputeType,
    description: v.description,
    wants: v.wants,
    other: { name: v.otherName, phone: v.otherPhone, whereabouts: v.otherWhereabouts },
    photos: v.photos,
    stationId: v.stationId,
    preferredTimes: v.preferredTimes,
    agreeTerms: v.agreeTerms as true,
    ...(fromReportId ? { fromReportId } : {}),
  }
}

/** Field keys shown at a field; the server's message for any other goes above the submit. */
const SHOWN_FIELDS = ['type', 'description', 'wants', 'other.name', 'other.phone', 'other.whereabouts', 'photos', 'stationId', 'preferredTimes', 'agreeTerms']

interface Props {
  stations: Station[]
  /** what the form starts with: a type from the guide, or what a report brought */
  initial: Partial<DisputeFormValues>
  fromReportId?: string
  onFiled: (d: Dispute) => void
}

/**
 * Filing a dispute: what kind, what happened and what the resident wants, who the other party is,
 * photos, the station and when suits them, and the terms of people's mediation. Kept in a draft
 * across reloads and failures; submitted once.
 */
export function DisputeForm({ stations, initial, fromReportId, onFiled }: Props) {
  const draft = useDraft<DisputeFormValues>(disputeFormId(fromReportId), { ...EMPTY_DISPUTE, ...initial })
  const v = draft.values
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(disputeCreateSchema, draft, disputesApi.create)
  const [photoBusy, setPhotoBusy] = useState(false)
  const change = (patch: Partial<DisputeFormValues>, name: string) => {
    draft.set(patch)
    clearField(name)
  }
  const others = Object.keys(fields).filter((k) => !SHOWN_FIELDS.includes(k) && !k.startsWith('photos.'))
  // the server names the photo it refuses ('photos.0'): the photos field says so
  const photoError = fields.photos ?? Object.keys(fields).filter((k) => k.startsWith('photos.')).map((k) => fields[k])[0]
  const station = stations.find((s) => s.id === v.stationId)

  const onSubmit = async () => {
    const res = await submit(toDisputeInput(v, fromReportId))
    if (res) onFiled(res)
  }

  return (
    <View className='dispute-form' data-testid='dispute-form'>
      <Section title='什么纠纷'>
        <Field name='type' label='纠纷类型' required error={fields.type}>
          <ChipGroup name='type' options={DISPUTE_TYPES.map((t) => ({ value: t, label: DISPUTE_TYPE_LABELS[t] }))} value={v.type || null} onChange={(type) => change({ type }, 'type')} />
        </Field>
        <Field name='description' label='事情经过' required error={fields.description} hint={`至少 ${DISPUTE_DESCRIPTION_MIN} 个字`}>
          <TextArea value={v.description} maxlength={DISPUTE_DESCRIPTION_MAX} placeholder={DISPUTE_PLACEHOLDERS.description} onChange={(description) => change({ description }, 'description')} />
        </Field>
        <Field name='wants' label='您希望怎样解决' required error={fields.wants}>
          <TextArea value={v.wants} maxlength={300} placeholder={DISPUTE_PLACEHOLDERS.wants} onChange={(wants) => change({ wants }, 'wants')} />
        </Field>
        <Field name='photos' label='照片或证据（最多 9 张）' error={photoError} hint='如漏水的天花板、协商的聊天记录'>
          <PhotoPicker value={v.photos} max={9} onChange={(photos) => {
              draft.set({ photos })
              Object.keys(fields).filter((k) => k === 'photos' || k.startsWith('photos.')).forEach(clearField)
            }} onBusyChange={setPhotoBusy} />
        </Field>
      </Section>

      <Section title='对方是谁'>
        <Field name='other.whereabouts' label='对方住在哪里' required error={fields['other.whereabouts']}>
          <TextInput value={v.otherWhereabouts} maxlength={60} placeholder={DISPUTE_PLACEHOLDERS.otherWhereabouts} onChange={(otherWhereabouts) => change({ otherWhereabouts }, 'other.whereabouts')} />
        </Field>
        <Field name='other.name' label='对方称呼' error={fields['other.name']} hint='只给调解员看，对方和其他人看不到'>
          <TextInput value={v.otherName} maxlength={20} placeholder={DISPUTE_PLACEHOLDERS.otherName} onChange={(otherName) => change({ otherName }, 'other.name')} />
        </Field>
        <Field name='other.phone' label='对方电话' error={fields['other.phone']} hint='只给调解员看，方便联系对方'>
          <TextInput type='phone' value={v.otherPhone} placeholder={DISPUTE_PLACEHOLDERS.otherPhone} onChange={(otherPhone) => change({ otherPhone }, 'other.phone')} />
        </Field>
      </Section>

      <Section title='到哪里调解'>
        <Field name='stationId' label='解忧小屋' required error={fields.stationId}>
          <ChipGroup
            name='station'
            options={stations.map((s) => ({ value: s.id, label: s.name, hint: `${s.address}；${dutyHint(s.roster)}` }))}
            value={v.stationId || null}
            onChange={(stationId) => change({ stationId }, 'stationId')}
          />
        </Field>
        {station && <Text className='dispute-meta'>{`开放时间：${station.hours}`}</Text>}
        <Field name='preferredTimes' label='您方便的时间' error={fields.preferredTimes}>
          <TextInput value={v.preferredTimes} maxlength={100} placeholder={DISPUTE_PLACEHOLDERS.preferredTimes} onChange={(preferredTimes) => change({ preferredTimes }, 'preferredTimes')} />
        </Field>
      </Section>

      <Section title='人民调解须知'>
        <View className='dispute-list'>
          <Text className='dispute-list__item'>自愿：调解要双方都同意，任何一方都可以不同意或中途退出。</Text>
          <Text className='dispute-list__item'>免费：人民调解不收任何费用。</Text>
          <Text className='dispute-list__item'>保密：案件只有双方当事人和调解员能看到。</Text>
          <Text className='dispute-list__item'>达成的调解协议双方签字确认后生效，可在 30 天内向人民法院申请司法确认。</Text>
        </View>
        <Field name='agreeTerms' label='确认' required error={fields.agreeTerms}>
          <Switch name='agreeTerms' label='我已阅读并同意人民调解须知' checked={v.agreeTerms} onChange={(agreeTerms) => change({ agreeTerms }, 'agreeTerms')} />
        </Field>
      </Section>

      {others.map((k) => (
        <Notice key={k} type='error'>
          {fields[k]}
        </Notice>
      ))}
      {error && <Notice type='error'>{error}</Notice>}
      <Button type='primary' block loading={submitting} disabled={submitting || photoBusy || waitSeconds > 0} onClick={onSubmit}>
        提交调解申请
      </Button>
      <Text className='dispute-meta'>填写的内容会自动保存在本机，提交成功后才清除。</Text>
    </View>
  )
}
