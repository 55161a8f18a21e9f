import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { links } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { TextInput } from '@/components/ui/TextInput'
import { CertificateView } from '@/features/points/components/volunteer/CertificateView'
import { useCertificateCheck, useMyCertificate } from '@/features/points/hooks'
import { useDraft } from '@/hooks/useDraft'
import { navigate } from '@/services/nav'
import { useIsLoggedIn, useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/points/points.scss'

/** Anyone holding a number checks it here (no login): the same figures, the name masked. */
function Check({ initial }: { initial: string }) {
  const draft = useDraft<{ no: string }>('points-certificate-check', { no: initial })
  const [asked, setAsked] = useState(initial)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const checked = useCertificateCheck(asked)
  const go = () => {
    const no = draft.values.no.trim().toUpperCase()
    if (!/^[A-Z0-9]{6,40}$/.test(no)) {
      setFieldError('请输入证明上的编号，如 ZY20260001ABC123')
      return
    }
    setFieldError(undefined)
    setAsked(no)
  }
  return (
    <Section title='查验证明'>
      <View className='points-mine'>
        <Field name='no' label='证明编号' error={fieldError}>
          <TextInput value={draft.values.no} maxlength={40} placeholder='如 ZY20260001ABC123' onChange={(t) => { draft.set({ no: t }); setFieldError(undefined) }} />
        </Field>
        <Button block onClick={go}>
          查验
        </Button>
        {checked.error && <Notice type='error'>{checked.error.message}</Notice>}
        {checked.data && <CertificateView c={checked.data} />}
      </View>
    </Section>
  )
}

// 志愿服务记录证明: a volunteer's own (issued once, the same number after), and checking any
// number, which anyone may do.
export default function CertificatePage() {
  const { params } = useRouter()
  const no = decodeParam(params.no)
  const loggedIn = useIsLoggedIn()
  const volunteer = useSession((s) => !!s.user?.roles.includes('volunteer')) && loggedIn
  const mine = useMyCertificate(volunteer && !no)
  return (
    <PageShell title='志愿服务记录证明'>
      {mine.error && <Notice type='error'>{mine.error.message}</Notice>}
      {mine.data && (
        <>
          <CertificateView c={mine.data} />
          <Notice type='info'>单位或学校需要核实时，请告诉对方证明编号：打开“志愿积分 → 志愿服务记录证明 → 查验证明”输入编号即可，对方看到的姓名会隐去一部分。</Notice>
        </>
      )}
      {!volunteer && !no && <Notice type='info'>这里可以查验志愿服务记录证明：输入证明上的编号。志愿者登录后可以在这里出具自己的证明。</Notice>}
      <Check initial={no} />
      {no && volunteer && (
        <Button block onClick={() => navigate(links.pointsCertificate())}>
          查看我的证明
        </Button>
      )}
    </PageShell>
  )
}
