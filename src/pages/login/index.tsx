import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ROLE_LABELS, type DemoAccount } from '@/contract'
import { errorText } from '@/utils/errors'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { useDemoAccounts, useLogin } from '@/features/auth/hooks'
import { goAfterLogin } from '@/services/nav'
import { useIsLoggedIn, useSession } from '@/stores/session'
import './index.scss'

function AccountRow({ a, pending, onLogin }: { a: DemoAccount; pending: string | null; onLogin: () => void }) {
  return (
    <View className='login__account' data-testid='demo-account' data-account={a.id}>
      <View className='login__account-main'>
        <View className='login__account-head'>
          <Text className='login__account-name'>{a.name}</Text>
          <Text className='login__account-phone'>{a.phoneMasked}</Text>
        </View>
        <View className='login__account-roles'>
          {a.roles.map((r) => (
            <Tag key={r} tone='blue'>
              {ROLE_LABELS[r]}
            </Tag>
          ))}
        </View>
        {(a.communityName || a.gridName) && <Text className='login__account-grid'>{[a.communityName, a.gridName].filter(Boolean).join(' · ')}</Text>}
        {a.note && <Text className='login__account-note'>{a.note}</Text>}
      </View>
      <Button type='secondary' size='small' loading={pending === a.id} disabled={!!pending && pending !== a.id} onClick={onLogin}>
        登录
      </Button>
    </View>
  )
}

export default function LoginPage() {
  const { params } = useRouter()
  const redirect = params.redirect
  const accounts = useDemoAccounts()
  const login = useLogin()
  const loggedIn = useIsLoggedIn()
  const user = useSession((s) => s.user)

  const after = (ok: boolean) => {
    if (ok) goAfterLogin(redirect)
  }

  return (
    <PageShell title='登录邻里帮' className='login'>
      {loggedIn && user && (
        <Notice type='success' title={`您已登录：${user.name}`} action={<Button size='small' onClick={() => goAfterLogin(redirect)}>继续</Button>}>
          <Text>也可以在下面换一个账号登录。</Text>
        </Notice>
      )}

      <Section>
        <Text className='login__lead'>登录后可以反映问题、查看办理进度、接收消息。</Text>
        <Button type='primary' block loading={login.pending === 'wx'} disabled={!!login.pending && login.pending !== 'wx'} onClick={() => void login.loginWithWechat().then(after)}>
          微信一键登录
        </Button>
        <Text className='login__privacy'>
          首次登录为“居民”身份。我们只保存您的微信标识和手机号；手机号对其他人显示为 138****1234。拍照、定位只在您使用时才询问。
        </Text>
      </Section>

      {login.error && <Notice type='error'>{errorText(login.error)}</Notice>}

      <Section title='演示账号' extra={<Text>每种身份都有</Text>}>
        {accounts.loading && !accounts.data && <Text className='login__muted'>正在加载演示账号…</Text>}
        {accounts.error && !accounts.data && (
          <Notice type='error' action={<Button size='small' onClick={() => void accounts.reload()}>重试</Button>}>
            {errorText(accounts.error)}
          </Notice>
        )}
        {accounts.data?.map((a) => (
          <AccountRow key={a.id} a={a} pending={login.pending} onLogin={() => void login.loginAsDemo(a.id).then(after)} />
        ))}
        {accounts.data && accounts.data.length === 0 && <Text className='login__muted'>暂无演示账号</Text>}
      </Section>
    </PageShell>
  )
}
