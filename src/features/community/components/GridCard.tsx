// The resident's own grid on 首页. It lives in the main package, so it stays small: one fetch,
// a few lines, the grid's phone and a link to 民情地图 (the rest is in packages/community).
import { View, Text } from '@tarojs/components'
import { PAGES } from '@/contract'
import { CallLink } from '@/components/ui/CallLink'
import { ListItem } from '@/components/ui/ListItem'
import { Section } from '@/components/ui/Section'
import { navigate } from '@/services/nav'
import { useGridFigures } from '../hooks'
import { percent } from '../format'
import './GridCard.scss'

export function GridCard({ gridId }: { gridId: string }) {
  const { data } = useGridFigures(gridId)
  // a failed fetch leaves 首页 as it was: the card is a bonus, not the page's purpose
  if (!data) return null
  return (
    <Section title='我的网格' className='cm-home'>
      <View data-testid='grid-card'>
        <Text className='cm-home__name'>{data.gridName}</Text>
        <View className='cm-home__figures'>
          <View className='cm-home__figure'>
            <Text className='cm-home__value' data-testid='grid-open'>{`${data.open} 件`}</Text>
            <Text className='cm-home__label'>未办结</Text>
          </View>
          <View className='cm-home__figure'>
            <Text className='cm-home__value' data-testid='grid-resolution'>{percent(data.rates.resolutionRate)}</Text>
            <Text className='cm-home__label'>本月解决率</Text>
          </View>
          <View className='cm-home__figure'>
            <Text className='cm-home__value' data-testid='grid-satisfaction'>{percent(data.rates.satisfactionRate)}</Text>
            <Text className='cm-home__label'>本月满意率</Text>
          </View>
        </View>
        <CallLink phone={data.servicePhone} label='联系网格' data-testid='grid-phone' />
        <ListItem title='民情地图' note='看看各网格的问题办得怎么样' onClick={() => navigate(PAGES.communityMap)} />
      </View>
    </Section>
  )
}
