import { useState } from 'react'
import { View } from '@tarojs/components'
import { activityCancelSchema, links, type Activity } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { navigate } from '@/services/nav'
import { pointsApi } from '../../api'
import './organiser.scss'

interface Props {
  activity: Activity
  onChange: (a: Activity) => void
}

/** 编辑 before the start, 取消 before the end: cancelling asks first and needs a reason, which every volunteer reads. */
export function ManagePanel({ activity: a, onChange }: Props) {
  const [asking, setAsking] = useState(false)
  const canEdit = a.can.includes('edit')
  const canCancel = a.can.includes('cancel')
  if (!canEdit && !canCancel) return null
  const told = (a.participants ?? []).filter((p) => p.status !== 'left').length
  return (
    <Section title='活动管理'>
      <View className='points-manage'>
        {canEdit && (
          <Button block onClick={() => navigate(links.pointsPublish(a.id))}>
            编辑活动
          </Button>
        )}
        {canCancel &&
          (asking ? (
            <View className='points-manage__ask' data-testid='cancel-confirm'>
              <Notice type='warning' title='确定取消这个活动吗？'>
                {`取消后不能恢复${told ? `；已报名的 ${told} 位志愿者会收到消息，看到您填写的原因` : ''}。`}
              </Notice>
              <ActionForm
                formId={`points-${a.id}-cancel`}
                schema={activityCancelSchema}
                send={(input, k) => pointsApi.cancel(a.id, input, k)}
                submitLabel='确认取消活动'
                danger
                onDone={(x) => {
                  setAsking(false)
                  onChange(x)
                }}
                fields={[{ name: 'reason', label: '取消原因', kind: 'text', required: true, maxlength: 100, placeholder: '如：暴雨预警，活动改期另行通知' }]}
              />
              <Button block onClick={() => setAsking(false)}>
                不取消
              </Button>
            </View>
          ) : (
            <Button type='danger' block onClick={() => setAsking(true)}>
              取消活动
            </Button>
          ))}
      </View>
    </Section>
  )
}
