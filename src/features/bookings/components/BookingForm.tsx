import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  AGE_GROUPS,
  AGE_GROUP_LABELS,
  HOME_MIN_AGE,
  MAX_UPCOMING_BOOKINGS,
  MODE_HINTS,
  MODE_LABELS,
  SLOT_FULL_MESSAGE,
  bookingCreateSchema,
  type AgeGroup,
  type Booking,
  type BookingCreateInput,
  type BookingMode,
  type Service,
  type SlotDay,
} from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { Switch } from '@/components/ui/Switch'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { errorText } from '@/utils/errors'
import { bookingsApi } from '../api'
import { dayText, hourText } from '../format'
import { useSlots } from '../hooks'

export interface BookingFormValues extends Record<string, unknown> {
  mode: BookingMode | ''
  placeId: string
  date: string
  hour: number | null
  /** 上门: where to come */
  address: string
  forFamily: boolean
  familyName: string
  familyRelation: string
  familyPhone: string
  consent: boolean
  /** 代办 for a family member: the signed 委托书, one photo reference */
  authorization: string[]
  ageGroup: AgeGroup | ''
  disabled: boolean
  needs: string
  note: string
}

export const EMPTY_BOOKING: BookingFormValues = {
  mode: '',
  placeId: '',
  date: '',
  hour: null,
  address: '',
  forFamily: false,
  familyName: '',
  familyRelation: '',
  familyPhone: '',
  consent: false,
  authorization: [],
  ageGroup: '',
  disabled: false,
  needs: '',
  note: '',
}

export const bookingFormId = (serviceId: string) => `booking-new-${serviceId}`

/** The placeholders, which tests and journeys type into. */
export const BOOKING_PLACEHOLDERS = {
  address: '如：西牌楼街36号3栋2单元401',
  familyName: '家人的姓名',
  familyRelation: '如：父亲、母亲',
  familyPhone: '家人的11位手机号',
  needs: '如：行动不便，需要轮椅',
  note: '想让专员提前知道的情况（可不填）',
} as const

/** The request body for the form's values (only what applies to the chosen mode and person). */
export function toCreateInput(serviceId: string, v: BookingFormValues, waitlist: boolean): BookingCreateInput {
  const home = v.mode === 'home'
  return {
    serviceId,
    mode: (v.mode || undefined) as BookingMode,
    placeId: v.placeId,
    date: v.date || (undefined as unknown as string),
    hour: v.hour ?? (undefined as unknown as number),
    ...(home ? { address: v.address } : {}),
    ...(v.forFamily
      ? {
          family: {
            name: v.familyName,
            relation: v.familyRelation,
            phone: v.familyPhone,
            consent: v.consent as true,
            ...(v.mode === 'proxy' ? { authorization: v.authorization[0] } : {}),
          },
        }
      : {}),
    ...((home || v.forFamily) && v.ageGroup ? { ageGroup: v.ageGroup } : {}),
    disabled: (home || v.forFamily) && v.disabled,
    needs: v.needs,
    note: v.note,
    waitlist,
  }
}

/** Field keys this form shows at a field; the server's message for any other goes on top of the submit. */
const SHOWN_FIELDS = [
  'mode',
  'placeId',
  'date',
  'hour',
  'address',
  'ageGroup',
  'disabled',
  'family.name',
  'family.relation',
  'family.phone',
  'family.consent',
  'family.authorization',
  'needs',
  'note',
]

const leftOfDay = (d: SlotDay) => d.slots.reduce((n, s) => n + s.left, 0)

interface Props {
  service: Service
  onBooked: (b: Booking) => void
}

/**
 * Book a service: mode → place (上门: the station and a home address) → day → one-hour slot →
 * for whom. Kept in a draft per service; submitted once. A full slot (chosen as such, or taken
 * by someone else meanwhile) is offered as the waitlist.
 */
export function BookingForm({ service, onBooked }: Props) {
  const draft = useDraft<BookingFormValues>(bookingFormId(service.id), EMPTY_BOOKING)
  const v = draft.values
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(bookingCreateSchema, draft, bookingsApi.create)
  const [photoBusy, setPhotoBusy] = useState(false)
  const slots = useSlots(service.id, v.placeId, v.mode)

  const change = (patch: Partial<BookingFormValues>, ...names: string[]) => {
    draft.set(patch)
    names.forEach(clearField)
  }

  const home = v.mode === 'home'
  const places = service.places.filter((p) => !home || p.homeVisits)
  const answer = slots.data && slots.data.placeId === v.placeId && slots.data.mode === v.mode ? slots.data : undefined
  const day = answer?.days.find((d) => d.date === v.date)
  const slot = day?.slots.find((s) => s.hour === v.hour)
  const staleDate = !!answer && !!v.date && !day
  const full = !!slot && slot.left <= 0
  const slotFull = error === SLOT_FULL_MESSAGE || fields.hour === SLOT_FULL_MESSAGE
  const others = Object.keys(fields).filter((k) => !SHOWN_FIELDS.includes(k))
  const showsServed = home || v.forFamily
  // The schema checks the 委托书 only once the rest of the family member passes; after any failed
  // submit the form says it is missing at once, so one round shows everything left to do.
  const authorizationError =
    fields['family.authorization'] ?? (Object.keys(fields).length && v.forFamily && v.mode === 'proxy' && !v.authorization.length ? '为家人代办，请上传家人签字的委托书照片' : undefined)

  const send = async (waitlist: boolean) => {
    const res = await submit(toCreateInput(service.id, v, waitlist))
    if (res) onBooked(res)
  }

  const pickMode = (mode: BookingMode) => {
    const keep = service.places.some((p) => p.id === v.placeId && (mode !== 'home' || p.homeVisits))
    change({ mode, ...(keep ? {} : { placeId: '' }), date: '', hour: null }, 'mode', 'placeId', 'date', 'hour', 'address', 'ageGroup')
  }

  return (
    <View className='booking-form'>
      <Section title='办理方式'>
        <Field name='mode' label='方式' required error={fields.mode}>
          <ChipGroup name='mode' options={service.modes.map((m) => ({ value: m, label: MODE_LABELS[m], hint: MODE_HINTS[m] }))} value={v.mode || null} onChange={pickMode} />
        </Field>
        {home && <Notice type='info'>{`上门服务只为${HOME_MIN_AGE}岁以上或残疾的服务对象（被服务的人，不是预约人），由所选服务站的专员上门。`}</Notice>}
      </Section>

      {v.mode && (
        <Section title={home ? '服务站与上门地址' : '服务地点'}>
          <Field name='placeId' label={home ? '由哪个服务站上门' : '服务点'} required error={fields.placeId}>
            <ChipGroup
              name='place'
              options={places.map((p) => ({ value: p.id, label: p.name, hint: p.address }))}
              value={v.placeId}
              onChange={(placeId) => change({ placeId, date: '', hour: null }, 'placeId', 'date', 'hour')}
            />
          </Field>
          {home && !places.length && <Notice type='warning'>这个事项暂时没有可以上门的服务站，请选择帮办或代办。</Notice>}
          {home && (
            <Field name='address' label='上门地址' required error={fields.address} hint='写到门牌号，方便专员找到'>
              <TextInput value={v.address} maxlength={100} placeholder={BOOKING_PLACEHOLDERS.address} onChange={(t) => change({ address: t }, 'address')} />
            </Field>
          )}
        </Section>
      )}

      {v.mode && v.placeId && (
        <Section title='预约时间'>
          {slots.loading && !answer && (
            <View className='booking-loading'>
              <Spinner />
            </View>
          )}
          {slots.error && !answer && (
            <Notice type='error' action={<Button size='small' onClick={() => void slots.reload()}>重试</Button>}>
              {errorText(slots.error)}
            </Notice>
          )}
          {answer && (
            <>
              <Field name='date' label='日期' required error={fields.date ?? (staleDate ? '您之前选的日期已不能预约，请重新选择' : undefined)} hint='最早可约下一个工作日，最晚可约5个工作日内'>
                {answer.days.length ? (
                  <ChipGroup
                    name='date'
                    options={answer.days.map((d) => {
                      const left = leftOfDay(d)
                      return { value: d.date, label: dayText(d.date, d.weekday), hint: !d.slots.length ? '无可约时段' : left > 0 ? `余${left}个名额` : '已约满 · 可候补' }
                    })}
                    value={v.date}
                    onChange={(date) => change({ date, hour: null }, 'date', 'hour')}
                  />
                ) : (
                  <Text className='booking-muted'>近5个工作日都不能预约，请换一个服务点。</Text>
                )}
              </Field>
              {answer.closed.length > 0 && (
                <Text className='booking-muted' data-testid='closed-days'>
                  {`不可预约：${answer.closed.map((c) => `${dayText(c.date)}（${c.reason}）`).join('、')}`}
                </Text>
              )}
              {day && (
                <Field name='hour' label='时段' required error={fields.hour} hint={full ? '这个时段已约满，可以排队候补：有人取消时按顺序自动递补，并发消息通知您' : '每个时段一小时'}>
                  {day.slots.length ? (
                    <ChipGroup
                      name='hour'
                      options={day.slots.map((s) => ({
                        value: String(s.hour),
                        label: s.left > 0 ? `${hourText(s.hour)} 余${s.left}` : `${hourText(s.hour)} 约满 · 可候补`,
                        hint: s.waiting > 0 ? `${s.waiting}人候补` : undefined,
                      }))}
                      value={v.hour === null ? '' : String(v.hour)}
                      onChange={(h) => change({ hour: Number(h) }, 'hour')}
                    />
                  ) : (
                    <Text className='booking-muted'>这一天已没有可约的时段，请换一天。</Text>
                  )}
                </Field>
              )}
            </>
          )}
        </Section>
      )}

      <Section title='为谁预约'>
        <Field name='forFamily' label='服务对象'>
          <ChipGroup
            name='for'
            options={[
              { value: 'self', label: '本人' },
              { value: 'family', label: '家人' },
            ]}
            value={v.forFamily ? 'family' : 'self'}
            onChange={(w) => change({ forFamily: w === 'family' }, 'family.consent')}
          />
        </Field>
        {v.forFamily && (
          <>
            <Field name='family.name' label='家人姓名' required error={fields['family.name']}>
              <TextInput value={v.familyName} maxlength={20} placeholder={BOOKING_PLACEHOLDERS.familyName} onChange={(t) => change({ familyName: t }, 'family.name')} />
            </Field>
            <Field name='family.relation' label='与您的关系' required error={fields['family.relation']}>
              <TextInput value={v.familyRelation} maxlength={10} placeholder={BOOKING_PLACEHOLDERS.familyRelation} onChange={(t) => change({ familyRelation: t }, 'family.relation')} />
            </Field>
            <Field name='family.phone' label='家人手机号' required error={fields['family.phone']} hint='只有您、家人本人和负责的专员看得到完整号码'>
              <TextInput type='phone' value={v.familyPhone} placeholder={BOOKING_PLACEHOLDERS.familyPhone} onChange={(t) => change({ familyPhone: t }, 'family.phone')} />
            </Field>
          </>
        )}
        {showsServed && (
          <>
            <Field name='ageGroup' label={v.forFamily ? '家人年龄段' : '您的年龄段'} required={home} error={fields.ageGroup}>
              <ChipGroup name='ageGroup' options={AGE_GROUPS.map((a) => ({ value: a, label: AGE_GROUP_LABELS[a] }))} value={v.ageGroup || null} onChange={(a) => change({ ageGroup: a }, 'ageGroup', 'mode')} />
            </Field>
            <Field name='disabled' label='是否持有残疾人证' error={fields.disabled}>
              <Switch label={v.disabled ? '是，持有残疾人证' : '否'} checked={v.disabled} onChange={(d) => change({ disabled: d }, 'disabled', 'mode')} />
            </Field>
          </>
        )}
        {v.forFamily && (
          <Field name='family.consent' label='家人同意' required error={fields['family.consent']} hint='请先告诉家人并征得同意，提交时会记录确认时间'>
            <Switch label='已征得家人同意' checked={v.consent} onChange={(c) => change({ consent: c }, 'family.consent')} />
          </Field>
        )}
        {v.forFamily && v.mode === 'proxy' && (
          <Field name='family.authorization' label='委托书照片' required error={authorizationError} hint='代办需要家人签字的委托书，拍一张清楚的照片'>
            <PhotoPicker value={v.authorization} max={1} onChange={(p) => change({ authorization: p }, 'family.authorization')} onBusyChange={setPhotoBusy} />
          </Field>
        )}
      </Section>

      <Section title='补充说明'>
        <Field name='needs' label='特殊需要' error={fields.needs}>
          <TextArea value={v.needs} maxlength={100} placeholder={BOOKING_PLACEHOLDERS.needs} onChange={(t) => change({ needs: t }, 'needs')} />
        </Field>
        <Field name='note' label='备注' error={fields.note}>
          <TextArea value={v.note} maxlength={200} placeholder={BOOKING_PLACEHOLDERS.note} onChange={(t) => change({ note: t }, 'note')} />
        </Field>
      </Section>

      {others.map((k) => (
        <Notice key={k} type='error'>
          {fields[k]}
        </Notice>
      ))}
      {slotFull ? (
        <Notice
          type='warning'
          title='这个时段刚刚约满了'
          action={
            <Button type='primary' loading={submitting} disabled={submitting} onClick={() => void send(true)}>
              排队候补
            </Button>
          }
        >
          有人取消时按排队顺序自动递补，并发消息通知您；也可以换一个时段。
        </Notice>
      ) : (
        error && <Notice type='error'>{error}</Notice>
      )}
      <View className='booking-foot'>
        <Text className='booking-muted'>{`每人最多同时保留${MAX_UPCOMING_BOOKINGS}个预约（含候补），同一事项每天只能约一次。`}</Text>
        <Button type='primary' block loading={submitting} disabled={submitting || photoBusy || waitSeconds > 0} onClick={() => void send(full)}>
          {full ? '排队候补' : '提交预约'}
        </Button>
      </View>
    </View>
  )
}
