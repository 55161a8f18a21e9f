import { links } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { navigate } from '@/services/nav'

interface Props {
  title: string
  /** an organiser, but the activity is another's */
  notMine?: boolean
}

/** What someone who may not manage the activity sees instead: why, and where to go; nothing of the activity. */
export function OrganiserOnly({ title, notMine }: Props) {
  return (
    <PageShell title={title}>
      <Notice
        type='info'
        action={
          <Button size='small' onClick={() => navigate(links.points())}>
            去志愿积分
          </Button>
        }
      >
        {notMine
          ? '这个活动不是您发布的，只有发布它的社区工作者能管理签到和时长。'
          : '这里是社区工作者发布和管理志愿活动的页面。参加志愿活动，请到首页 → 志愿积分。'}
      </Notice>
    </PageShell>
  )
}
