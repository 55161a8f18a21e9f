// Calling a phone number, from a tap: WeChat's dialer (H5 uses a tel: link instead).
import Taro from '@tarojs/taro'

/** Opens the dialer with `phone` ('0731-85010001' is dialled as its digits); a cancel is silent. */
export function dial(phone: string): void {
  void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d+]/g, '') }).catch(() => undefined)
}
