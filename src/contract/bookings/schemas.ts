// Request and query schemas of 帮代办: the mock validates with them, the forms check with them.
// Rules that need the server's data (the catalogue, the calendar, seats, limits) are the
// server's: it answers them at the same fields.
import { z } from 'zod'
import { idField, optionalTextField, pageQuerySchema, phoneField, photosField, textField } from '../common'
import { PHOTO_FORMAT_MESSAGE, isPhotoRef } from '../photos'
import { RATINGS } from '../reports/model'
import { AGE_GROUPS, BOOKING_MODES, PROXY_STEPS, SERVICE_KINDS } from './model'

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const dateField = (message: string) => z.string({ required_error: message, invalid_type_error: message }).regex(DATE_RE, message)
const modeField = z.enum(BOOKING_MODES, { errorMap: () => ({ message: '请选择帮办、代办或上门' }) })

const CONSENT_MESSAGE = '为家人预约，需先征得本人同意并勾选确认'

/** The family member a resident books for; the booker confirms the member agreed. */
export const familyMemberSchema = z
  .object({
    name: textField('家人姓名', 2, 20),
    relation: textField('与您的关系', 1, 10),
    phone: phoneField,
    /** must be true: the server records when (consent.at) */
    consent: z.literal(true, { errorMap: () => ({ message: CONSENT_MESSAGE }) }),
    /** 代办: a photo (`ph_…`) of the 委托书 the family member signed */
    authorization: z
      .string({ invalid_type_error: PHOTO_FORMAT_MESSAGE })
      .refine(isPhotoRef, '请上传家人签字的委托书照片')
      .optional(),
  })
  .strict()

export const bookingCreateSchema = z
  .object({
    serviceId: idField('请选择办理事项'),
    mode: modeField,
    /** for 上门 too: the station whose helpers come */
    placeId: idField('请选择服务点'),
    date: dateField('请选择预约日期'),
    hour: z.number({ required_error: '请选择预约时段', invalid_type_error: '请选择预约时段' }).int('请选择预约时段').min(0, '请选择预约时段').max(23, '请选择预约时段'),
    /** for 上门: where to come */
    address: optionalTextField('上门地址', 100),
    /** left out: for oneself */
    family: familyMemberSchema.optional(),
    /** of the person served; needed for 上门 */
    ageGroup: z.enum(AGE_GROUPS, { errorMap: () => ({ message: '请选择服务对象的年龄段' }) }).optional(),
    disabled: z.boolean({ invalid_type_error: '是否残疾应为是或否' }).default(false),
    needs: optionalTextField('特殊需要', 100),
    note: optionalTextField('备注', 200),
    /** true: when the slot is full, join its waitlist instead of a 409 */
    waitlist: z.boolean({ invalid_type_error: '是否候补应为是或否' }).default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    const at = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: path.split('.'), message })
    if (v.mode !== 'home') return
    if (v.address.length < 5) at('address', '请填写上门地址（至少5个字）')
    if (!v.ageGroup) at('ageGroup', '上门服务请选择服务对象的年龄段')
    else if (v.ageGroup !== '70plus' && !v.disabled) at('mode', '上门服务仅限70岁以上或残疾的服务对象，请选择帮办或代办')
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'proxy' && v.family && !v.family.authorization) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['family', 'authorization'], message: '为家人代办，请上传家人签字的委托书照片' })
    }
  })
export type BookingCreateInput = z.input<typeof bookingCreateSchema>
/** What the server works with once the schema has passed (defaults filled in). */
export type BookingCreateData = z.output<typeof bookingCreateSchema>

export const bookingCancelSchema = z.object({ reason: optionalTextField('取消原因', 100) }).strict()
export type BookingCancelInput = z.input<typeof bookingCancelSchema>

/** Exactly one of the QR's token or the 6-digit short code. */
export const bookingCheckinSchema = z
  .object({
    token: z.string({ invalid_type_error: '凭证格式不正确' }).trim().max(200, '凭证格式不正确').optional(),
    shortCode: z.string({ invalid_type_error: '请输入6位数字短码' }).trim().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.token) return
    if (!v.shortCode) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['shortCode'], message: '请扫描预约凭证，或输入6位数字短码' })
    else if (!/^\d{6}$/.test(v.shortCode)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['shortCode'], message: '请输入6位数字短码' })
  })
export type BookingCheckinInput = z.input<typeof bookingCheckinSchema>

export const BOOKING_RECORD_MAX = 300
export const bookingDoneSchema = z.object({ record: textField('办理记录', 2, BOOKING_RECORD_MAX) }).strict()
export type BookingDoneInput = z.input<typeof bookingDoneSchema>

export const bookingStepSchema = z
  .object({
    step: z.enum(PROXY_STEPS, { errorMap: () => ({ message: '请选择办理步骤' }) }),
    /** 已提交部门: which one */
    department: optionalTextField('提交部门', 30),
    note: optionalTextField('说明', 200),
    photos: photosField,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.step === 'submitted' && !v.department) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['department'], message: '请填写提交到哪个部门' })
  })
export type BookingStepInput = z.input<typeof bookingStepSchema>

export const bookingNoShowSchema = z.object({}).strict()

export const bookingRateSchema = z
  .object({
    rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意程度' }) }),
    comment: optionalTextField('评价', 200),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.rating === 'unsatisfied' && v.comment.length < 2) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['comment'], message: '请说明不满意的原因' })
  })
export type BookingRateInput = z.input<typeof bookingRateSchema>

export const bookingAppealSchema = z.object({ reason: textField('申诉理由', 5, 300) }).strict()
export type BookingAppealInput = z.input<typeof bookingAppealSchema>

export const bookingDecideSchema = z
  .object({
    lift: z.boolean({ required_error: '请选择解除或维持暂停', invalid_type_error: '请选择解除或维持暂停' }),
    reply: textField('答复', 2, 200),
  })
  .strict()
export type BookingDecideInput = z.input<typeof bookingDecideSchema>

// ---- queries ------------------------------------------------------------------------------

const blankAsUndefined = z.literal('').transform(() => undefined)

/** GET /booking/services: search by name (or a word of the description) and kind. */
export const serviceListQuerySchema = pageQuerySchema.extend({
  q: z.string().max(20, '搜索词最多20个字').optional(),
  kind: z.enum(SERVICE_KINDS, { errorMap: () => ({ message: '类别应为 personal 或 business' }) }).optional().or(blankAsUndefined),
})
export interface ServiceListQuery {
  q?: string
  kind?: (typeof SERVICE_KINDS)[number]
  cursor?: string
  limit?: number
}

export const slotsQuerySchema = z.object({
  serviceId: idField('请选择办理事项'),
  placeId: idField('请选择服务点'),
  mode: modeField,
})
export interface SlotsQuery {
  serviceId: string
  placeId: string
  mode: (typeof BOOKING_MODES)[number]
}

export const BOOKING_SCOPES = ['mine', 'desk'] as const
export const BOOKING_LIST_FILTERS = ['active', 'done', 'closed', 'all'] as const
export type BookingListFilter = (typeof BOOKING_LIST_FILTERS)[number]

/**
 * GET /bookings → Page<BookingSummary>.
 * scope=mine (resident): booked by me or for me; active ones first, soonest first, then the rest
 *   newest first.
 * scope=desk (helper): at my places (placeId: one of them), from today on plus any still
 *   checked in or in progress, by slot; `date` narrows it to one day (any day, past ones too).
 * status: active = waitlisted/booked/checked_in/in_progress, done, closed = cancelled/no_show/expired.
 */
export const bookingListQuerySchema = pageQuerySchema.extend({
  scope: z.enum(BOOKING_SCOPES, { errorMap: () => ({ message: '请指定列表范围（mine 或 desk）' }) }),
  status: z.enum(BOOKING_LIST_FILTERS, { errorMap: () => ({ message: '状态筛选应为 active、done、closed 或 all' }) }).optional().or(blankAsUndefined),
  date: dateField('日期格式应为 YYYY-MM-DD').optional().or(blankAsUndefined),
  placeId: z.string().max(64, '服务点编号无效').optional().or(blankAsUndefined),
})
export interface BookingListQuery {
  scope: (typeof BOOKING_SCOPES)[number]
  status?: BookingListFilter
  date?: string
  placeId?: string
  cursor?: string
  limit?: number
}

/** GET /booking/appeals: a resident's own; a helper's: those of their places (pending first). */
export const appealListQuerySchema = pageQuerySchema
