// Request schemas: the mock validates bodies with these, the client validates its forms with the
// same ones, so a field error reads the same whichever side finds it.
import { z } from 'zod'
import { DEPARTMENTS, RATINGS, REPORT_CATEGORIES } from './enums'

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500
export const PHOTOS_MAX = 9
export const COMMENT_MAX = 200
export const NOTE_MAX = 500

const phone = z
  .string({ required_error: '请填写联系电话', invalid_type_error: '请填写联系电话' })
  .trim()
  .min(1, '请填写联系电话')
  .regex(/^1\d{10}$/, '请输入11位手机号码')

const text = (label: string, min: number, max: number) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`)

const photos = z
  .array(z.string().min(1), { invalid_type_error: '照片格式不正确' })
  .max(PHOTOS_MAX, `最多上传${PHOTOS_MAX}张照片`)
  .default([])

export const wxLoginSchema = z.object({ code: z.string().min(1, '登录凭证缺失') })
export type WxLoginInput = z.infer<typeof wxLoginSchema>

export const phoneCodeSchema = z.object({ code: z.string({ required_error: '未获得手机号授权' }).min(1, '未获得手机号授权') })
export type PhoneCodeInput = z.infer<typeof phoneCodeSchema>

export const demoLoginSchema = z.object({ accountId: z.string().min(1, '请选择演示账号') })
export type DemoLoginInput = z.infer<typeof demoLoginSchema>

export const reportLocationSchema = z.object({
  address: text('详细地址', 2, 100),
  communityId: z.string({ required_error: '请选择社区' }).min(1, '请选择社区'),
  gridId: z.string({ required_error: '请选择网格' }).min(1, '请选择网格'),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
})

export const reportCreateSchema = z.object({
  // zod 3 refuses required_error/invalid_type_error together with errorMap (it throws at load
  // time); the errorMap alone already answers '请选择问题类别' for a missing or unknown value.
  category: z.enum(REPORT_CATEGORIES, {
    errorMap: () => ({ message: '请选择问题类别' }),
  }),
  description: text('问题描述', DESCRIPTION_MIN, DESCRIPTION_MAX),
  photos,
  location: reportLocationSchema,
  anonymous: z.boolean().default(false),
  contactPhone: phone,
})
export type ReportCreateInput = z.input<typeof reportCreateSchema>

export const reportNoteSchema = z.object({
  text: text('进展说明', 2, NOTE_MAX),
  photos,
})
export type ReportNoteInput = z.input<typeof reportNoteSchema>

const departmentKeys = DEPARTMENTS.map((d) => d.key) as [string, ...string[]]
export const reportEscalateSchema = z.object({
  department: z.enum(departmentKeys as [(typeof DEPARTMENTS)[number]['key'], ...(typeof DEPARTMENTS)[number]['key'][]], {
    errorMap: () => ({ message: '请选择协同部门' }),
  }),
  note: text('吹哨说明', 2, NOTE_MAX),
})
export type ReportEscalateInput = z.input<typeof reportEscalateSchema>

export const reportReturnSchema = z.object({
  reason: text('退单理由', 5, NOTE_MAX),
})
export type ReportReturnInput = z.input<typeof reportReturnSchema>

export const reportHandleSchema = z.object({
  reply: text('办结回复', 5, NOTE_MAX),
  photos,
})
export type ReportHandleInput = z.input<typeof reportHandleSchema>

export const reportRateSchema = z
  .object({
    rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意程度' }) }),
    comment: z.string().trim().max(COMMENT_MAX, `评价最多${COMMENT_MAX}个字`).default(''),
  })
  .superRefine((v, ctx) => {
    // An unsatisfied rating reopens the ticket: the worker needs to know why.
    if (v.rating === 'unsatisfied' && v.comment.length < 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['comment'], message: '请说明不满意的原因' })
    }
  })
export type ReportRateInput = z.input<typeof reportRateSchema>

export const inboxReadSchema = z.object({ ids: z.array(z.string()).max(200).default([]), all: z.boolean().default(false) })
export type InboxReadInput = z.input<typeof inboxReadSchema>
