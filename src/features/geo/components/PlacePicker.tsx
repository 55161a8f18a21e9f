import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { DISPATCH_LIMIT_HOURS, PAGES, homeLabel, type GeoPoint, type Geo, type Home } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { MaskedPhone } from '@/components/ui/MaskedPhone'
import { Notice } from '@/components/ui/Notice'
import { SelectField } from '@/components/ui/SelectField'
import { Switch } from '@/components/ui/Switch'
import { chooseLocation, currentPosition } from '@/services/device/location'
import { navigate } from '@/services/nav'
import { errorText } from '@/utils/errors'
import { geoApi } from '../api'
import { CompoundPicker } from './CompoundPicker'
import './geo.scss'

export interface PlaceValue {
  communityId: string
  gridId: string
  /** 我不确定在哪个网格: the community's worker assigns the grid */
  gridUnknown: boolean
}

export interface PlaceChange extends Partial<PlaceValue> {
  /** a suggested address (the building found), used when none is typed yet */
  address?: string
  /** the address comes from the map: it replaces what was typed */
  addressFromMap?: boolean
  latitude?: number
  longitude?: number
}

export interface PlacePickerProps {
  geo: Geo
  home?: Home | null
  value: PlaceValue
  errors: { communityId?: string; gridId?: string }
  onChange: (change: PlaceChange) => void
}

type Note = { type: 'info' | 'success' | 'warning' | 'error'; text: string }

/**
 * Where a problem is, as a grid: from 我的住址, the phone's position (the grid whose boundary
 * holds it), a 小区 and building, or 社区 → 网格 by hand; or 我不确定, and the community assigns
 * it. What the choice leads to — the grid, its worker and service phone — stays on top.
 */
export function PlacePicker({ geo, home, value: v, errors, onChange }: PlacePickerProps) {
  const [finding, setFinding] = useState(!home && !v.gridId && !v.gridUnknown)
  const [locating, setLocating] = useState(false)
  const [note, setNote] = useState<Note | null>(null)

  const communities = useMemo(() => geo.communities.map((c) => ({ value: c.id, label: c.name })), [geo])
  const grids = useMemo(
    () => geo.grids.filter((g) => g.communityId === v.communityId).map((g) => ({ value: g.id, label: g.name })),
    [geo, v.communityId],
  )

  const pickCommunity = (communityId: string) => {
    const own = geo.grids.filter((g) => g.communityId === communityId)
    // The grid follows the community: with one grid there is nothing left to choose.
    onChange({ communityId, gridId: own.length === 1 && !v.gridUnknown ? own[0].id : '' })
  }

  /** The grid at a point (the phone's position, or a point picked on the map). */
  const fromPoint = async (p: GeoPoint) => {
    try {
      const { grid } = await geoApi.locate(p)
      if (!grid) {
        setNote({ type: 'warning', text: `这个位置不在${geo.district.name}的网格内。如果问题就在这里，请选择社区，或选“我不确定在哪个网格”。` })
        return
      }
      onChange({ communityId: grid.communityId, gridId: grid.id, gridUnknown: false, latitude: p.latitude, longitude: p.longitude })
      setNote({ type: 'success', text: `已按当前位置找到：${grid.name}` })
    } catch (e) {
      setNote({ type: 'error', text: errorText(e, '没有查到所在网格，请按小区查找或选择社区网格') })
    }
  }

  const fromHere = async () => {
    setLocating(true)
    setNote(null)
    const pos = await currentPosition()
    if (pos.ok) await fromPoint(pos)
    else
      setNote({
        type: 'warning',
        text: pos.reason === 'denied' ? '没有位置权限。可以按小区楼栋查找，或直接选择社区和网格。' : '暂时定不到位置。可以按小区楼栋查找，或直接选择社区和网格。',
      })
    setLocating(false)
  }

  /** weapp: a point on the map gives the address and the grid */
  const fromMap = async () => {
    setLocating(true)
    setNote(null)
    const loc = await chooseLocation()
    if (loc) {
      onChange({ address: loc.address, addressFromMap: true, latitude: loc.latitude, longitude: loc.longitude })
      await fromPoint(loc)
    }
    setLocating(false)
  }

  const grid = !v.gridUnknown ? geo.grids.find((g) => g.id === v.gridId) : undefined
  const community = geo.communities.find((c) => c.id === v.communityId)

  return (
    <View className='place-picker'>
      <View className='place-picker__target' data-testid='place-target' aria-live='polite'>
        {grid ? (
          <>
            <Text className='place-picker__target-title'>{`将派发至：${grid.name}`}</Text>
            <Text>{`网格员 ${grid.workerName}`}</Text>
            <View className='compound-picker__phone'>
              <Text>服务电话：</Text>
              <MaskedPhone phone={grid.servicePhone} reveal callable />
            </View>
          </>
        ) : v.gridUnknown && community ? (
          <>
            <Text className='place-picker__target-title'>{`将先交给：${community.name}`}</Text>
            <Text>{`社区工作者在${DISPATCH_LIMIT_HOURS}小时内分派给所在网格，之后按时限办理。`}</Text>
          </>
        ) : (
          <Text className='place-picker__target-title'>请确定问题所在的网格（下面几种办法任选一种）</Text>
        )}
      </View>

      {!home && (
        <Notice type='info' title='还没有设置我的住址'>
          设置一次，以后反映问题会自动找到您的网格和网格员。
        </Notice>
      )}
      <View className='place-picker__actions'>
        {!home && (
          <Button type='secondary' block onClick={() => navigate(PAGES.address)}>
            设置我的住址
          </Button>
        )}
        {home && (home.gridId !== v.gridId || v.gridUnknown) && (
          <Button type='secondary' block onClick={() => onChange({ communityId: home.communityId, gridId: home.gridId, gridUnknown: false })}>
            {`用我的住址（${homeLabel(home)}）`}
          </Button>
        )}
        <Button type='secondary' block loading={locating} disabled={locating} onClick={() => void fromHere()}>
          用当前位置
        </Button>
        {process.env.TARO_ENV !== 'h5' && (
          <Button type='secondary' block loading={locating} disabled={locating} onClick={() => void fromMap()}>
            在地图上选点
          </Button>
        )}
        <Button type='secondary' block onClick={() => setFinding(!finding)}>
          {finding ? '收起小区查找' : '按小区楼栋查找'}
        </Button>
      </View>
      {note && <Notice type={note.type}>{note.text}</Notice>}
      {finding && (
        <CompoundPicker
          geo={geo}
          onPick={({ compound, building }) => {
            onChange({ communityId: compound.communityId, gridId: building.gridId, gridUnknown: false, address: `${compound.name}${building.name}` })
            setNote({ type: 'success', text: `${compound.name}${building.name} 属于 ${geo.grids.find((g) => g.id === building.gridId)?.name ?? ''}` })
            setFinding(false)
          }}
        />
      )}

      <Field name='location.communityId' label='社区' required error={errors.communityId}>
        <SelectField label='社区' options={communities} value={v.communityId} placeholder='请选择社区' onChange={pickCommunity} />
      </Field>
      {!v.gridUnknown && (
        <Field name='location.gridId' label='网格' required error={errors.gridId}>
          <SelectField
            label='网格'
            options={grids}
            value={v.gridId}
            placeholder={v.communityId ? '请选择网格' : '请先选择社区'}
            onChange={(g) => onChange({ gridId: g })}
          />
        </Field>
      )}
      <Switch label='我不确定在哪个网格' name='gridUnknown' checked={v.gridUnknown} onChange={(on) => onChange({ gridUnknown: on, gridId: on ? '' : v.gridId })} />
      {v.gridUnknown && errors.gridId && <Notice type='error'>{errors.gridId}</Notice>}
    </View>
  )
}
