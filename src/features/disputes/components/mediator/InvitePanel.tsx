import { View, Text } from '@tarojs/components'
import { INVITATION_DAYS, type Dispute } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { Notice } from '@/components/ui/Notice'
import { QrCode } from '@/components/ui/QrCode'
import { Section } from '@/components/ui/Section'
import { formatTime } from '@/utils/format'
import { disputesApi } from '../../api'
import './mediator.scss'

interface Props {
  d: Dispute
  onChange: (d: Dispute) => void
}

/**
 * 邀请对方: an 8-character code the other party types (or its QR they scan), handed over by
 * phone, at the door or on paper; then their answer. A new code replaces an unused one.
 */
export function InvitePanel({ d, onChange }: Props) {
  const inv = d.invitation
  const canInvite = d.can.includes('invite')
  return (
    <Section title='邀请对方'>
      <View className='dm-invite' data-testid='invite-panel'>
        {d.respondentAgreed === false && <Notice type='warning' title='对方不同意调解'>{d.respondentReason || '对方未说明原因'}。可再次沟通后重新邀请，或转介其他途径。</Notice>}
        {inv && !inv.usedAt && (
          <>
            <Text className='dm-note'>邀请码</Text>
            <Text className='dm-code' data-testid='invite-code'>{inv.code}</Text>
            <View className='dm-invite__qr'>
              <QrCode value={inv.link} label={`邀请码 ${inv.code} 的二维码`} />
            </View>
            <Text className='dm-line'>{`有效期至 ${formatTime(inv.expiresAt)}，只能使用一次。`}</Text>
            <Text className='dm-line'>怎么交给对方：打电话或上门时把邀请码念给对方，请对方打开邻里帮 → 解忧小屋 → 输入邀请码；当面时可请对方用微信扫上面的二维码。也可以写在纸条上交给对方。</Text>
            <Text className='dm-note'>对方看到的是申请人的说明和诉求，看不到申请人的电话。</Text>
          </>
        )}
        {inv?.usedAt && d.respondentAgreed === null && <Text className='dm-line'>{`对方已于 ${formatTime(inv.usedAt)} 打开邀请。`}</Text>}
        {!inv && <Text className='dm-line'>{`生成邀请码后交给对方，${INVITATION_DAYS} 天内有效。对方同意后即可安排调解。`}</Text>}
        {d.respondentAgreed === null && inv && !inv.usedAt && <Text className='dm-note'>等待对方答复。</Text>}
        {canInvite && (
          <OneTap formId={`dispute-${d.id}-invite`} label={inv ? '重新生成邀请码' : '邀请对方'} send={(k) => disputesApi.invite(d.id, k)} onDone={onChange} />
        )}
      </View>
    </Section>
  )
}
