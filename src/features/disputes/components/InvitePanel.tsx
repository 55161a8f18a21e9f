import { Text, View } from '@tarojs/components'
import { INVITATION_DAYS, type Dispute } from '@/contract'
import { ConfirmTap } from '@/components/form/ConfirmTap'
import { OneTap } from '@/components/form/OneTap'
import { QrCode } from '@/components/ui/QrCode'
import { Section } from '@/components/ui/Section'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../api'
import './disputes.scss'

/** '8 位' codes read in two halves: 'AB12 CD34' */
const spaced = (code: string) => (code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code)

/**
 * 邀请对方, for the applicant and the mediator alike: the code big enough to read out over the
 * phone, its QR for a phone held up in the stairwell, and how to hand it over. A new code replaces
 * an unused one (lost, or expired), and the old one stops working: that is said before it happens.
 */
export function InvitePanel({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const inv = d.invitation && !d.invitation.usedAt ? d.invitation : null
  const can = d.can.includes('invite')
  if (!inv && !can) return null
  const formId = `dispute-invite-${d.id}-${inv?.code ?? 'new'}`
  const send = (k: string) => disputesApi.invite(d.id, k)
  return (
    <Section title='邀请对方'>
      <View className='dispute-stack' data-testid='invite-panel'>
        {inv ? (
          <>
            <Text className='dispute-line'>邀请码</Text>
            <Text className='dispute-code' data-testid='invite-code'>
              {spaced(inv.code)}
            </Text>
            <QrCode value={inv.link} label='调解邀请二维码' />
            <Text className='dispute-line'>
              怎么交给对方：当面告诉对方，或打电话念给对方，请对方打开“邻里帮 → 解忧小屋 → 我收到了调解邀请码”输入；当面时也可以请对方用微信扫这个二维码，或写在纸条上交给对方。
            </Text>
            <Text className='dispute-meta'>{`有效期到 ${momentText(inv.expiresAt)}，只能用一次。`}</Text>
            <Text className='dispute-meta'>
              {d.relation === 'applicant' ? '对方看不到您的电话。' : '对方看到的是申请人的说明和诉求，看不到申请人的电话。'}
            </Text>
            <Text className='dispute-meta'>等待对方答复。</Text>
          </>
        ) : (
          <Text className='dispute-line'>{`调解要双方都同意。生成邀请码后交给对方（${INVITATION_DAYS} 天内有效），对方同意了就能安排调解。`}</Text>
        )}
        {can && !inv && <OneTap formId={formId} label='邀请对方' send={send} onDone={onChange} />}
        {can && inv && (
          <ConfirmTap
            formId={formId}
            label='重新生成邀请码'
            warning={`重新生成后，原邀请码 ${spaced(inv.code)} 就不能用了，要把新的邀请码再交给对方。`}
            confirmLabel='确认重新生成'
            send={send}
            onDone={onChange}
          />
        )}
      </View>
    </Section>
  )
}
