import { useLoad, useRouter } from '@tarojs/taro'
import { links } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { OrganiserOnly } from '@/features/points/components/organiser/OrganiserOnly'
import { PublishForm } from '@/features/points/components/organiser/PublishForm'
import { chinaDay } from '@/utils/calendar'
import { useActivity } from '@/features/points/hooks'
import { serverNow } from '@/services/http'
import { navigate, replace, requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/points/components/organiser/organiser.scss'

/**
 * 发布志愿活动 (社区工作者); `?id=` edits one of theirs before it starts, starting from what the
 * server has. Published or saved, the activity's management page replaces this one.
 */
export default function PointsPublishPage() {
  useLoad(() => requireLogin())
  const id = decodeParam(useRouter().params.id) || undefined
  const isOrganiser = useSession((s) => !!s.user?.roles.includes('organiser'))
  const activity = useActivity(isOrganiser ? id : undefined)
  const title = id ? '编辑活动' : '发布志愿活动'
  const a = activity.data

  if (!isOrganiser) return <OrganiserOnly title={title} />
  if (a && !a.can.includes('attendance')) return <OrganiserOnly title={title} notMine />

  return (
    <PageShell title={title} loading={!!id && !a && activity.loading} error={a ? null : activity.error} onRetry={activity.reload}>
      {id && a && !a.can.includes('edit') ? (
        <Notice
          type='warning'
          title='这个活动已不能修改'
          action={
            <Button size='small' onClick={() => navigate(links.pointsAttendance(a.id))}>
              查看活动
            </Button>
          }
        >
          活动开始后或取消后，就不能再修改了。
        </Notice>
      ) : (
        (!id || a) && <PublishForm activity={a} today={chinaDay(serverNow())} onDone={(x) => replace(links.pointsAttendance(x.id))} />
      )}
    </PageShell>
  )
}
