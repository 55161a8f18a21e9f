// The query of every paged list, checked by the server.
import { z } from 'zod'
import { MAX_PAGE_LIMIT } from './page'

/** `?cursor=&limit=` of every paged list; the cursor is opaque (send back what you got). */
export const pageQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^o[0-9a-z]{1,12}$/, '分页参数无效，请刷新后重试')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, '每页条数应为正整数')
    .transform(Number)
    .refine((n) => n >= 1, '每页条数应为正整数')
    .transform((n) => Math.min(n, MAX_PAGE_LIMIT))
    .optional()
    .or(z.literal('').transform(() => undefined)),
})
