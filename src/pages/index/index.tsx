import { View, Text } from '@tarojs/components'
import { ROLE_LABELS } from '@/contract'
import { pressable } from '@/components/ui/a11y'
import { ListItem } from '@/components/ui/ListItem'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { Switch } from '@/components/ui/Switch'
import { homeEntries, type HomeTile } from '@/modules'
import { navigate, requireLogin } from '@/services/nav'
import { useUnreadBadge } from '@/features/inbox/hooks'
import { GridCard } from '@/features/community/components/GridCard'
import { useSession, useIsLoggedIn } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import './index.scss'

const NOTICES = [
  { title: '随手拍已开通', note: '垃圾堆积、设施损坏、漏水、噪音……拍照反映，受理、派发、办理、审核、回复、回访六个环节全程可查。' },
  { title: '办理时限', note: '紧急事项2小时、水电气24小时、一般事项7天、复杂事项15天，从派发起计时，超时会被督办。' },
  { title: '您的隐私', note: '浏览无需登录；拍照、定位只在您使用时才询问；您的手机号对他人显示为 138****1234。' },
]

function greeting(hour: number): string {
  if (hour < 6) return '夜深了'
  if (hour < 11) return '早上好'
  if (hour < 13) return '中午好'
  if (hour < 18) return '下午好'
  return '晚上好'
}

function open(e: HomeTile) {
  if (e.login && !requireLogin(e.url)) return
  navigate(e.url)
}

export default function HomePage() {
  const loggedIn = useIsLoggedIn()
  const user = useSession((s) => s.user)
  const activeRole = useSession((s) => s.activeRole)
  const roles = useSession((s) => s.user?.roles)
  // a resident's own grid gets its figures card; a worker's grid is their 办事
  const myGrid = useSession((s) => (s.user?.roles.includes('resident') ? s.user.gridId : null))
  const elder = useSettings((s) => s.elder)
  const setElder = useSettings((s) => s.setElder)
  useUnreadBadge()

  return (
    <PageShell className='home'>
      <View className='home__hello'>
        <Text className='home__greet'>{`${greeting(new Date().getHours())}，${loggedIn && user ? user.name : '居民朋友'}`}</Text>
        <Text className='home__sub'>
          {loggedIn && activeRole ? `当前身份：${ROLE_LABELS[activeRole]}` : '不用登录也能浏览，反映问题时再登录'}
        </Text>
      </View>

      <View className='home__elder' data-testid='elder-entry'>
        <Switch label={elder ? '长辈版 · 已开启' : '长辈版'} checked={elder} onChange={setElder} name='elder' />
        <Text className='home__elder-hint'>字更大、按钮更大、不弹窗</Text>
      </View>

      <View className='home__entries'>
        {homeEntries(loggedIn ? roles : []).map((e) => (
          <View key={e.key} className={`home__entry home__entry--${e.tone}`} data-testid={`entry-${e.key}`} {...pressable(() => open(e), 'link')} onClick={() => open(e)}>
            <Text className='home__entry-title'>{e.title}</Text>
            <Text className='home__entry-desc'>{e.desc}</Text>
          </View>
        ))}
      </View>

      {loggedIn && myGrid && <GridCard key={myGrid} gridId={myGrid} />}

      <Section title='社区公告'>
        {NOTICES.map((n) => (
          <ListItem key={n.title} title={n.title} note={n.note} />
        ))}
      </Section>
    </PageShell>
  )
}
