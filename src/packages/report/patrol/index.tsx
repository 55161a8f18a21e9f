import { useLoad } from '@tarojs/taro'
import { links } from '@/contract'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { PatrolForm } from '@/features/reports/components/PatrolForm'
import { useGeo } from '@/features/geo/hooks'
import { replace, requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'
import '@/features/reports/reports.scss'

// 巡查上报 for a grid worker: in their own grid, handled from the start.
export default function PatrolPage() {
  useLoad(() => {
    requireLogin()
  })
  const worker = useSession((s) => !!s.user?.roles.includes('grid_worker'))
  const gridId = useSession((s) => s.user?.gridId ?? null)
  const geo = useGeo(worker)
  const grid = geo.data?.grids.find((g) => g.id === gridId)
  if (!worker || !gridId) {
    return (
      <PageShell title='巡查上报'>
        <Notice type='info'>这里是网格员上报巡查发现的页面。居民反映问题请用首页的“随手拍”。</Notice>
      </PageShell>
    )
  }
  return (
    <PageShell title='巡查上报' loading={!grid && geo.loading} error={grid ? null : geo.error} onRetry={geo.reload}>
      {grid && <PatrolForm gridId={grid.id} communityId={grid.communityId} gridName={grid.name} onFiled={(r) => replace(links.reportOrder(r.id))} />}
    </PageShell>
  )
}
