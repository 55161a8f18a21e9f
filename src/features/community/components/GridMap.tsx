import { View, Text } from '@tarojs/components'
import type { PublicMap } from '@/contract'
import { pressable } from '@/components/ui/a11y'
import { OPEN_LEVELS, openLevel, shortGridName } from '../format'

interface Props {
  communities: PublicMap['communities']
  /** the grid the list is filtered to */
  selected: string | null
  onSelect: (gridId: string | null) => void
}

/**
 * The district as a schematic: one column per community, west to east, its first (north) grid
 * above its second (south), as the seed's boundaries lie. Each tile is a button that filters the
 * list to it; its colour follows its open items, and the tile says the number too.
 */
export function GridMap({ communities, selected, onSelect }: Props) {
  return (
    <View className='cm-map'>
      <View className='cm-legend' data-testid='map-legend'>
        <Text className='cm-legend__title'>颜色表示未办结件数：</Text>
        {OPEN_LEVELS.map((l) => (
          <View key={l.key} className='cm-legend__item'>
            <View className={`cm-swatch cm-tile--${l.key}`} aria-hidden='true' />
            <Text>{l.label}</Text>
          </View>
        ))}
      </View>
      <View className='cm-map__grid'>
        {communities.map((c) => (
          <View key={c.id} className='cm-map__community' data-testid={`community-${c.id}`}>
            <Text className='cm-map__name'>{c.name}</Text>
            {c.grids.map((g) => {
              const on = selected === g.id
              const tap = () => onSelect(on ? null : g.id)
              return (
                <View
                  key={g.id}
                  className={`cm-tile cm-tile--${openLevel(g.open)}${on ? ' cm-tile--on' : ''}`}
                  data-testid={`tile-${g.id}`}
                  aria-pressed={on ? 'true' : 'false'}
                  {...pressable(tap)}
                  onClick={tap}
                >
                  <Text className='cm-tile__name'>{shortGridName(g.name, c.name)}</Text>
                  <Text className='cm-tile__open'>{`未办结 ${g.open} 件`}</Text>
                  {on && <Text className='cm-tile__on'>已选</Text>}
                </View>
              )
            })}
          </View>
        ))}
      </View>
    </View>
  )
}
