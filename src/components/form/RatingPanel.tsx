import { View, Text } from '@tarojs/components'
import type { z } from 'zod'
import { Section } from '@/components/ui/Section'
import { ActionForm } from './ActionForm'
import './form.scss'

export interface RatingPanelProps<S extends z.ZodTypeAny, R> {
  formId: string
  /** the contract schema of the rating (a choice and a comment) */
  schema: S
  /** the choices, e.g. 满意 / 基本满意 / 不满意 */
  options: { value: string; label: string }[]
  /** what a low rating leads to, shown above the choices */
  lead?: string
  commentMax: number
  title?: string
  /** the answer being rated, shown first */
  reply?: { by: string; text: string }
  send: (input: z.output<S>, key: string) => Promise<R>
  onDone: (r: R) => void
}

/** Rating a result: a choice and a comment (`rating`, `comment`), submitted once. */
export function RatingPanel<S extends z.ZodTypeAny, R>({ formId, schema, options, lead, commentMax, title = '评价办理结果', reply, send, onDone }: RatingPanelProps<S, R>) {
  return (
    <Section title={title}>
      {reply && (
        <View className='rate__reply' data-testid='rate-reply'>
          <Text className='rate__reply-by'>{`${reply.by} 的回复`}</Text>
          <Text className='rate__reply-text'>{reply.text}</Text>
        </View>
      )}
      {lead && <Text className='rate__lead'>{lead}</Text>}
      <ActionForm
        formId={formId}
        schema={schema}
        send={send}
        submitLabel='提交评价'
        onDone={onDone}
        fields={[
          { name: 'rating', label: '满意程度', kind: 'chips', required: true, options },
          { name: 'comment', label: '评价说明', kind: 'text', maxlength: commentMax, hint: '不满意时请说明原因', placeholder: '说说办理得怎么样' },
        ]}
      />
    </Section>
  )
}
