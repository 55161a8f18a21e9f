import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { LoadMore } from '@/components/form/LoadMore'
import { WorkList } from '@/components/form/WorkList'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import type { Workbench } from '@/modules'
import { navigate } from '@/services/nav'
import { usePaged } from '@/services/remote'

/** One role's work in one module: its action, filters, list and 加载更多; or what is coming. */
export function WorkbenchView({ bench }: { bench: Workbench }) {
  const [filter, setFilter] = useState(bench.filters?.[0]?.value)
  const fetch = bench.fetch
  const list = usePaged(fetch ? (cursor) => fetch(filter, cursor) : null, [bench.title, filter])
  if (!fetch) {
    return (
      <PageShell title={bench.title}>
        <Section title='即将上线'>
          <View>
            <Text>{bench.coming}</Text>
          </View>
        </Section>
      </PageShell>
    )
  }
  const items = list.items
  const overdue = items.filter((w) => w.overdue).length
  const empty = bench.filters?.find((f) => f.value === filter)?.empty ?? '暂无事项'
  return (
    <PageShell title={bench.title} loading={!items.length && list.loading} error={list.error} onRetry={list.reload}>
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
    </PageShell>
  )
}
