import { ComingSoon } from '@/components/ui/ComingSoon'
import { MEANWHILE } from '@/modules/coming'

// Placeholder: the 帮代办 module is not built yet. No fake functionality here.
export default function BookingPage() {
  return (
    <ComingSoon
      title='帮代办'
      headline='帮代办预约即将上线'
      plans={['查看医保参保、社保、居住证、老年优待证等事项和所需材料', '预约服务大厅、街道或社区站点的一小时时段', '选择帮办、代办，或为70岁以上老人预约上门', '凭预约码到场签到']}
      meanwhile={MEANWHILE.booking}
    />
  )
}
