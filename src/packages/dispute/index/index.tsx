import { ComingSoon } from '@/components/ui/ComingSoon'
import { MEANWHILE } from '@/modules/coming'

// Placeholder: the 解忧小屋 module is not built yet. No fake functionality here.
export default function DisputePage() {
  return (
    <ComingSoon
      title='解忧小屋'
      headline='解忧小屋线上申请即将上线'
      plans={['了解邻里、物业、家庭、劳资等纠纷的调解须知', '在线提交调解申请，选择站点和方便的时间', '查看调解进度，在手机上确认调解协议', '案件仅当事人和调解员可见']}
      meanwhile={MEANWHILE.dispute}
    />
  )
}
