import { useState } from 'react'
import { View } from '@tarojs/components'
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, DEFAULT_POINTS_PER_HOUR, activityInputSchema, type Activity, type ActivityInput, type ActivityType } from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { pointsApi } from '../../api'
import { DateTimeField } from '@/components/form/DateTime'
import { chinaClock, chinaDay, toChinaIso } from '@/utils/calendar'
import './organiser.scss'

export interface PublishValues extends Record<string, unknown> {
  title: string
  type: ActivityType | ''
  place: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  /** typed digits; a number only when sent */
  capacity: string
  pointsPerHour: string
  bring: string
  /** at most one photo reference */
  cover: string[]
}

export const EMPTY_ACTIVITY: PublishValues = {
  title: '',
  type: '',
  place: '',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  capacity: '',
  pointsPerHour: String(DEFAULT_POINTS_PER_HOUR),
  bring: '',
  cover: [],
}

/** The placeholders, which tests type into. */
export const PUBLISH_PLACEHOLDERS = {
  title: '如：重阳节敬老院陪伴',
  place: '如：西牌楼社区养老服务站',
  capacity: '1～200 人',
  pointsPerHour: '1～100 分',
  bring: '如：手套、水杯（可不填）',
} as const

/** The form's values for an activity being edited. */
export function valuesOf(a: Activity): PublishValues {
  const s = { date: chinaDay(a.start), time: chinaClock(a.start) }
  const e = { date: chinaDay(a.end), time: chinaClock(a.end) }
  return {
    title: a.title,
    type: a.type,
    place: a.place,
    startDate: s.date,
    startTime: s.time,
    endDate: e.date,
    endTime: e.time,
    capacity: String(a.capacity),
    pointsPerHour: String(a.pointsPerHour),
    bring: a.bring,
    cover: a.cover ? [a.cover] : [],
  }
}

// an empty box is left out so the schema names it ('请填写招募人数'), not a 0 that passes
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.trim()))

export function toActivityInput(v: PublishValues): ActivityInput {
  return {
    title: v.title,
    type: (v.type || undefined) as ActivityType,
    place: v.place,
    start: toChinaIso(v.startDate, v.startTime) || (undefined as unknown as string),
    end: toChinaIso(v.endDate, v.endTime) || (undefined as unknown as string),
    capacity: num(v.capacity) as number,
    pointsPerHour: num(v.pointsPerHour),
    bring: v.bring,
    cover: v.cover[0] ?? null,
  }
}

const SHOWN = ['title', 'type', 'place', 'start', 'end', 'capacity', 'pointsPerHour', 'bring', 'cover']

interface Props {
  /** the activity being edited; none: a new one */
  activity?: Activity
  /** the earliest date offered, 'YYYY-MM-DD' (today, China time) */
  today: string
  onDone: (a: Activity) => void
}

/**
 * Publish an activity, or edit one before it starts. Everything typed stays in a draft (one per
 * activity being edited) until the server takes it; the server's rules that need its data (the
 * start after now, at least as many places as volunteers signed up) come back at their fields.
 */
export function PublishForm({ activity, today, onDone }: Props) {
  const editing = !!activity
  const draft = useDraft<PublishValues>(editing ? `points-edit-${activity.id}` : 'points-publish', activity ? valuesOf(activity) : EMPTY_ACTIVITY)
  const v = draft.values
  const send = (input: ActivityInput, key: string) => (activity ? pointsApi.edit(activity.id, input, key) : pointsApi.publish(input, key))
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(activityInputSchema, draft, send)
  const [photoBusy, setPhotoBusy] = useState(false)
  const others = Object.keys(fields).filter((k) => !SHOWN.includes(k))

  const change = (patch: Partial<PublishValues>, ...names: string[]) => {
    draft.set(patch)
    names.forEach(clearField)
  }

  const go = async () => {
    const res = await submit(toActivityInput(v))
    if (res) onDone(res)
  }

  return (
    <View className='points-publish'>
      <Section title='活动内容'>
        <Field name='title' label='活动名称' required error={fields.title}>
          <TextInput value={v.title} maxlength={40} placeholder={PUBLISH_PLACEHOLDERS.title} onChange={(t) => change({ title: t }, 'title')} />
        </Field>
        <Field name='type' label='类型' required error={fields.type}>
          <ChipGroup
            name='type'
            options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))}
            value={v.type || null}
            onChange={(t) => change({ type: t }, 'type')}
          />
        </Field>
        <Field name='place' label='地点' required error={fields.place}>
          <TextInput value={v.place} maxlength={60} placeholder={PUBLISH_PLACEHOLDERS.place} onChange={(t) => change({ place: t }, 'place')} />
        </Field>
      </Section>

      <Section title='时间'>
        <Field name='start' label='开始' required error={fields.start}>
          <DateTimeField
            label='开始'
            date={v.startDate}
            time={v.startTime}
            minDate={today}
            // the end is most often the same day: offer it once, never overwrite a chosen one
            onDate={(d) => change({ startDate: d, ...(v.endDate ? {} : { endDate: d }) }, 'start', 'end')}
            onTime={(t) => change({ startTime: t }, 'start', 'end')}
          />
        </Field>
        <Field name='end' label='结束' required error={fields.end} hint='一次活动不超过 12 小时；开始前 15 分钟开放签到'>
          <DateTimeField label='结束' date={v.endDate} time={v.endTime} minDate={v.startDate || today} onDate={(d) => change({ endDate: d }, 'end')} onTime={(t) => change({ endTime: t }, 'end')} />
        </Field>
      </Section>

      <Section title='招募与积分'>
        <Field name='capacity' label='招募人数' required error={fields.capacity}>
          <TextInput type='number' maxlength={3} value={v.capacity} placeholder={PUBLISH_PLACEHOLDERS.capacity} onChange={(t) => change({ capacity: t }, 'capacity')} />
        </Field>
        <Field name='pointsPerHour' label='每小时积分' required error={fields.pointsPerHour} hint='确认的服务时长 × 每小时积分 = 志愿者获得的积分'>
          <TextInput type='number' maxlength={3} value={v.pointsPerHour} placeholder={PUBLISH_PLACEHOLDERS.pointsPerHour} onChange={(t) => change({ pointsPerHour: t }, 'pointsPerHour')} />
        </Field>
        <Field name='bring' label='需携带物品' error={fields.bring}>
          <TextArea value={v.bring} maxlength={100} placeholder={PUBLISH_PLACEHOLDERS.bring} onChange={(t) => change({ bring: t }, 'bring')} />
        </Field>
        <Field name='cover' label='封面照片' error={fields.cover} hint='可不传；一张现场或往期活动的照片，志愿者在活动列表里看到'>
          <PhotoPicker value={v.cover} max={1} onChange={(p) => change({ cover: p }, 'cover')} onBusyChange={setPhotoBusy} />
        </Field>
      </Section>

      {others.map((k) => (
        <Notice key={k} type='error'>
          {fields[k]}
        </Notice>
      ))}
      {error && <Notice type='error'>{error}</Notice>}
      <View className='points-publish__foot'>
        <Button type='primary' block loading={submitting} disabled={submitting || photoBusy || waitSeconds > 0} onClick={() => void go()}>
          {editing ? '保存修改' : '发布活动'}
        </Button>
      </View>
    </View>
  )
}
