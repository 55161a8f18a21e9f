import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import {
  CATEGORY_INFO,
  DESCRIPTION_MAX,
  PHOTOS_MAX,
  REPORT_CATEGORIES,
  URGENCY_LABELS,
  reportCreateSchema,
  type Geo,
  type Report,
  type ReportCategory,
} from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { SelectField } from '@/components/ui/SelectField'
import { Switch } from '@/components/ui/Switch'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { WechatPhoneButton } from '@/components/ui/WechatPhoneButton'
import { chooseLocation } from '@/services/device/location'
import { reportsApi } from '../api'
import { useDraft } from '@/hooks/useDraft'
import { errorText } from '@/utils/errors'
import { useSubmit } from '@/hooks/useSubmit'
import { SimilarReports } from './SimilarReports'

export const REPORT_FORM_ID = 'report-new'

export interface ReportFormValues extends Record<string, unknown> {
  category: ReportCategory | ''
  description: string
  photos: string[]
  communityId: string
  gridId: string
  address: string
  latitude?: number
  longitude?: number
  anonymous: boolean
  contactPhone: string
}

interface Props {
  geo: Geo
  /** the resident's own grid, used as the starting place */
  homeCommunityId?: string | null
  homeGridId?: string | null
  onSubmitted: (report: Report) => void
  onJoined: (report: Report) => void
  /** weapp: exchanges a getPhoneNumber code for the user's own number (composed by the page) */
  phoneFromWechat?: (code: string) => Promise<string>
}

export function toCreateInput(v: ReportFormValues) {
  return {
    category: v.category || undefined,
    description: v.description,
    photos: v.photos,
    location: {
      address: v.address,
      communityId: v.communityId,
      gridId: v.gridId,
      ...(typeof v.latitude === 'number' ? { latitude: v.latitude, longitude: v.longitude } : {}),
    },
    anonymous: v.anonymous,
    contactPhone: v.contactPhone,
  }
}

export function ReportForm({ geo, homeCommunityId, homeGridId, onSubmitted, onJoined, phoneFromWechat }: Props) {
  const draft = useDraft<ReportFormValues>(REPORT_FORM_ID, {
    category: '',
    description: '',
    photos: [],
    communityId: homeCommunityId ?? '',
    gridId: homeGridId ?? '',
    address: '',
    anonymous: false,
    contactPhone: '',
  })
  const v = draft.values
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(reportCreateSchema, draft, reportsApi.create)
  const [locating, setLocating] = useState(false)
  const [phoneNote, setPhoneNote] = useState<string | null>(null)
  // a photo still uploading is not in v.photos yet: submit once every photo is a reference
  const [photosBusy, setPhotosBusy] = useState(false)
  // the server names a bad photo by its place ('photos.2'); the field shows the first such message
  const photoFields = Object.keys(fields).filter((k) => k.startsWith('photos.'))
  const photosError = fields.photos ?? (photoFields.length ? fields[photoFields[0]] : undefined)

  const communities = useMemo(() => geo.communities.map((c) => ({ value: c.id, label: c.name })), [geo])
  const grids = useMemo(
    () => geo.grids.filter((g) => g.communityId === v.communityId).map((g) => ({ value: g.id, label: g.name })),
    [geo, v.communityId],
  )
  const grid = geo.grids.find((g) => g.id === v.gridId)
  const info = v.category ? CATEGORY_INFO[v.category] : null

  const change = (patch: Partial<ReportFormValues>, ...fieldNames: string[]) => {
    draft.set(patch)
    fieldNames.forEach(clearField)
  }

  const pickCommunity = (communityId: string) => {
    const own = geo.grids.filter((g) => g.communityId === communityId)
    // The grid follows the community: with one grid there is nothing left to choose.
    change({ communityId, gridId: own.length === 1 ? own[0].id : '' }, 'location.communityId', 'location.gridId')
  }

  const locate = async () => {
    setLocating(true)
    const loc = await chooseLocation()
    setLocating(false)
    if (loc) change({ address: loc.address, latitude: loc.latitude, longitude: loc.longitude }, 'location.address')
  }

  const usePhone = async (code: string | null) => {
    if (!code || !phoneFromWechat) {
      setPhoneNote('未授权手机号，请手动填写')
      return
    }
    try {
      change({ contactPhone: await phoneFromWechat(code) }, 'contactPhone')
      setPhoneNote(null)
    } catch (e) {
      setPhoneNote(errorText(e, '没有取到手机号，请手动填写'))
    }
  }

  const onSubmit = async () => {
    const res = await submit(toCreateInput(v))
    if (res) onSubmitted(res)
  }

  return (
    <View className='report-form'>
      <Section title='问题类别'>
        <Field name='category' label='类别' required error={fields.category}>
          <ChipGroup
            options={REPORT_CATEGORIES.map((k) => ({ value: k, label: CATEGORY_INFO[k].label }))}
            value={v.category}
            onChange={(c) => change({ category: c }, 'category')}
          />
        </Field>
        {info && (
          <View className='report-form__limit'>
            <Text>办理时限：{URGENCY_LABELS[info.urgency]}（自派发起计时）</Text>
            <Text className='report-form__hint'>{info.hint}</Text>
          </View>
        )}
      </Section>

      {v.category && v.gridId ? (
        <SimilarReports category={v.category} gridId={v.gridId} onJoined={onJoined} />
      ) : null}

      <Section title='问题描述'>
        <Field name='description' label='描述' required error={fields.description} hint={`请写清楚问题和位置，5～${DESCRIPTION_MAX}字`}>
          <TextArea
            value={v.description}
            maxlength={DESCRIPTION_MAX}
            placeholder='例如：3栋楼下垃圾桶已满三天无人清运，气味很大'
            onChange={(t) => change({ description: t }, 'description')}
          />
        </Field>
        <Field name='photos' label='照片' error={photosError} hint={`近景、远景各一张更好，最多${PHOTOS_MAX}张`}>
          <PhotoPicker value={v.photos} max={PHOTOS_MAX} onChange={(p) => change({ photos: p }, 'photos', ...photoFields)} onBusyChange={setPhotosBusy} />
        </Field>
      </Section>

      <Section title='问题位置'>
        <Field name='location.communityId' label='社区' required error={fields['location.communityId']}>
          <SelectField label='社区' options={communities} value={v.communityId} placeholder='请选择社区' onChange={pickCommunity} />
        </Field>
        <Field name='location.gridId' label='网格' required error={fields['location.gridId']} hint={grid ? `网格员 ${grid.workerName} · 服务电话 ${grid.servicePhone}` : undefined}>
          <SelectField
            label='网格'
            options={grids}
            value={v.gridId}
            placeholder={v.communityId ? '请选择网格' : '请先选择社区'}
            onChange={(g) => change({ gridId: g }, 'location.gridId')}
          />
        </Field>
        <Field name='location.address' label='详细地址' required error={fields['location.address']}>
          <TextInput value={v.address} maxlength={100} placeholder='如：西牌楼街12号3栋楼下' onChange={(t) => change({ address: t }, 'location.address')} />
        </Field>
        {process.env.TARO_ENV !== 'h5' && (
          <Button type='secondary' loading={locating} onClick={locate}>
            在地图上选点
          </Button>
        )}
      </Section>

      <Section title='联系方式'>
        <Field name='anonymous' label='匿名反映' hint='匿名后，办理人员和其他居民都看不到您的姓名'>
          <Switch checked={v.anonymous} onChange={(a) => change({ anonymous: a })} />
        </Field>
        <Field name='contactPhone' label='联系电话' required error={fields.contactPhone} hint='仅本网格办理人员可见完整号码，其他人看到 138****1234'>
          <TextInput type='phone' value={v.contactPhone} maxlength={11} placeholder='11位手机号码' onChange={(t) => change({ contactPhone: t }, 'contactPhone')} />
        </Field>
        {phoneFromWechat && <WechatPhoneButton onCode={usePhone}>使用微信绑定的手机号</WechatPhoneButton>}
        {phoneNote && <Notice type='info'>{phoneNote}</Notice>}
      </Section>

      {error && <Notice type='error'>{error}</Notice>}
      <View className='report-form__submit'>
        <Button type='primary' block loading={submitting} disabled={submitting || waitSeconds > 0 || photosBusy} onClick={onSubmit}>
          提交反映
        </Button>
      </View>
    </View>
  )
}
