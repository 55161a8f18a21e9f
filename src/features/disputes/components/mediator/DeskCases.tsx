import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { DISPUTE_STATUSES, DISPUTE_STATUS_LABELS, type DisputeSummary } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Empty } from '@/components/ui/Empty'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import { role } from '@/components/ui/a11y'
import { errorText } from '@/utils/errors'
import { useDisputeList } from '../../hooks'
import { CaseRow } from '../CaseRow'
import './mediator.scss'

type Tab = 'queue' | 'done'
const TABS: Array<{ value: Tab; label: string }> = [
  { value: 'queue', label: '待办案件' },
  { value: 'done', label: '已结案' },
]

interface Props {
  onOpen: (d: DisputeSummary) => void
}

/**
 * The mediator's cases: the station's new ones first (those past the acceptance limit marked),
 * then their own open cases by status with the day count; 已结案 (referred or closed) apart.
 */
export function DeskCases({ onOpen }: Props) {
  const [tab, setTab] = useState<Tab>('queue')
  const list = useDisputeList(tab)
  const items = list.items
  const fresh = tab === 'queue' ? items.filter((d) => d.status === 'filed') : []
  // overdue first: they have waited longest past the limit
  fresh.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.createdAt.localeCompare(b.createdAt))
  const open = tab === 'queue' ? items.filter((d) => d.status !== 'filed') : []
  const byStatus = DISPUTE_STATUSES.filter((s) => s !== 'filed').map((s) => ({ status: s, items: open.filter((d) => d.status === s) })).filter((g) => g.items.length)

  return (
    <Section title='调解案件'>
      <ChipGroup name='desk-tab' options={TABS} value={tab} onChange={setTab} />
      {list.loading && !items.length && <Spinner />}
      {list.error && <Notice type='error'>{errorText(list.error)}</Notice>}
      {tab === 'queue' && !list.loading && !list.error && (
        <View className='dm-desk__group' data-testid='desk-new'>
          <Text className='dm-desk__heading' {...role('heading')} aria-level={3}>
            {`新申请（${fresh.length}）`}
          </Text>
          {!fresh.length && <Empty text='暂无待受理的申请' />}
          {fresh.map((d) => (
            <CaseRow key={d.id} d={d} onOpen={onOpen} />
          ))}
        </View>
      )}
      {tab === 'queue' &&
        byStatus.map((g) => (
          <View key={g.status} className='dm-desk__group' data-testid={`desk-${g.status}`}>
            <Text className='dm-desk__heading' {...role('heading')} aria-level={3}>
              {`${DISPUTE_STATUS_LABELS[g.status]}（${g.items.length}）`}
            </Text>
            {g.items.map((d) => (
              <CaseRow key={d.id} d={d} onOpen={onOpen} />
            ))}
          </View>
        ))}
      {tab === 'done' && !list.loading && !list.error && !items.length && <Empty text='还没有结案或转介的案件' />}
      {tab === 'done' && items.map((d) => <CaseRow key={d.id} d={d} onOpen={onOpen} />)}
      {items.length > 0 && <LoadMore list={list} />}
    </Section>
  )
}
