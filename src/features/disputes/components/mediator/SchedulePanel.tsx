import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { sessionSchema, type Dispute, type DutyDay, type SessionInput } from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Switch } from '@/components/ui/Switch'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { ApiError, serverNow } from '@/services/http'
import { chinaDay, dayText, toChinaIso } from '@/utils/calendar'
import { disputesApi } from '../../api'
import { useDisputeStations } from '../../hooks'
import { DateTimeField } from '@/components/form/DateTime'
import { dutyPersonText, isWeekend } from '../../format'
import './mediator.scss'

interface Values extends Record<string, unknown> {
  date: string
  time: string
  duration: string
  room: string
  withPolice: boolean
  withLawyer: boolean
}

const EMPTY: Values = { date: '', time: '', duration: '60', room: '', withPolice: false, withLawyer: false }
const DURATIONS = ['30', '60', '90', '120', '180'].map((m) => ({ value: m, label: Number(m) < 60 ? `${m} 分钟` : `${Number(m) / 60} 小时` }))

/** Placeholders, which tests type into. */
export const SCHEDULE_PLACEHOLDERS = { room: '如：解忧小屋调解室' } as const

const SHOWN = ['at', 'durationMinutes', 'room', 'withPolice', 'withLawyer']

const NOBODY = { police: '该日无民警值班', lawyer: '该日无律师值班' } as const

/**
 * 安排调解: when, how long, where, and on a weekend whether the station's on-duty 民警 or 律师
 * joins. The station's roster (public, loaded with the stations) says who is on duty, so a switch
 * is offered only for a day that has that person, and one left on from another day is cleared:
 * nothing the server would refuse is sent. The roster may still change under an open form, so a
 * refusal from the server shows at the switch that asked.
 */
export function SchedulePanel({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const draft = useDraft<Values>(`dispute-${d.id}-session`, EMPTY)
  const v = draft.values
  const stations = useDisputeStations()
  const station = stations.data?.find((s) => s.id === d.stationId)
  const weekend = !!v.date && isWeekend(v.date)
  const duty: DutyDay | undefined = weekend ? station?.roster.find((r) => r.date === v.date) : undefined
  const police = !!duty?.police
  const lawyer = !!duty?.lawyer

  // a switch left on from another day (or a draft kept from an earlier visit) would ask for
  // someone this day does not have; once the roster is known it is turned off
  const stale = !!station && ((v.withPolice && !police) || (v.withLawyer && !lawyer))
  const setDraft = draft.set
  useEffect(() => {
    if (stale) setDraft({ withPolice: v.withPolice && police, withLawyer: v.withLawyer && lawyer })
  }, [stale, setDraft, v.withPolice, v.withLawyer, police, lawyer])

  const send = async (input: SessionInput, key: string) => {
    try {
      return await disputesApi.schedule(d.id, input, key)
    } catch (e) {
      // a 409 about who is on duty belongs at the switch that asked for them
      if (e instanceof ApiError && e.status === 409 && !e.fields) {
        const field = /民警/.test(e.message) && input.withPolice ? 'withPolice' : input.withLawyer ? 'withLawyer' : input.withPolice ? 'withPolice' : null
        if (field) throw new ApiError(409, { code: e.code, message: e.message, fields: { [field]: e.message } })
      }
      throw e
    }
  }
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(sessionSchema, draft, send)
  const others = Object.keys(fields).filter((k) => !SHOWN.includes(k))

  const change = (patch: Partial<Values>, ...names: string[]) => {
    draft.set(patch)
    names.forEach(clearField)
  }

  const go = async () => {
    const input: SessionInput = {
      at: toChinaIso(v.date, v.time) || (undefined as unknown as string),
      durationMinutes: Number(v.duration),
      room: v.room,
      // only someone the roster has on duty that day; the effect above may not have run yet
      withPolice: police && v.withPolice,
      withLawyer: lawyer && v.withLawyer,
    }
    const res = await submit(input)
    if (res) onChange(res)
  }

  return (
    <Section title='安排调解'>
      <View className='dm-form' data-testid='schedule-form'>
        <Field name='at' label='调解时间' required error={fields.at}>
          <DateTimeField
            label='调解'
            date={v.date}
            time={v.time}
            minDate={chinaDay(serverNow())}
            onDate={(x) => change({ date: x }, 'at', 'withPolice', 'withLawyer')}
            onTime={(x) => change({ time: x }, 'at')}
          />
        </Field>
        {d.preferredTimes && <Text className='dm-note'>{`申请人方便的时间：${d.preferredTimes}`}</Text>}
        <Field name='durationMinutes' label='预计时长' required error={fields.durationMinutes}>
          <ChipGroup name='duration' options={DURATIONS} value={v.duration} onChange={(x) => change({ duration: x }, 'durationMinutes')} />
        </Field>
        <Field name='room' label='调解地点' required error={fields.room}>
          <TextInput value={v.room} maxlength={40} placeholder={SCHEDULE_PLACEHOLDERS.room} onChange={(x) => change({ room: x }, 'room')} />
        </Field>
        {weekend && (
          <View className='dm-block' data-testid='duty-roster'>
            <Text className='dm-sub'>{`${dayText(v.date)} 坐堂`}</Text>
            {!station && stations.loading && <Text className='dm-note'>正在读取值班表…</Text>}
            {!station && stations.error && <Text className='dm-note'>值班表没有读取到，暂时不能请民警、律师参加</Text>}
            {station && !duty && <Text className='dm-note'>这一天的值班表还没有排出，暂时不能请民警、律师参加</Text>}
            {duty && (
              <>
                {duty.police ? (
                  <Field name='withPolice' label={dutyPersonText(duty.police)} error={fields.withPolice}>
                    <Switch name='withPolice' label='请坐堂民警参加' checked={v.withPolice} onChange={(x) => change({ withPolice: x }, 'withPolice')} />
                  </Field>
                ) : (
                  <Text className='dm-line'>{NOBODY.police}</Text>
                )}
                {duty.lawyer ? (
                  <Field name='withLawyer' label={dutyPersonText(duty.lawyer)} error={fields.withLawyer}>
                    <Switch name='withLawyer' label='请坐堂律师参加' checked={v.withLawyer} onChange={(x) => change({ withLawyer: x }, 'withLawyer')} />
                  </Field>
                ) : (
                  <Text className='dm-line'>{NOBODY.lawyer}</Text>
                )}
              </>
            )}
          </View>
        )}
        {!weekend && v.date && <Text className='dm-note'>民警、律师只在周六、周日坐堂；需要他们参加请选周末。</Text>}
        {others.map((k) => (
          <Notice key={k} type='error'>
            {fields[k]}
          </Notice>
        ))}
        {error && <Notice type='error'>{error}</Notice>}
        <Button type='primary' block loading={submitting} disabled={submitting || waitSeconds > 0} onClick={() => void go()}>
          安排调解
        </Button>
      </View>
    </Section>
  )
}
