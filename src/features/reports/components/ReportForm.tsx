import { useEffect, useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import {
  CATEGORY_INFO,
  DESCRIPTION_MAX,
  PHOTOS_MAX,
  REPORT_CATEGORIES,
  URGENCY_LABELS,
  reportCreateSchema,
  type Home,
  type Report,
  type ReportCategory,
} from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { Section } from '@/components/ui/Section'
import { Switch } from '@/components/ui/Switch'
import { TextArea } from '@/components/ui/TextArea'
import { TextInput } from '@/components/ui/TextInput'
import { WechatPhoneButton } from '@/components/ui/WechatPhoneButton'
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
  /** 我不确定在哪个网格: the community's worker assigns the grid */
  gridUnknown: boolean
  address: string
  latitude?: number
  longitude?: number
  anonymous: boolean
  contactPhone: string
}

/** What the form hands its place picker (composed by the page: features/geo's PlacePicker). */
export interface PlaceSlot {
  value: { communityId: string; gridId: string; gridUnknown: boolean }
  errors: { communityId?: string; gridId?: string }
  onChange: (change: PlaceChange) => void
}

export interface PlaceChange {
  communityId?: string
  gridId?: string
  gridUnknown?: boolean
  /** a suggested address: used when none is typed yet, or always when it comes from the map */
  address?: string
  addressFromMap?: boolean
  latitude?: number
  longitude?: number
}

interface Props {
  /** the resident's own grid, used as the starting place */
  homeCommunityId?: string | null
  homeGridId?: string | null
  /** 我的住址, if set: the form starts from it */
  home?: Home | null
  /** the place fields: 社区, 网格, 我不确定, and the ways to find them */
  renderPlace: (slot: PlaceSlot) => ReactNode
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
      ...(v.gridUnknown ? { gridUnknown: true } : { gridId: v.gridId }),
      ...(typeof v.latitude === 'number' ? { latitude: v.latitude, longitude: v.longitude } : {}),
    },
    anonymous: v.anonymous,
    contactPhone: v.contactPhone,
  }
}

export function ReportForm({ renderPlace, home, homeCommunityId, homeGridId, onSubmitted, onJoined, phoneFromWechat }: Props) {
  // the account's own phone starts the contact field; typing (or clearing) it wins, as a draft
  const ownPhone = useOwnPhone()
  const draft = useDraft<ReportFormValues>(REPORT_FORM_ID, {
    category: '',
    description: '',
    photos: [],
    communityId: home?.communityId ?? homeCommunityId ?? '',
    gridId: home?.gridId ?? homeGridId ?? '',
    gridUnknown: false,
    address: '',
    anonymous: false,
    contactPhone: ownPhone,
  })
  const v = draft.values
  const { submit, submitting, fields, error, clearField, waitSeconds } = useSubmit(reportCreateSchema, draft, reportsApi.create)
  const [phoneNote, setPhoneNote] = useState<string | null>(null)
  // a photo still uploading is not in v.photos yet: submit once every photo is a reference
  const [photosBusy, setPhotosBusy] = useState(false)
  // the server names a bad photo by its place ('photos.2'); the field shows the first such message
  const photoFields = Object.keys(fields).filter((k) => k.startsWith('photos.'))
  const photosError = fields.photos ?? (photoFields.length ? fields[photoFields[0]] : undefined)

  const info = v.category ? CATEGORY_INFO[v.category] : null

  const change = (patch: Partial<ReportFormValues>, ...fieldNames: string[]) => {
    draft.set(patch)
    fieldNames.forEach(clearField)
  }

  const changePlace = ({ address, addressFromMap, ...place }: PlaceChange) => {
    const patch: Partial<ReportFormValues> = { ...place }
    if (address && (addressFromMap || !v.address.trim())) patch.address = address
    change(patch, 'location.communityId', 'location.gridId', ...(patch.address ? ['location.address'] : []))
  }

  // 我的住址 set on its page while this form waited: start from it, unless a place was chosen
  useEffect(() => {
    if (home && !v.communityId && !v.gridUnknown) change({ communityId: home.communityId, gridId: home.gridId }, 'location.communityId', 'location.gridId')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [home?.buildingId])

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

      {v.category && v.gridId && !v.gridUnknown ? (
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
        {renderPlace({
          value: { communityId: v.communityId, gridId: v.gridId, gridUnknown: v.gridUnknown },
          errors: { communityId: fields['location.communityId'], gridId: fields['location.gridId'] },
          onChange: changePlace,
        })}
        <Field name='location.address' label='详细地址' required error={fields['location.address']}>
          <TextInput value={v.address} maxlength={100} placeholder='如：西牌楼街12号3栋楼下' onChange={(t) => change({ address: t }, 'location.address')} />
        </Field>
      </Section>

      <Section title='联系方式'>
        <Field name='anonymous' label='匿名反映' hint='匿名后，办理人员和其他居民都看不到您的姓名'>
          <Switch checked={v.anonymous} onChange={(a) => change({ anonymous: a })} />
        </Field>
        <Field
          name='contactPhone'
          label='联系电话'
          required
          error={fields.contactPhone}
          hint={`${ownPhone && v.contactPhone === ownPhone ? '已填入您账号的手机号，可改为其他号码。' : ''}仅本网格办理人员可见完整号码，其他人看到 138****1234`}
        >
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

/** The account's own phone, in full ('' until it is known, or if it cannot be had). */
function useOwnPhone(): string {
  const [phone, setPhone] = useState('')
  useEffect(() => {
    let live = true
    reportsApi.myPhone().then(
      (r) => {
        if (live) setPhone(r.phone)
      },
      // the field simply stays empty to type into
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return phone
}
