import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { PAGES, ROLE_LABELS, homeLabel } from '@/contract'
import { LoginGate } from '@/components/form/LoginGate'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { ListItem } from '@/components/ui/ListItem'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { Switch } from '@/components/ui/Switch'
import { Tag } from '@/components/ui/StatusTag'
import { useLogout, useMe } from '@/features/auth/hooks'
import { useUnreadBadge } from '@/features/inbox/hooks'
import { useGeo } from '@/features/geo/hooks'
import { getMockControl, useMockReady } from '@/services/mock'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { goHome, navigate } from '@/services/nav'
import './index.scss'

const PRIVACY = [
  { title: '什么时候收集', note: '浏览不需要登录。登录时保存您的微信标识和手机号；只有在您点“添加照片”“在地图上选点”“扫码”时，才会询问相册、相机或位置权限。' },
  { title: '谁能看到', note: '您反映的问题：您本人、本网格的网格员和协同办理的部门可见；附近居民只看到问题和位置，看不到您是谁。匿名反映时，办理人员也看不到您的姓名。' },
  { title: '怎样遮挡', note: '手机号对他人显示为 138****1234，姓名显示为 王*英；完整号码只给负责办理的网格员，用于联系您。' },
  { title: '退出与删除', note: '“退出登录”会清除本机保存的登录信息和您还没提交的草稿。' },
]

function DemoSettings({ onReset }: { onReset?: () => void }) {
  // The mock boots asynchronously: its control appears once it is ready.
  const control = useMockReady() ? getMockControl() : null
  const [confirming, setConfirming] = useState(false)
  const [resetting, setResetting] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  // The mock holds the truth; this only re-renders after the switch changes it.
  const [, setFlips] = useState(0)
  if (!control) return null
  const offline = control.isOffline()

  const reset = async () => {
    if (!confirming) {
      setConfirming(true)
      setDone(null)
      return
    }
    setResetting(true)
    try {
      await control.reset()
      setDone('演示数据已恢复到初始状态')
      // Demo accounts keep their session; a WeChat-login user is gone from the seed, and the
      // refresh then answers 401, which sends them to the login page.
      onReset?.()
    } catch {
      setDone('重置失败，请稍后重试')
    } finally {
      setResetting(false)
      setConfirming(false)
    }
  }

  const toggleOffline = (on: boolean) => {
    if (on) control.setFaults({ offline: true })
    else control.clearFaults()
    setFlips((n) => n + 1)
  }

  return (
    <Section title='演示设置'>
      <Switch label='模拟断网' checked={offline} onChange={toggleOffline} name='offline' />
      {offline && <Notice type='warning'>已模拟断网：所有请求都会失败，可以用来试试已填写的内容会不会丢。</Notice>}
      {confirming && (
        <Notice type='warning' title='确定重置演示数据？'>
          所有演示中产生的反映、消息都会清除，恢复到初始数据。再点一次“确认重置”即可。
        </Notice>
      )}
      <View className='me__buttons'>
        <Button type={confirming ? 'danger' : 'secondary'} block loading={resetting} onClick={() => void reset()}>
          {confirming ? '确认重置' : '重置演示数据'}
        </Button>
        {confirming && (
          <Button block onClick={() => setConfirming(false)}>
            取消
          </Button>
        )}
      </View>
      {done && <Notice type={done.startsWith('重置失败') ? 'error' : 'success'}>{done}</Notice>}
    </Section>
  )
}

function Profile() {
  const user = useSession((s) => s.user)
  const activeRole = useSession((s) => s.activeRole)
  const setActiveRole = useSession((s) => s.setActiveRole)
  const geo = useGeo()
  const me = useMe()

  const place = useMemo(() => {
    if (!user) return ''
    const c = geo.data?.communities.find((x) => x.id === user.communityId)
    const g = geo.data?.grids.find((x) => x.id === user.gridId)
    if (!user.communityId && !user.gridId) return '还没有所在网格：设置“我的住址”后自动找到'
    return [c?.name, g?.name].filter(Boolean).join(' · ') || '…'
  }, [user, geo.data])

  if (!user) return null
  return (
    <>
      <Section title='我的信息'>
        <ListItem title={user.name} note={place} extra={<MaskedPhone phone={user.phoneMasked} />} />
        <ListItem
          title='我的住址'
          note={user.home ? homeLabel(user.home) : '未设置：设置后，反映问题会自动找到您的网格'}
          extra={<Tag tone={user.home ? 'grey' : 'orange'}>{user.home ? '修改' : '去设置'}</Tag>}
          onClick={() => navigate(PAGES.address)}
          data-testid='my-home'
        />
        <View className='me__roles' data-testid='my-roles'>
          {user.roles.map((r) => (
            <Tag key={r} tone={r === activeRole ? 'blue' : 'grey'}>
              {ROLE_LABELS[r]}
            </Tag>
          ))}
        </View>
      </Section>

      {user.roles.length > 1 && (
        <Section title='切换身份'>
          <Text className='me__muted'>{`当前身份：${activeRole ? ROLE_LABELS[activeRole] : '—'}。“办事”页先显示这个身份的事项，其他身份的事项排在后面。`}</Text>
          <ChipGroup
            name='role'
            options={user.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={activeRole}
            onChange={setActiveRole}
          />
        </Section>
      )}

      <ElderSection />
      <PrivacySection />
      <DemoSettings onReset={() => void me.reload()} />

      <LogoutSection />
    </>
  )
}

/** 退出登录; when something typed is not sent yet, says it will be removed and offers to stay. */
function LogoutSection() {
  const { logout, pending, unsentDrafts } = useLogout()
  const [confirming, setConfirming] = useState(false)
  const leave = () => void logout().then(goHome)
  return (
    <View className='me__logout' data-testid='logout'>
      {confirming && (
        <Notice type='warning' title={`您有 ${unsentDrafts} 份填写了但还没提交的内容`}>
          退出后，这些内容会从本机删除，换别的账号也看不到。想保留的话，请先回去提交。
        </Notice>
      )}
      <Button type='danger' block loading={pending} onClick={() => (unsentDrafts > 0 && !confirming ? setConfirming(true) : leave())}>
        {confirming ? '仍要退出并删除' : '退出登录'}
      </Button>
      {confirming && (
        <Button block onClick={() => setConfirming(false)}>
          先不退出
        </Button>
      )}
    </View>
  )
}

function ElderSection() {
  const elder = useSettings((s) => s.elder)
  const setElder = useSettings((s) => s.setElder)
  return (
    <Section title='长辈版'>
      <Switch label='字更大、按钮更大、不弹窗' checked={elder} onChange={setElder} name='elder' />
    </Section>
  )
}

function PrivacySection() {
  return (
    <Section title='隐私说明'>
      {PRIVACY.map((p) => (
        <ListItem key={p.title} title={p.title} note={p.note} />
      ))}
    </Section>
  )
}

export default function MePage() {
  useUnreadBadge()
  return (
    <LoginGate
      title='我的'
      reason='登录后可以查看我的信息、切换身份。'
      redirect={PAGES.me}
      extra={
        <>
          <ElderSection />
          <PrivacySection />
          <DemoSettings />
        </>
      }
    >
      <PageShell title='我的'>
        <Profile />
      </PageShell>
    </LoginGate>
  )
}
