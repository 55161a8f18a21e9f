// Queries and bodies of the geo endpoints, checked by the server.
import { z } from 'zod'
import { idField, optionalTextField } from '../common'
import { ROOM_MAX } from './model'

/** GET /geo/compounds?q= : up to 20 characters; empty lists the first compounds. */
export const compoundQuerySchema = z.object({
  q: z.string().max(20, '搜索内容最多20个字').optional().default(''),
})

const degrees = (max: number, message: string) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .max(24, message)
    .regex(/^-?\d{1,3}(\.\d{1,10})?$/, message)
    .transform(Number)
    .refine((n) => Math.abs(n) <= max, message)

/** GET /geo/locate?latitude=&longitude= */
export const locateQuerySchema = z.object({
  latitude: degrees(90, '纬度应在 -90 到 90 之间'),
  longitude: degrees(180, '经度应在 -180 到 180 之间'),
})

export const homeSchema = z
  .object({
    buildingId: idField('请选择楼栋'),
    room: optionalTextField('门牌', ROOM_MAX),
  })
  .strict()
export type HomeInput = z.input<typeof homeSchema>
