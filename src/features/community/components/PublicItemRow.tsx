import { View, Text } from '@tarojs/components'
import { CATEGORY_INFO, GATE_LABELS, REPORT_STATUS_LABELS, REPORT_STATUS_TONES, type PublicItem } from '@/contract'
import { StatusTag, Tag } from '@/components/ui/StatusTag'
import { monthText } from '../format'

/** One item of 民情地图: what, where (the grid only), how far along; never who. */
export function PublicItemRow({ item }: { item: PublicItem }) {
  return (
    <View className='cm-item' data-testid='map-item'>
      <View className='cm-item__head'>
        <Text className='cm-item__title'>{CATEGORY_INFO[item.category]?.label ?? item.category}</Text>
        <StatusTag label={REPORT_STATUS_LABELS[item.status]} tone={REPORT_STATUS_TONES[item.status]} status={item.status} />
        {item.patrol && <Tag tone='purple'>巡查发现</Tag>}
      </View>
      <Text className='cm-meta'>{`${item.gridName} · ${monthText(item.month)}反映`}</Text>
      <Text className='cm-meta'>{`${item.gate ? `当前环节：${GATE_LABELS[item.gate]}` : '已结束'} · ${item.gate ? `已 ${item.daysOpen} 天` : `用时 ${item.daysOpen} 天`}`}</Text>
    </View>
  )
}
