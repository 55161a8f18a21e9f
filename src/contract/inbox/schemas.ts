// Request schemas of 消息.
import { z } from 'zod'

export const inboxReadSchema = z.object({ ids: z.array(z.string()).max(200).default([]), all: z.boolean().default(false) })
export type InboxReadInput = z.input<typeof inboxReadSchema>
