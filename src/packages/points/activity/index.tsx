import { View } from '@tarojs/components'
import { useLoad, useRouter } from '@tarojs/taro'
import { links, type Activity } from '@/contract'
import { Button } from '@/components/ui/Button'
import { PageShell } from '@/components/ui/PageShell'
import { Section } from '@/components/ui/Section'
import { ActivityInfo } from '@/features/points/components/volunteer/ActivityInfo'
import { VolunteerPanel } from '@/features/points/components/volunteer/VolunteerPanel'
import { useActivity } from '@/features/points/hooks'
import { navigate, requireLogin, scrollToTop } from '@/services/nav'
import { useSession } from '@/stores/session'
import { decodeParam } from '@/utils/routes'
import '@/features/points/points.scss'

// An activity: for a volunteer their place and the next step first (报名, 签到, 签退, 更正),
// then the facts; its organiser gets the way to the code and attendance.
export default function ActivityPage() {
  const { params } = useRouter()
  const id = decodeParam(params.id) || undefined
  const activity = useActivity(id)
  const volunteer = useSession((s) => !!s.user?.roles.includes('volunteer'))
  useLoad(() => {
    requireLogin()
  })
  const a = activity.data
  const onChange = (next: Activity) => {
    activity.setData(next)
    scrollToTop()
  }
  return (
    <PageShell title='志愿活动' loading={!a && activity.loading} error={a ? null : activity.error} onRetry={activity.reload} empty={!id} emptyText='没有找到这个活动'>
      {a && (
        <View className='points-activity'>
          {a.can.includes('attendance') && (
            <Button type='primary' block onClick={() => navigate(links.pointsAttendance(a.id))}>
              管理活动：签到码、考勤与时长
            </Button>
          )}
          {(volunteer || a.me) && <VolunteerPanel a={a} onChange={onChange} />}
          <Section title='活动信息'>
            <ActivityInfo a={a} />
          </Section>
        </View>
      )}
    </PageShell>
  )
}
