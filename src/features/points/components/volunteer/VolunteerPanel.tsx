import { Text, View } from '@tarojs/components'
import { CHECKIN_EARLY_MINUTES, CORRECTION_DAYS, PARTICIPANT_STATUS_LABELS, checkSchema, correctionSchema, type Activity } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { ConfirmTap } from '@/components/form/ConfirmTap'
import { OneTap } from '@/components/form/OneTap'
import { ScanOrType } from '@/components/form/ScanOrType'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { chinaClock, momentText } from '@/utils/calendar'
import { pointsApi } from '../../api'
import { PARTICIPANT_TONES, hoursText } from '../../format'

interface Props {
  a: Activity
  onChange: (a: Activity) => void
}

/** What the status means for the volunteer now, one sentence. */
function statusLine(a: Activity): string {
  const me = a.me
  if (!me) return a.status === 'open' ? '报名后请按时到场，扫组织者手机上的签到码签到。' : ''
  switch (me.status) {
    case 'signed':
      return a.can.includes('checkin')
        ? '到场后请扫组织者手机上的签到码签到，也可以输入6位签到码。'
        : `已报名。开始前 ${CHECKIN_EARLY_MINUTES} 分钟可以签到：${momentText(new Date(Date.parse(a.start) - CHECKIN_EARLY_MINUTES * 60000).toISOString())} 起。`
    case 'waitlisted':
      return '候补中：有人退出时按顺序自动递补，递补成功会发消息给您。'
    case 'checked_in':
      return `已于 ${chinaClock(me.checkInAt ?? a.start)} 签到。结束离开前请再扫一次码签退。`
    case 'checked_out':
      return '已签退，等组织者确认时长后积分到账。'
    case 'absent':
      return '组织者记为缺席，这次没有时长和积分。如有异议请联系组织者。'
    case 'confirmed':
      return `时长已确认：${hoursText(me.hours ?? 0)}，获得 ${(me.hours ?? 0) * a.pointsPerHour} 分。`
    case 'left':
      return '您已退出这个活动。'
  }
}

/** The volunteer's own place in an activity and the one thing to do next. */
export function VolunteerPanel({ a, onChange }: Props) {
  const me = a.me
  const can = (x: Activity['can'][number]) => a.can.includes(x)
  return (
    <Section title='我的报名'>
      <View className='points-mine' data-testid='volunteer-panel'>
        {me && (
          <View className='points-row__tags'>
            <Tag tone={PARTICIPANT_TONES[me.status]}>{PARTICIPANT_STATUS_LABELS[me.status]}</Tag>
          </View>
        )}
        {statusLine(a) && (
          <Text className='points-info__line' data-testid='status-line'>
            {statusLine(a)}
          </Text>
        )}
        {(can('checkin') || can('checkout')) && (
          <ScanOrType
            formId={`points-check-${a.id}`}
            schema={checkSchema}
            send={(input, k) => pointsApi.check(input, k)}
            onDone={onChange}
            fromScan={(token) => ({ action: can('checkin') ? 'in' : 'out', token })}
            fromCode={(shortCode) => ({ action: can('checkin') ? 'in' : 'out', activityId: a.id, shortCode })}
            codeField='shortCode'
            scanLabel={can('checkin') ? '扫码签到' : '扫码签退'}
            codeLabel='或输入组织者手机上的6位签到码'
            placeholder='6位数字签到码'
            submitLabel={can('checkin') ? '按签到码签到' : '按签到码签退'}
            unreadable='没有认出照片里的二维码，请对准组织者手机上的码重拍，或输入6位签到码'
          />
        )}
        {can('signup') && <OneTap formId={`points-signup-${a.id}`} label='报名参加' send={(k) => pointsApi.signup(a.id, { waitlist: false }, k)} onDone={onChange} />}
        {can('waitlist') && (
          <>
            <Notice type='info'>名额已满。可以加入候补：有人退出时按顺序自动递补，递补成功会发消息给您。</Notice>
            <OneTap formId={`points-waitlist-${a.id}`} label='加入候补' send={(k) => pointsApi.signup(a.id, { waitlist: true }, k)} onDone={onChange} />
          </>
        )}
        {can('leave') && (
          <ConfirmTap
            formId={`points-leave-${a.id}`}
            label={me?.status === 'waitlisted' ? '退出候补' : '退出报名'}
            warning='退出后名额会让给候补的志愿者，想再参加需要重新报名。'
            confirmLabel='确认退出'
            send={(k) => pointsApi.leave(a.id, k)}
            onDone={onChange}
          />
        )}
        {me?.correction && (
          <Notice type={me.correction.answer === null ? 'info' : 'success'} title={me.correction.answer === null ? '更正申请处理中' : '组织者已答复'}>
            <Text className='points-block'>{`您的理由：${me.correction.reason}`}</Text>
            {me.correction.answer !== null && <Text className='points-block'>{`答复：${me.correction.answer}`}</Text>}
          </Notice>
        )}
        {can('correction') && (
          <ActionForm
            formId={`points-correction-${a.id}`}
            schema={correctionSchema}
            send={(input, k) => pointsApi.correction(a.id, input, k)}
            submitLabel='申请更正时长'
            onDone={onChange}
            fields={[{ name: 'reason', label: '更正理由', kind: 'text', required: true, maxlength: 200, placeholder: '如：我 9:00 到场，忘了签到，组织者可作证', hint: `确认后 ${CORRECTION_DAYS} 天内可以申请一次，组织者会答复` }]}
          />
        )}
      </View>
    </Section>
  )
}
