import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { ROOM_MAX, homeLabel, homeSchema, type Building, type Compound, type User } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { TextInput } from '@/components/ui/TextInput'
import { geoApi } from '@/features/geo/api'
import { CompoundPicker } from '@/features/geo/components/CompoundPicker'
import { useGeo } from '@/features/geo/hooks'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { goBack, requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'

interface Values extends Record<string, unknown> {
  compound: Compound | null
  building: Building | null
  room: string
}

/**
 * 我的住址: set once, then 随手拍 starts from its grid, and the grid worker's service phone is at
 * hand. The person searches their 小区, picks the building, and may add the door number.
 */
export default function AddressPage() {
  useLoad(() => requireLogin())
  const user = useSession((s) => s.user)
  const setUser = useSession((s) => s.setUser)
  const geo = useGeo()
  const draft = useDraft<Values>('home-address', { compound: null, building: null, room: user?.home?.room ?? '' })
  const v = draft.values
  const { submit, submitting, fields, error, clearField } = useSubmit(homeSchema, draft, geoApi.setHome)
  const [saved, setSaved] = useState<User | null>(null)

  const save = async () => {
    const res = await submit({ buildingId: v.building?.id ?? '', room: v.room })
    if (!res) return
    setUser(res)
    setSaved(res)
  }

  if (saved?.home) {
    const grid = geo.data?.grids.find((g) => g.id === saved.home?.gridId)
    return (
      <PageShell title='我的住址'>
        <Notice type='success' title='已保存我的住址'>
          {`${homeLabel(saved.home)}${grid ? `，属于${grid.name}` : ''}。以后反映问题会自动带出这个网格。`}
        </Notice>
        <Button type='primary' block onClick={goBack}>
          返回
        </Button>
      </PageShell>
    )
  }

  return (
    <PageShell title='我的住址' loading={!geo.data && geo.loading} error={geo.data ? null : geo.error} onRetry={geo.reload}>
      {user?.home && (
        <Section title='现在的住址'>
          <Text>{homeLabel(user.home)}</Text>
        </Section>
      )}
      {geo.data && (
        <Section title={user?.home ? '换一个住址' : '设置我的住址'}>
          <View className='address-page__intro'>
            <Text>设置一次就好：反映问题时会自动找到您所在的网格和网格员。</Text>
          </View>
          <CompoundPicker
            geo={geo.data}
            value={v.compound && v.building ? { compound: v.compound, building: v.building } : null}
            error={fields.buildingId}
            onPick={({ compound, building }) => {
              draft.set({ compound, building })
              clearField('buildingId')
            }}
          />
          <Field name='room' label='门牌（选填）' error={fields.room}>
            <TextInput value={v.room} maxlength={ROOM_MAX} placeholder='如：2单元301' onChange={(t) => {
              draft.set({ room: t })
              clearField('room')
            }} />
          </Field>
          {error && <Notice type='error'>{error}</Notice>}
          <Button type='primary' block loading={submitting} disabled={submitting} onClick={save}>
            保存我的住址
          </Button>
        </Section>
      )}
    </PageShell>
  )
}
