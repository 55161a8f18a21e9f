import { useLoad, useRouter } from '@tarojs/taro'
import { ActivityHead } from '@/features/points/components/organiser/ActivityHead'
import { AttendanceList } from '@/features/points/components/organiser/AttendanceList'
import { CodePanel } from '@/features/points/components/organiser/CodePanel'
import { ManagePanel } from '@/features/points/components/organiser/ManagePanel'
import { OrganiserOnly } from '@/features/points/components/organiser/OrganiserOnly'
import { PageShell } from '@/components/ui/PageShell'
import { useActivity } from '@/features/points/hooks'
import { requireLogin } from '@/services/nav'
import { useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/points/components/organiser/organiser.scss'

const TITLE = '活动签到管理'

/**
 * The organiser's page of one activity (`?id=`): what it is and the numbers, then what is needed
 * now — the check-in code in its window, each volunteer's attendance and hours, editing and
 * cancelling. What the server lists in `can` decides what is offered.
 */
export default function PointsAttendancePage() {
  useLoad(() => requireLogin())
  const id = decodeParam(useRouter().params.id) || undefined
  const isOrganiser = useSession((s) => !!s.user?.roles.includes('organiser'))
  // a volunteer is not sent for the activity at all: this page has nothing for them
  const activity = useActivity(isOrganiser ? id : undefined)
  const a = activity.data

  if (!isOrganiser) return <OrganiserOnly title={TITLE} />
  if (a && !a.can.includes('attendance')) return <OrganiserOnly title={TITLE} notMine />

  return (
    <PageShell title={TITLE} loading={!a && activity.loading} error={a ? null : activity.error} onRetry={activity.reload} empty={!id} emptyText='没有找到这个活动'>
      {a && (
        <>
          <ActivityHead activity={a} />
          <CodePanel activity={a} onRotate={() => void activity.reload()} />
          <AttendanceList activity={a} onChange={activity.setData} />
          <ManagePanel activity={a} onChange={activity.setData} />
        </>
      )}
    </PageShell>
  )
}
