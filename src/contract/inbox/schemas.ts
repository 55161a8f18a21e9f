// Request schemas of 消息.
import { z } from 'zod'
import { idField } from '../common/fields'

export const inboxReadSchema = z
  .object({
    ids: z.array(idField('消息编号无效'), { invalid_type_error: '消息编号应为列表' }).max(200, '一次最多标记200条消息').default([]),
    all: z.boolean({ invalid_type_error: '“全部已读”应为是或否' }).default(false),
  })
  .strict()
export type InboxReadInput = z.input<typeof inboxReadSchema>
