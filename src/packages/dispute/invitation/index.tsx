import { useState } from 'react'
import { useLoad, useRouter } from '@tarojs/taro'
import type { Dispute } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { PageShell } from '@/components/ui/PageShell'
import { CodeForm, InvitationAnswer, InvitationResult, InvitationSummary } from '@/features/disputes/components/resident/InvitationAnswer'
import { useDisputeInvitation } from '@/features/disputes/hooks'
import type { ApiError } from '@/services/http'
import { requireLogin } from '@/services/nav'
import { errorText } from '@/utils/errors'
import { decodeParam } from '@/utils/routes'
import '@/features/disputes/components/disputes.scss'

function Invitation({ initial }: { initial: string }) {
  const [code, setCode] = useState(initial)
  const [answered, setAnswered] = useState<{ d: Dispute; agreed: boolean } | null>(null)
  const inv = useDisputeInvitation(code || undefined)
  const v = inv.data && inv.data.code === code ? inv.data : undefined
  // a code that does not open anything is the code field's error, so it can be typed again
  const codeError = code && !v && inv.error ? (inv.error as ApiError).fields?.code ?? errorText(inv.error) : undefined
  return (
    <PageShell title='调解邀请' loading={!!code && !v && !inv.error && inv.loading}>
      {answered ? (
        <InvitationResult d={answered.d} agreed={answered.agreed} />
      ) : (
        <>
          {v && <InvitationSummary v={v} />}
          {v && <InvitationAnswer v={v} onDone={(d, agreed) => setAnswered({ d, agreed })} />}
          {!v && <CodeForm initial={code} error={codeError} onCode={setCode} />}
        </>
      )}
    </PageShell>
  )
}

// The other party opens an invitation (by link or QR with ?code=, or a code typed here), reads
// what the applicant asks, and agrees or declines.
export default function DisputeInvitationPage() {
  const { params } = useRouter()
  const code = decodeParam(params.code)
  useLoad(() => {
    requireLogin()
  })
  return (
    <LoginGate title='调解邀请' reason='答复调解邀请需要先登录，登录后会回到这里。'>
      <Invitation initial={code} />
    </LoginGate>
  )
}
