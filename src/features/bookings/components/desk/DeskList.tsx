import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { BOOKING_STATUS_LABELS, BOOKING_STATUS_TONES, PROXY_STEP_LABELS, type BookingListFilter, type BookingSummary } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Empty } from '@/components/ui/Empty'
import { ListItem } from '@/components/ui/ListItem'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { StatusTag } from '@/components/ui/StatusTag'
import { role } from '@/components/ui/a11y'
import { usePaged } from '@/services/remote'
import { errorText } from '@/utils/errors'
import { bookingsApi } from '../../api'
import { dayText, hourText, serviceLine } from '../../format'

const FILTERS: Array<{ value: BookingListFilter; label: string; empty: string }> = [
  { value: 'active', label: '待办理', empty: '今天起暂无待办理的预约' },
  { value: 'done', label: '已办结', empty: '还没有办结的预约' },
  { value: 'closed', label: '取消/爽约', empty: '没有取消或爽约的预约' },
]

interface Props {
  onOpen: (b: BookingSummary) => void
  /** bumped by the page after a change (签到, 办结…), to list afresh */
  version: number
}

/** The bookings at the helper's places, by day and slot: 上门 visits name the address. */
export function DeskList({ onOpen, version }: Props) {
  const [filter, setFilter] = useState<BookingListFilter>('active')
  const list = usePaged((cursor) => bookingsApi.list({ scope: 'desk', status: filter, cursor }), [filter, version])
  let lastDay = ''
  return (
    <Section title='预约安排'>
      <ChipGroup name='desk-filter' options={FILTERS} value={filter} onChange={setFilter} />
      {list.loading && !list.items.length && <Spinner />}
      {list.error && <Notice type='error'>{errorText(list.error)}</Notice>}
      {!list.loading && !list.error && !list.items.length && <Empty text={FILTERS.find((f) => f.value === filter)?.empty ?? ''} />}
      <View className='desk-list'>
        {list.items.map((b) => {
          const head = b.date !== lastDay ? dayText(b.date) : null
          lastDay = b.date
          return (
            <View key={b.id}>
              {head && <Text className='desk-list__day' {...role('heading')} aria-level={3}>{head}</Text>}
              <ListItem
                data-testid='desk-item'
                title={`${hourText(b.hour)} ${serviceLine(b)}`}
                note={`${b.personName}${b.mode === 'home' ? ` · 上门：${b.address}` : ` · ${b.placeName}`}${b.lastStep ? ` · ${PROXY_STEP_LABELS[b.lastStep]}` : ''} · ${b.id}`}
                extra={<StatusTag label={BOOKING_STATUS_LABELS[b.status]} tone={BOOKING_STATUS_TONES[b.status]} />}
                onClick={() => onOpen(b)}
              />
            </View>
          )
        })}
      </View>
      {list.items.length > 0 && <LoadMore list={list} />}
    </Section>
  )
}
