import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import { CATEGORY_INFO, PUBLIC_MAP_MAX, REPORT_CATEGORIES, REPORT_STATUSES, REPORT_STATUS_LABELS, type ReportCategory, type ReportStatus } from '@/contract'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Empty } from '@/components/ui/Empty'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { GridMap } from '@/features/community/components/GridMap'
import { PublicItemRow } from '@/features/community/components/PublicItemRow'
import { usePublicMap } from '@/features/community/hooks'
import { errorText } from '@/utils/errors'
import '@/features/community/community.scss'

const ALL = 'all'
const CATEGORY_OPTIONS = [{ value: ALL, label: '全部类别' }, ...REPORT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))]
// withdrawn reports are the reporter's own business, not the district's
const STATUS_OPTIONS = [{ value: ALL, label: '全部状态' }, ...REPORT_STATUSES.filter((s) => s !== 'withdrawn').map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))]
/** rows shown at first; a long list would make the page slow on an old phone */
const STEP = 30

// 民情地图: what the district's residents reported and how far each item is, by grid. Public, no
// login; the server sends nothing that identifies a person, and the page shows only what it sends.
export default function MapPage() {
  const [category, setCategory] = useState<string>(ALL)
  const [status, setStatus] = useState<string>(ALL)
  const [grid, setGrid] = useState<string | null>(null)
  const [shown, setShown] = useState(STEP)
  const map = usePublicMap({
    category: category === ALL ? undefined : (category as ReportCategory),
    status: status === ALL ? undefined : (status as ReportStatus),
  })
  const d = map.data
  const items = useMemo(() => (d ? (grid ? d.items.filter((i) => i.gridId === grid) : d.items) : []), [d, grid])
  const gridName = grid && d ? d.communities.flatMap((c) => c.grids).find((g) => g.id === grid)?.name : undefined
  const pick = (f: (v: string) => void) => (v: string) => {
    f(v)
    setShown(STEP)
  }

  return (
    <PageShell title='民情地图' loading={!d && map.loading} error={d ? null : map.error} onRetry={() => void map.reload()}>
      <Notice type='info'>
        <Text>
          这里显示全区各网格居民反映问题的类别、办理状态、所在环节、已用天数、所在网格和反映月份，以及网格员巡查发现的问题。不显示任何人的姓名、电话、详细地址和照片；匿名反映只计件数，不列出。
        </Text>
      </Notice>
      {d && map.error && !map.loading && (
        <Notice type='error' action={<Button size='small' onClick={() => void map.reload()}>重试</Button>}>
          {`${errorText(map.error)}（下面是上次加载的结果）`}
        </Notice>
      )}
      {d && (
        <>
          <Section title='各网格未办结件数'>
            <Text className='cm-meta'>点一个网格，下面的列表只看这个网格；再点一次看全部。</Text>
            <GridMap
              communities={d.communities}
              selected={grid}
              onSelect={(g) => {
                setGrid(g)
                setShown(STEP)
              }}
            />
          </Section>
          <Section title='筛选'>
            <Text className='cm-filter__label'>问题类别</Text>
            <ChipGroup name='category' options={CATEGORY_OPTIONS} value={category} onChange={pick(setCategory)} />
            <Text className='cm-filter__label'>办理状态</Text>
            <ChipGroup name='status' options={STATUS_OPTIONS} value={status} onChange={pick(setStatus)} />
          </Section>
          <Section title={gridName ? `${gridName}的事项` : '全区事项'} extra={<Text data-testid='map-total'>{`共 ${items.length} 件`}</Text>}>
            {grid && (
              <Button size='small' onClick={() => setGrid(null)}>
                看全部网格
              </Button>
            )}
            {d.counted.anonymous > 0 && <Text className='cm-meta' data-testid='map-anonymous'>{`另有匿名反映 ${d.counted.anonymous} 件，只计件数，不在列表中显示。`}</Text>}
            {d.items.length >= PUBLIC_MAP_MAX && <Text className='cm-meta'>{`列表只列出最新的 ${PUBLIC_MAP_MAX} 件，地图上的件数包括全部。`}</Text>}
            {!items.length && <Empty text='没有符合条件的事项' />}
            {items.slice(0, shown).map((i) => (
              <PublicItemRow key={i.ref} item={i} />
            ))}
            {items.length > shown && (
              <Button block onClick={() => setShown(shown + STEP)}>
                {`再显示 ${Math.min(STEP, items.length - shown)} 件`}
              </Button>
            )}
          </Section>
        </>
      )}
    </PageShell>
  )
}
