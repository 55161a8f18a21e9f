import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CATEGORY_INFO, PHOTOS_MAX, REPORT_CATEGORIES, patrolSchema, type Report, type ReportCategory } from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { reportsApi } from '../api'

/** Placeholders, which tests type into. */
export const PATROL_PLACEHOLDERS = {
  description: '如：巡查发现 3 栋楼下消防通道堆放杂物，已联系住户清理',
  address: '如：西牌楼街35号院3栋楼下',
} as const

interface Props {
  /** the worker's own grid: a patrol finding is filed there */
  gridId: string
  communityId: string
  gridName: string
  onFiled: (r: Report) => void
}

/**
 * 巡查上报 (未诉先办): what the grid worker found on patrol, in their own grid. It starts at 办理,
 * taken by them; the timeline says it was found on patrol.
 */
export function PatrolForm({ gridId, communityId, gridName, onFiled }: Props) {
  const draft = useDraft<{ category: string; description: string; photos: string[]; address: string }>(`report-patrol-${gridId}`, { category: '', description: '', photos: [], address: '' })
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(patrolSchema, draft, reportsApi.patrol)
  const [photosBusy, setPhotosBusy] = useState(false)
  const v = draft.values
  const set = (patch: Partial<typeof v>, field: string) => {
    draft.set(patch)
    clearField(field)
  }
  const go = async () => {
    const r = await submit({ category: v.category || undefined, description: v.description, photos: v.photos, location: { address: v.address, communityId, gridId } })
    if (r) onFiled(r)
  }
  return (
    <Section title={`巡查上报 · ${gridName}`}>
      <View className='report-patrol' data-testid='patrol-form'>
        <Text className='report-actions__lead'>巡查中发现的问题直接上报并办理：工单从“办理”开始，记为网格员巡查发现，居民在民情地图上能看到办理结果。</Text>
        <Field name='category' label='问题类别' required error={fields.category}>
          <ChipGroup name='patrol-category' options={REPORT_CATEGORIES.map((k) => ({ value: k, label: CATEGORY_INFO[k].label }))} value={(v.category as ReportCategory) || null} onChange={(c) => set({ category: c }, 'category')} />
        </Field>
        <Field name='description' label='发现的问题' required error={fields.description}>
          <TextArea value={v.description} maxlength={500} placeholder={PATROL_PLACEHOLDERS.description} onChange={(t) => set({ description: t }, 'description')} />
        </Field>
        <Field name='location.address' label='位置（本网格内）' required error={fields['location.address'] ?? fields['location.gridId']}>
          <TextInput value={v.address} maxlength={100} placeholder={PATROL_PLACEHOLDERS.address} onChange={(t) => set({ address: t }, 'location.address')} />
        </Field>
        <Field name='photos' label='现场照片' error={fields.photos}>
          <PhotoPicker value={v.photos} max={PHOTOS_MAX} onChange={(p) => set({ photos: p }, 'photos')} onBusyChange={setPhotosBusy} />
        </Field>
        {error && <Notice type='error'>{error}</Notice>}
        <Button type='primary' block loading={submitting} disabled={submitting || photosBusy || waitSeconds > 0} onClick={() => void go()}>
          上报并开始办理
        </Button>
      </View>
    </Section>
  )
}
