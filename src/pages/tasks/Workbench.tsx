import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { LoadMore } from '@/components/form/LoadMore'
import { WorkList } from '@/components/form/WorkList'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { Spinner } from '@/components/ui/Spinner'
import type { ModuleWorkbench } from '@/modules'
import { navigate } from '@/services/nav'
import { usePaged } from '@/services/remote'
import { errorText } from '@/utils/errors'

interface Props {
  bench: ModuleWorkbench
  /** 'page': the whole 办事 page is this workbench; 'section': one of several on the page */
  as: 'page' | 'section'
  /** the section's heading (default: the workbench's title) */
  heading?: string
}

/** One role's work in one module: its action, filters, list and 加载更多; or, without a list, its ways in. */
export function WorkbenchView({ bench, as, heading = bench.title }: Props) {
  const [filter, setFilter] = useState(bench.filters?.[0]?.value)
  const fetch = bench.fetch
  const list = usePaged(fetch ? (cursor) => fetch(filter, cursor) : null, [bench.title, filter])
  const wrap = (body: ReactNode, state?: { loading: boolean; error: Error | null }) =>
    as === 'page' ? (
      <PageShell title={bench.title} loading={state?.loading} error={state?.error} onRetry={list.reload}>
        {body}
      </PageShell>
    ) : (
      <Section title={heading}>
        {state?.loading ? (
          <View className='tasks__loading'>
            <Spinner />
            <Text>加载中…</Text>
          </View>
        ) : state?.error ? (
          <Notice type='error' action={<Button size='small' onClick={() => void list.reload()}>重试</Button>}>
            {errorText(state.error)}
          </Notice>
        ) : (
          body
        )}
      </Section>
    )

  if (!fetch) {
    // a workbench of pages, not of a list: what it holds and the ways in
    return wrap(
      <View className='tasks__note'>
        {bench.note && <Text className='tasks__note-text'>{bench.note}</Text>}
        {bench.action && (
          <Button type='primary' block onClick={() => navigate(bench.action!.url)}>
            {bench.action.label}
          </Button>
        )}
        {(bench.links ?? []).map((l) => (
          <Button key={l.url} block onClick={() => navigate(l.url)}>
            {l.label}
          </Button>
        ))}
      </View>,
    )
  }
  const items = list.items
  const overdue = items.filter((w) => w.overdue).length
  const empty = bench.filters?.find((f) => f.value === filter)?.empty ?? '暂无事项'
  return wrap(
    <>
      {bench.action && (
        <Button type='primary' block onClick={() => navigate(bench.action!.url)}>
          {bench.action.label}
        </Button>
      )}
      {bench.filters && <ChipGroup name='filter' options={bench.filters} value={filter} onChange={setFilter} />}
      {overdue > 0 && bench.overdueNote && <Notice type='warning'>{bench.overdueNote(overdue)}</Notice>}
      {items.length ? (
        <>
          <WorkList items={items} />
          <LoadMore list={list} />
        </>
      ) : (
        !list.loading && <Notice type='info'>{empty}</Notice>
      )}
    </>,
    { loading: !items.length && list.loading, error: list.error },
  )
}
