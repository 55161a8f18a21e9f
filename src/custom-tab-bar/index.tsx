// weapp's tab bar (app.config.ts turns tabBar.custom on there only). WeChat draws its native
// labels at about 10 px whatever 长辈版 says; this one grows with it: labels ≥ 18 px and tabs
// ≥ 60 px tall. H5 keeps Taro's own tab bar, which app.scss grows.
import { Image, Text, View } from '@tarojs/components'
import { PAGES } from '@/contract'
import { role } from '@/components/ui/a11y'
import { cx } from '@/components/ui/cx'
import { switchTab } from '@/services/nav'
import { badgeText, useBadge } from '@/stores/badge'
import { useSettings } from '@/stores/settings'
import { TABS, followTabPages, useCurrentTab } from './tabs'
import './index.scss'

followTabPages()

function select(index: number): void {
  const { current, select: setCurrent } = useCurrentTab.getState()
  if (index === current) return
  // Selected at once: the new page's own instance mounts showing it, before the page's show.
  setCurrent(index)
  void switchTab(TABS[index].path).then((ok) => {
    if (!ok && useCurrentTab.getState().current === index) setCurrent(current)
  })
}

export default function CustomTabBar() {
  const elder = useSettings((s) => s.elder)
  const unread = useBadge((s) => s.unread)
  const current = useCurrentTab((s) => s.current)
  const count = badgeText(unread)

  return (
    <View className={cx('tab-bar', elder && 'elder')} {...role('navigation')} aria-label='主导航' data-testid='tab-bar'>
      <View className='tab-bar__list' {...role('tablist')}>
        {TABS.map((tab, i) => {
          const on = i === current
          const badge = tab.path === PAGES.inbox ? count : ''
          return (
            <View
              key={tab.path}
              className={cx('tab-bar__item', on && 'tab-bar__item--on')}
              hoverClass='tab-bar__item--pressed'
              {...role('tab')}
              aria-selected={on ? 'true' : 'false'}
              aria-label={badge ? `${tab.text}，${unread}条未读` : tab.text}
              onClick={() => select(i)}
            >
              <View className='tab-bar__icon-box'>
                <Image className='tab-bar__icon' src={on ? tab.iconOn : tab.icon} mode='aspectFit' aria-hidden='true' />
                {badge && (
                  <Text className='tab-bar__badge' aria-hidden='true'>
                    {badge}
                  </Text>
                )}
              </View>
              <Text className='tab-bar__label'>{tab.text}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
