// Subscribe messages (weapp): the module that asks passes its own template id.
import Taro from '@tarojs/taro'
import { isWeapp } from './privacy'

export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'unsupported' | 'error'

/**
 * weapp only: ask to send notices with template `templateId`. Must run from a tap (WeChat rule),
 * e.g. right after a successful submit. H5: 'unsupported'.
 */
export async function requestSubscribe(templateId: string): Promise<SubscribeResult> {
  if (!isWeapp()) return 'unsupported'
  try {
    const r = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
    const v = r[templateId]
    return v === 'accept' || v === 'reject' || v === 'ban' ? v : 'error'
  } catch {
    // An unknown template id (the demo's placeholder) is rejected by a real WeChat: the app
    // carries on with the inbox.
    return 'error'
  }
}
