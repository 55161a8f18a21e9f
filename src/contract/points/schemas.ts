// Request and query schemas of 志愿积分. Rules that need the server's data (capacity, overlap,
// the window, balance, stock, limits) are the server's: it answers them at the same fields.
import { z } from 'zod'
import { idField, optionalTextField, pageQuerySchema, textField } from '../common'
import { PHOTO_FORMAT_MESSAGE, PHOTO_REF_RE } from '../photos'
import { ACTIVITY_TYPES } from './model'

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[+-]\d{2}:\d{2})$/
const isoField = (message: string) => z.string({ required_error: message, invalid_type_error: message }).regex(ISO_RE, message)
/** One uploaded photo (a `ph_…` reference), or null for none. */
const photoRefField = z.string({ invalid_type_error: PHOTO_FORMAT_MESSAGE }).regex(PHOTO_REF_RE, PHOTO_FORMAT_MESSAGE).nullable()
const HOURS_MESSAGE = '时长以半小时为单位，请填 0、0.5、1…'

export const activityInputSchema = z
  .object({
    title: textField('活动名称', 2, 40),
    type: z.enum(ACTIVITY_TYPES, { errorMap: () => ({ message: '请选择活动类型' }) }),
    place: textField('活动地点', 2, 60),
    start: isoField('请选择开始时间'),
    end: isoField('请选择结束时间'),
    capacity: z.number({ required_error: '请填写招募人数', invalid_type_error: '请填写招募人数' }).int('招募人数应为整数').min(1, '至少招募 1 人').max(200, '最多招募 200 人'),
    pointsPerHour: z.number({ invalid_type_error: '每小时积分应为数字' }).int('每小时积分应为整数').min(1, '每小时积分至少 1').max(100, '每小时积分最多 100').default(10),
    bring: optionalTextField('需携带物品', 100),
    cover: photoRefField.default(null),
  })
  .strict()
  .refine((v) => Date.parse(v.end) > Date.parse(v.start), { message: '结束时间应晚于开始时间', path: ['end'] })
  .refine((v) => Date.parse(v.end) - Date.parse(v.start) <= 12 * 3600 * 1000, { message: '一次活动不超过 12 小时', path: ['end'] })

export const activityListQuerySchema = pageQuerySchema
  .extend({ scope: z.enum(['upcoming', 'mine', 'organised'], { errorMap: () => ({ message: '列表范围无效' }) }).default('upcoming') })
  .strict()

export const activityCancelSchema = z.object({ reason: textField('取消原因', 2, 100) }).strict()
export const signupSchema = z.object({ waitlist: z.boolean({ invalid_type_error: '是否候补应为是或否' }).default(false) }).strict()
export const emptySchema = z.object({}).strict()

/** A scanned token, or the activity and its typed short code. */
export const checkSchema = z
  .object({
    action: z.enum(['in', 'out'], { errorMap: () => ({ message: '请选择签到或签退' }) }),
    token: z.string({ invalid_type_error: '签到码无效' }).max(200, '签到码无效').optional(),
    activityId: idField('请选择活动').optional(),
    shortCode: z.string({ invalid_type_error: '请输入 6 位数字签到码' }).regex(/^\d{6}$/, '请输入 6 位数字签到码').optional(),
  })
  .strict()
  .refine((v) => !!v.token || (!!v.activityId && !!v.shortCode), { message: '请扫描签到码或输入 6 位数字签到码', path: ['shortCode'] })

const hoursField = z.number({ invalid_type_error: HOURS_MESSAGE }).min(0, HOURS_MESSAGE).refine((h) => Number.isInteger(h * 2), HOURS_MESSAGE)

/** Without hours: the suggested ones. Hours other than the suggested need a reason. */
export const confirmSchema = z
  .object({ volunteerId: idField('请选择志愿者'), hours: hoursField.optional(), reason: optionalTextField('调整原因', 100) })
  .strict()

export const absentSchema = z.object({ volunteerId: idField('请选择志愿者') }).strict()
export const correctionSchema = z.object({ reason: textField('更正理由', 2, 200) }).strict()
/** hours set: the new figure (the difference is an 'adjusted' entry); left out: kept as is */
export const correctionAnswerSchema = z
  .object({ volunteerId: idField('请选择志愿者'), hours: hoursField.optional(), answer: textField('答复', 2, 200) })
  .strict()

export const redeemSchema = z.object({ offerId: idField('请选择兑换商品') }).strict()
export const verifySchema = z
  .object({
    token: z.string({ invalid_type_error: '兑换码无效' }).max(200, '兑换码无效').optional(),
    code: z.string({ invalid_type_error: '请输入 6 位数字兑换码' }).regex(/^\d{6}$/, '请输入 6 位数字兑换码').optional(),
  })
  .strict()
  .refine((v) => !!v.token || !!v.code, { message: '请扫描或输入兑换码', path: ['code'] })
export const offerEditSchema = z
  .object({
    stock: z.number({ invalid_type_error: '库存应为数字' }).int('库存应为整数').min(0, '库存不能为负').max(9999, '库存最多 9999').optional(),
    paused: z.boolean({ invalid_type_error: '是否暂停应为是或否' }).optional(),
    photo: photoRefField.optional(),
  })
  .strict()

export type ActivityInput = z.input<typeof activityInputSchema>
export type ActivityListQuery = z.input<typeof activityListQuerySchema>
export type ActivityCancelInput = z.input<typeof activityCancelSchema>
export type SignupInput = z.input<typeof signupSchema>
export type CheckInput = z.input<typeof checkSchema>
export type ConfirmInput = z.input<typeof confirmSchema>
export type AbsentInput = z.input<typeof absentSchema>
export type CorrectionInput = z.input<typeof correctionSchema>
export type CorrectionAnswerInput = z.input<typeof correctionAnswerSchema>
export type RedeemInput = z.input<typeof redeemSchema>
export type VerifyInput = z.input<typeof verifySchema>
export type OfferEditInput = z.input<typeof offerEditSchema>
