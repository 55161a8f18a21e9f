import { ComingSoon } from '@/components/ui/ComingSoon'
import { MEANWHILE } from '@/modules/coming'

// Placeholder: the 志愿积分 module is not built yet. No fake functionality here.
export default function PointsPage() {
  return (
    <ComingSoon
      title='志愿积分'
      headline='志愿积分即将上线'
      plans={['报名社区志愿活动，扫码签到签退', '服务时长经确认后换成积分，每一笔都有记录', '在合伙商企兑换商品或优惠']}
      meanwhile={MEANWHILE.points}
    />
  )
}
