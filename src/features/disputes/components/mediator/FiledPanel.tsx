import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { ACCEPT_WORKING_DAYS, transferSchema, type Dispute } from '@/contract'
import { ActionForm } from '@/components/form/ActionForm'
import { OneTap } from '@/components/form/OneTap'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { disputesApi } from '../../api'
import { useDisputeStations } from '../../hooks'
import '../disputes.scss'
import './mediator.scss'

interface Props {
  d: Dispute
  onChange: (d: Dispute) => void
  /** after a transfer the case is no longer this mediator's */
  onTransferred: (d: Dispute) => void
}

/**
 * A new case: 受理 in one tap, or 转交 to another station with a reason. The transfer takes input,
 * so it is a form that says what happens rather than a ConfirmTap (which sends no input).
 */
export function FiledPanel({ d, onChange, onTransferred }: Props) {
  const [transferring, setTransferring] = useState(false)
  const stations = useDisputeStations(transferring)
  const others = (stations.data ?? []).filter((s) => s.id !== d.stationId)
  return (
    <Section title='受理申请'>
      <View className='dm-actions'>
        {d.overdue && <Text className='dispute-warn'>{`已超过${ACCEPT_WORKING_DAYS}个工作日未受理，请尽快处理`}</Text>}
        <Text className='dm-note'>受理后请尽快联系双方，邀请对方参加调解。</Text>
        {d.can.includes('accept') && <OneTap formId={`dispute-${d.id}-accept`} label='受理' send={(k) => disputesApi.accept(d.id, k)} onDone={onChange} />}
        {d.can.includes('transfer') && !transferring && (
          <Button block onClick={() => setTransferring(true)}>
            转交其他解忧小屋
          </Button>
        )}
        {transferring && (
          <View className='dm-form' data-testid='transfer-form'>
            <Text className='dm-sub'>转交其他解忧小屋</Text>
            <Notice type='warning'>转交后由那里的调解员受理，这件案件就不在您这里办理了，申请人会收到通知。</Notice>
            {stations.error && <Notice type='error'>解忧小屋列表加载失败，请稍后重试</Notice>}
            {stations.data && (
              <ActionForm
                formId={`dispute-${d.id}-transfer`}
                schema={transferSchema}
                send={(input, k) => disputesApi.transfer(d.id, input, k)}
                submitLabel='确认转交'
                onDone={onTransferred}
                fields={[
                  { name: 'stationId', label: '转去的解忧小屋', kind: 'select', required: true, options: others.map((s) => ({ value: s.id, label: `${s.name}（${s.communityName}）` })) },
                  { name: 'reason', label: '转交原因', kind: 'text', required: true, maxlength: 200, placeholder: '如：双方都住在工农桥社区，由当地调解更方便' },
                ]}
              />
            )}
            <Button block onClick={() => setTransferring(false)}>
              先不转交
            </Button>
          </View>
        )}
      </View>
    </Section>
  )
}
