import { Text, View } from '@tarojs/components'
import type { DisputeGuide } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { role } from '@/components/ui/a11y'

/**
 * One type's guide. Where it does not belong comes first, as a warning: a resident with a wage
 * claim should go to labour arbitration, not spend weeks here.
 */
export function GuideView({ g }: { g: DisputeGuide }) {
  return (
    <View className='dispute-stack' data-testid='dispute-guide'>
      {g.elsewhere && (
        <Notice type='warning' title='先看看是不是该去别处'>
          <Text data-testid='guide-elsewhere'>{g.elsewhere}</Text>
        </Notice>
      )}
      <Section title='通常怎么解决'>
        <Text className='dispute-line'>{g.settles}</Text>
      </Section>
      <Section title='先自己试一试'>
        <Text className='dispute-line'>{g.selfHelp}</Text>
      </Section>
      <Section title='请准备这些'>
        <View className='dispute-list' {...role('list')}>
          {g.prepare.map((p) => (
            <Text key={p} className='dispute-list__item' {...role('listitem')}>
              {p}
            </Text>
          ))}
        </View>
      </Section>
      <Section title='相关规定'>
        <Text className='dispute-line'>{g.rule}</Text>
      </Section>
    </View>
  )
}
