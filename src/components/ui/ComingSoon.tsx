import { View, Text } from '@tarojs/components'
import { goHome } from '@/services/nav'
import { PageShell } from './PageShell'
import { Section } from './Section'
import { Notice } from './Notice'
import { Button } from './Button'
import { MeanwhileCard, type MeanwhileProps } from './Meanwhile'
import './ComingSoon.scss'

export interface ComingSoonProps {
  /** module name, e.g. '帮代办' */
  title: string
  /** e.g. '帮代办预约即将上线' */
  headline: string
  /** what the module will do, one line each */
  plans: string[]
  /** the button back (default 返回首页) */
  fallbackText?: string
  /** what to do until it is built: a place to go to or call */
  meanwhile?: MeanwhileProps
}

/** An honest placeholder for a module that is not built yet: no fake functionality. */
export function ComingSoon({ title, headline, plans, fallbackText = '返回首页', meanwhile }: ComingSoonProps) {
  return (
    <PageShell title={title}>
      <Notice type='info' title={headline}>
        <Text>这个模块还在建设中，现在还不能在线办理。</Text>
      </Notice>
      {meanwhile && (
        <Section title='现在可以这样办'>
          <MeanwhileCard {...meanwhile} />
        </Section>
      )}
      <Section title='上线后可以'>
        <View className='ui-soon__list'>
          {plans.map((p) => (
            <View key={p} className='ui-soon__item'>
              <Text>· {p}</Text>
            </View>
          ))}
        </View>
      </Section>
      <Button block type='primary' onClick={goHome}>
        {fallbackText}
      </Button>
    </PageShell>
  )
}
