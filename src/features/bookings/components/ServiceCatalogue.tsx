import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MODE_LABELS, SERVICE_KINDS, SERVICE_KIND_LABELS, links, type ServiceKind, type ServiceSummary } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Empty } from '@/components/ui/Empty'
import { Field } from '@/components/ui/Field'
import { ListItem } from '@/components/ui/ListItem'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { Tag } from '@/components/ui/StatusTag'
import { TextInput } from '@/components/ui/TextInput'
import { navigate } from '@/services/nav'
import { errorText } from '@/utils/errors'
import { useServices } from '../hooks'

export const SERVICE_SEARCH_PLACEHOLDER = '输入事项名称，如：社保卡'

const KIND_OPTIONS = [{ value: 'all', label: '全部' }, ...SERVICE_KINDS.map((k) => ({ value: k, label: SERVICE_KIND_LABELS[k] }))]

/** '帮办、代办、上门 · 约30分钟' */
export const serviceMeta = (s: ServiceSummary) => `${s.modes.map((m) => MODE_LABELS[m]).join('、')} · 约${s.minutes}分钟`

/** The catalogue: search by name, 个人事项 / 企业事项, each service opens its page. */
export function ServiceCatalogue() {
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<ServiceKind | ''>('')
  const list = useServices(q, kind)
  const searching = q.trim()
  return (
    <Section title='办理事项' className='booking-catalogue'>
      <Field name='q' label='搜索事项'>
        <TextInput value={q} maxlength={20} placeholder={SERVICE_SEARCH_PLACEHOLDER} onChange={setQ} />
      </Field>
      <ChipGroup name='kind' options={KIND_OPTIONS} value={kind || 'all'} onChange={(k) => setKind(k === 'all' ? '' : (k as ServiceKind))} />
      {list.error && !list.items.length && <Notice type='error'>{errorText(list.error)}</Notice>}
      {list.loading && !list.items.length && !list.error && (
        <View className='booking-loading'>
          <Spinner />
        </View>
      )}
      {!list.loading && !list.error && !list.items.length && <Empty text={searching ? `没有找到“${searching}”相关的事项，换个词试试` : '暂无可预约的事项'} />}
      <View className='booking-services'>
        {list.items.map((s) => (
          <ListItem key={s.id} data-testid='service-item' onClick={() => navigate(links.bookingService(s.id))}>
            <View className='booking-service__head'>
              <Text className='booking-service__name'>{s.name}</Text>
              <Tag tone={s.kind === 'business' ? 'purple' : 'blue'}>{SERVICE_KIND_LABELS[s.kind]}</Tag>
            </View>
            <Text className='booking-service__meta'>{serviceMeta(s)}</Text>
          </ListItem>
        ))}
      </View>
      {list.items.length > 0 && <LoadMore list={list} totalText={(n) => `共 ${n} 项`} />}
    </Section>
  )
}
