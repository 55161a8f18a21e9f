import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Building, Compound, Geo } from '@/contract'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { ListItem } from '@/components/ui/ListItem'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { Notice } from '@/components/ui/Notice'
import { Spinner } from '@/components/ui/Spinner'
import { TextInput } from '@/components/ui/TextInput'
import { useRemote } from '@/services/remote'
import { errorText } from '@/utils/errors'
import { geoApi } from '../api'
import './geo.scss'

export interface PickedBuilding {
  compound: Compound
  building: Building
}

interface Props {
  geo: Geo
  /** the building chosen so far, to show it chosen */
  value?: PickedBuilding | null
  onPick: (picked: PickedBuilding) => void
  /** error text from the form (e.g. buildingId) */
  error?: string
}

/** Waits until typing pauses, so each letter does not cost a request. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return settled
}

/**
 * 小区 → 楼栋: search a compound by its name or pinyin initials (xpl for 西牌楼), pick the
 * building; the grid, its worker and its service phone follow from the building.
 */
export function CompoundPicker({ geo, value, onPick, error }: Props) {
  const [q, setQ] = useState('')
  const [compound, setCompound] = useState<Compound | null>(value?.compound ?? null)
  const settled = useSettled(q.trim(), 300)
  const results = useRemote(settled ? () => geoApi.compounds(settled) : null, [settled])
  const building = value && compound && value.compound.id === compound.id ? value.building : null
  const grid = building ? geo.grids.find((g) => g.id === building.gridId) : undefined
  const community = compound ? geo.communities.find((c) => c.id === compound.communityId) : undefined

  return (
    <View className='compound-picker'>
      <Field name='compound' label='小区' required hint='输入小区名，或拼音首字母（如 xpl 找“西牌楼小区”）' error={compound ? undefined : error}>
        <TextInput value={q} maxlength={20} placeholder='搜索小区，如：西牌楼 或 xpl' onChange={setQ} />
      </Field>
      {settled && results.loading && !results.data && <Spinner />}
      {settled && results.error && <Notice type='error'>{errorText(results.error, '没有搜到，请稍后重试')}</Notice>}
      {settled && results.data && results.data.length === 0 && (
        <Notice type='info'>{`没有找到“${settled}”，换个写法试试；实在找不到，可以在下面按社区选择，或选“我不确定在哪个网格”。`}</Notice>
      )}
      {settled && results.data && results.data.length > 0 && (
        <View className='compound-picker__results' data-testid='compound-results'>
          {results.data.map((c) => (
            <ListItem
              key={c.id}
              title={c.name}
              note={geo.communities.find((x) => x.id === c.communityId)?.name}
              extra={compound?.id === c.id ? <Text className='compound-picker__on'>已选</Text> : undefined}
              onClick={() => {
                setCompound(c)
                setQ('')
              }}
            />
          ))}
        </View>
      )}
      {compound && (
        <Field name='buildingId' label={`${compound.name} · 楼栋`} required error={error}>
          <ChipGroup
            name='building'
            options={compound.buildings.map((b) => ({ value: b.id, label: b.name }))}
            value={building?.id ?? null}
            onChange={(id) => {
              const b = compound.buildings.find((x) => x.id === id)
              if (b) onPick({ compound, building: b })
            }}
          />
        </Field>
      )}
      {building && grid && (
        <View className='compound-picker__grid' data-testid='picked-grid'>
          <Text className='compound-picker__grid-name'>{`${compound?.name} ${building.name} 属于 ${grid.name}`}</Text>
          <Text>{`${community ? `${community.name} · ` : ''}网格员 ${grid.workerName}`}</Text>
          <View className='compound-picker__phone'>
            <Text>服务电话：</Text>
            <MaskedPhone phone={grid.servicePhone} reveal callable />
          </View>
        </View>
      )}
    </View>
  )
}
