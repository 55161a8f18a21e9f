import { Text, View } from '@tarojs/components'
import type { Dispute } from '@/contract'
import { OneTap } from '@/components/form/OneTap'
import { QrCode } from '@/components/ui/QrCode'
import { Section } from '@/components/ui/Section'
import { momentText } from '@/utils/calendar'
import { disputesApi } from '../../api'

/** '8 位' codes read in two halves: 'AB12 CD34' */
const spaced = (code: string) => (code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code)

/**
 * The applicant's invitation to the other party: the code big enough to read out over the phone,
 * its QR for a phone held up in the stairwell, and how to hand it over. A new code replaces an
 * unused one (lost, or expired).
 */
export function InvitePanel({ d, onChange }: { d: Dispute; onChange: (d: Dispute) => void }) {
  const inv = d.invitation && !d.invitation.usedAt ? d.invitation : null
  const can = d.can.includes('invite')
  if (!inv && !can) return null
  return (
    <Section title='邀请对方'>
      {inv ? (
        <View className='dispute-stack' data-testid='dispute-invitation'>
          <Text className='dispute-line'>邀请码</Text>
          <Text className='dispute-code' data-testid='invitation-code'>
            {spaced(inv.code)}
          </Text>
          <QrCode value={inv.link} label='调解邀请二维码' />
          <Text className='dispute-line'>
            把邀请码当面告诉对方或打电话念给对方，请对方打开“邻里帮 → 解忧小屋 → 我收到了调解邀请码”输入；也可以让对方用微信扫这个二维码。
          </Text>
          <Text className='dispute-meta'>{`有效期到 ${momentText(inv.expiresAt)}，只能用一次。对方看不到您的电话。`}</Text>
        </View>
      ) : (
        <Text className='dispute-line'>调解要双方都同意。生成邀请码后交给对方，对方同意了就能安排调解。</Text>
      )}
      {can && <OneTap formId={`dispute-invite-${d.id}-${inv?.code ?? 'new'}`} label={inv ? '重新生成邀请码' : '邀请对方'} send={(k) => disputesApi.invite(d.id, k)} onDone={onChange} />}
    </Section>
  )
}
