import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { OneTap } from './OneTap'
import './form.scss'

export interface ConfirmTapProps<R> {
  formId: string
  /** the first button, e.g. 退出报名 */
  label: string
  /** what happens, said before it happens */
  warning: string
  /** the second button, e.g. 确认退出 */
  confirmLabel: string
  send: (key: string) => Promise<R>
  onDone: (r: R) => void
}

/** An action that cannot be taken back: the first tap says what will happen, the second does it. */
export function ConfirmTap<R>({ formId, label, warning, confirmLabel, send, onDone }: ConfirmTapProps<R>) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <View className='one-tap'>
        <Button block onClick={() => setAsking(true)}>
          {label}
        </Button>
      </View>
    )
  }
  return (
    <View className='confirm-tap'>
      <Notice type='warning'>{warning}</Notice>
      <OneTap formId={formId} label={confirmLabel} send={send} onDone={(r) => { setAsking(false); onDone(r) }} />
      <Button block onClick={() => setAsking(false)}>
        先不了
      </Button>
    </View>
  )
}
