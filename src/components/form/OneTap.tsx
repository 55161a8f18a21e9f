import { View } from '@tarojs/components'
import { z } from 'zod'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import './form.scss'

const NO_INPUT = z.object({})

export interface OneTapProps<R> {
  /** draft id: keeps the idempotency key of this action for a retry */
  formId: string
  label: string
  /** secondary for the less likely of two choices side by side */
  type?: 'primary' | 'secondary'
  send: (key: string) => Promise<R>
  onDone: (r: R) => void
}

/** A one-tap action (接单, 签到…): the same once-only, keep-the-key-for-a-retry submit as the forms. */
export function OneTap<R>({ formId, label, type = 'primary', send, onDone }: OneTapProps<R>) {
  const draft = useDraft(formId, {})
  const { submit, submitting, error, waitSeconds } = useSubmit(NO_INPUT, draft, (_input, key) => send(key))
  const go = async () => {
    const r = await submit({})
    if (r) onDone(r)
  }
  return (
    <View className='one-tap'>
      <Button type={type} block loading={submitting} disabled={submitting || waitSeconds > 0} onClick={go}>
        {label}
      </Button>
      {error && <Notice type='error'>{error}</Notice>}
    </View>
  )
}
