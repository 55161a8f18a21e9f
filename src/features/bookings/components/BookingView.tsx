import { Text, View } from '@tarojs/components'
import {
  AGE_GROUP_LABELS,
  BOOKING_STATUS_LABELS,
  BOOKING_STATUS_TONES,
  MODE_LABELS,
  PROXY_STEPS,
  PROXY_STEP_LABELS,
  type Booking,
} from '@/contract'
import { role } from '@/components/ui/a11y'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { QrCode } from '@/components/ui/QrCode'
import { Section } from '@/components/ui/Section'
import { StatusTag } from '@/components/ui/StatusTag'
import { Steps, type Step } from '@/components/ui/Steps'
import { Timeline } from '@/components/ui/Timeline'
import { formatTime } from '@/utils/format'
import { slotText } from '../format'
import { MaterialChecklist } from './MaterialChecklist'
import { PlaceCard } from './PlaceCard'

/** What the status means for the resident now, one sentence. */
export function statusLine(b: Booking): string {
  switch (b.status) {
    case 'waitlisted':
      return `候补第${b.queue ?? 1}位：有人取消时按顺序自动递补，约上后会发消息给您。`
    case 'booked':
      return '请按时到场，向专员出示下方二维码，或报6位签到码。'
    case 'checked_in':
      return `已于 ${formatTime(b.checkedInAt)} 签到，请听专员安排。`
    case 'in_progress':
      return '专员正在代您办理，每办完一步都会发消息给您。'
    case 'done':
      return `已于 ${formatTime(b.doneAt)} 办结。`
    case 'cancelled':
      return '这个预约已取消。'
    case 'no_show':
      return '预约时间已过且未签到，记为爽约一次。'
    case 'expired':
      return '候补到预约开始也没有空出名额，这次没有约上。'
  }
}

/** '123 456': two groups of three, as a helper reads it back. */
const codeText = (code: string) => (code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code)

/** The voucher: the QR the helper scans, the short code to read out, the number, place and time. */
export function Voucher({ booking: b }: { booking: Booking }) {
  if (!b.voucher) return null
  return (
    <View className='booking-voucher' data-testid='voucher'>
      <QrCode value={b.voucher.token} label='预约凭证二维码' />
      <Text className='booking-voucher__label'>签到码</Text>
      <Text className='booking-voucher__code' data-testid='short-code' aria-label={`签到码 ${b.voucher.shortCode.split('').join(' ')}`}>
        {codeText(b.voucher.shortCode)}
      </Text>
      <Text className='booking-voucher__when'>{slotText(b.date, b.hour)}</Text>
      <Text className='booking-voucher__where'>{b.mode === 'home' ? `上门地址：${b.address}` : `${b.place.name}`}</Text>
    </View>
  )
}

/** The booking's head: service and mode, status, the booking number and what the status means. */
export function BookingHead({ booking: b }: { booking: Booking }) {
  return (
    <View className='booking-head' data-testid='booking-head'>
      <View className='booking-service__head'>
        <Text className='booking-service__title' {...role('heading')} aria-level={2}>{`${b.serviceName} · ${MODE_LABELS[b.mode]}`}</Text>
        <StatusTag label={BOOKING_STATUS_LABELS[b.status]} tone={BOOKING_STATUS_TONES[b.status]} status={b.status} />
      </View>
      <Text className='booking-head__id'>{`预约号：${b.id}`}</Text>
      <Text className='booking-head__line' data-testid='status-line'>
        {statusLine(b)}
      </Text>
    </View>
  )
}

function proxySteps(b: Booking): Step[] {
  const done = new Set(b.steps.map((s) => s.step))
  return PROXY_STEPS.map((k) => {
    const rec = b.steps.find((s) => s.step === k)
    return {
      key: k,
      label: PROXY_STEP_LABELS[k],
      state: done.has(k) ? 'done' : b.nextStep === k && (b.status === 'checked_in' || b.status === 'in_progress') ? 'current' : 'waiting',
      at: rec?.at,
    }
  })
}

/** The rest of the booking: when and where, for whom, what to bring, 代办's steps, its history. */
export function BookingDetails({ booking: b }: { booking: Booking }) {
  const p = b.person
  return (
    <>
      {b.mode === 'proxy' && (
        <Section title='代办进度'>
          <Steps steps={proxySteps(b)} />
          {b.steps.length > 0 && (
            <Timeline
              items={[...b.steps].reverse().map((s, i) => ({
                title: PROXY_STEP_LABELS[s.step],
                time: formatTime(s.at),
                text: [s.department ? `提交部门：${s.department}` : '', s.note ?? '', s.actorName ? `经办：${s.actorName}` : ''].filter(Boolean).join('；'),
                photos: s.photos,
                state: i === 0 ? 'current' : 'done',
              }))}
            />
          )}
        </Section>
      )}

      <Section title='预约信息'>
        <View className='booking-rows'>
          <Text className='booking-row'>{`时间：${slotText(b.date, b.hour)}`}</Text>
          <Text className='booking-row'>{`方式：${MODE_LABELS[b.mode]}`}</Text>
          {b.mode === 'home' && <Text className='booking-row'>{`上门地址：${b.address}`}</Text>}
          <Text className='booking-row'>{`服务对象：${p.self ? `${p.name}（本人）` : `${p.name}（${p.relation}）`}`}</Text>
          {!p.self && (
            <View className='booking-row booking-place__phone'>
              <Text>家人电话：</Text>
              <MaskedPhone phone={p.phone} reveal={!p.phone.includes('*')} />
            </View>
          )}
          {p.ageGroup && <Text className='booking-row'>{`年龄段：${AGE_GROUP_LABELS[p.ageGroup]}${p.disabled ? '，持有残疾人证' : ''}`}</Text>}
          {b.consent && (
            <Text className='booking-row'>{`家人同意：已于 ${formatTime(b.consent.at)} 确认${b.consent.authorization ? '，委托书已上传' : ''}`}</Text>
          )}
          {p.needs && <Text className='booking-row'>{`特殊需要：${p.needs}`}</Text>}
          {b.note && <Text className='booking-row'>{`备注：${b.note}`}</Text>}
          {b.helperName && <Text className='booking-row'>{`专员：${b.helperName}`}</Text>}
          {b.record && <Text className='booking-row'>{`办理记录：${b.record}`}</Text>}
        </View>
        <PlaceCard place={b.place} />
      </Section>

      {b.materials.length > 0 && (
        <Section title='请带齐材料'>
          <MaterialChecklist serviceId={b.serviceId} materials={b.materials} />
        </Section>
      )}

      {b.events.length > 0 && (
        <Section title='办理记录'>
          <Timeline items={[...b.events].reverse().map((e, i) => ({ title: e.text, time: formatTime(e.at), state: i === 0 ? 'current' : 'done' }))} />
        </Section>
      )}
    </>
  )
}
