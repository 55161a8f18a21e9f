// Request and query schemas of 解忧小屋. Rules that need the server's data (the station, the
// state, who is on duty, an invitation's use) are the server's: it answers them at the same fields.
import { z } from 'zod'
import { idField, optionalTextField, pageQuerySchema, photosField, textField } from '../common'
import { RATINGS } from '../reports/model'
import { DISPUTE_DESCRIPTION_MAX, DISPUTE_DESCRIPTION_MIN, DISPUTE_TYPES, REFERRALS } from './model'

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[+-]\d{2}:\d{2})$/
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** An optional mobile number: empty is none. */
const optionalPhone = z
  .string({ invalid_type_error: '请输入11位手机号码' })
  .max(32, '请输入11位手机号码')
  .trim()
  .refine((v) => v === '' || /^1\d{10}$/.test(v), '请输入11位手机号码')
  .default('')

export const disputeCreateSchema = z
  .object({
    type: z.enum(DISPUTE_TYPES, { errorMap: () => ({ message: '请选择纠纷类型' }) }),
    description: textField('事情经过', DISPUTE_DESCRIPTION_MIN, DISPUTE_DESCRIPTION_MAX),
    wants: textField('您希望怎样解决', 2, 300),
    other: z
      .object({
        name: optionalTextField('对方称呼', 20),
        phone: optionalPhone,
        whereabouts: textField('对方住在哪里', 2, 60),
      }, { required_error: '请填写对方的情况', invalid_type_error: '请填写对方的情况' })
      .strict(),
    photos: photosField,
    stationId: idField('请选择解忧小屋'),
    preferredTimes: optionalTextField('方便的时间', 100),
    agreeTerms: z.literal(true, { errorMap: () => ({ message: '请阅读并同意人民调解须知' }) }),
    /** the report closed as 民间纠纷 this comes from */
    fromReportId: idField('来源工单无效').optional(),
  })
  .strict()

export const disputeListQuerySchema = pageQuerySchema
  .extend({
    /** mine: a party's own cases; queue: a mediator's new cases at their station, then their open ones; done: a mediator's referred and closed */
    scope: z.enum(['mine', 'queue', 'done'], { errorMap: () => ({ message: '列表范围无效' }) }).default('mine'),
  })
  .strict()

export const transferSchema = z.object({ stationId: idField('请选择转去的解忧小屋'), reason: textField('转交原因', 2, 200) }).strict()
export const invitationAnswerSchema = z
  .object({ agree: z.boolean({ required_error: '请选择是否同意调解', invalid_type_error: '请选择是否同意调解' }), reason: optionalTextField('不同意的原因', 200) })
  .strict()
export const sessionSchema = z
  .object({
    at: z.string({ required_error: '请选择调解时间', invalid_type_error: '请选择调解时间' }).regex(ISO_RE, '请选择调解时间'),
    durationMinutes: z.number({ invalid_type_error: '时长应为分钟数' }).int('时长应为整数分钟').min(30, '至少 30 分钟').max(240, '最多 4 小时').default(60),
    room: textField('调解地点', 2, 40),
    withPolice: z.boolean({ invalid_type_error: '是否请民警参加应为是或否' }).default(false),
    withLawyer: z.boolean({ invalid_type_error: '是否请律师参加应为是或否' }).default(false),
  })
  .strict()
export const sessionRecordSchema = z
  .object({ minutes: textField('调解记录', 2, 2000), privateNote: optionalTextField('内部备注', 2000) })
  .strict()

export const obligationSchema = z
  .object({
    party: z.enum(['applicant', 'respondent'], { errorMap: () => ({ message: '请选择由哪一方履行' }) }),
    what: textField('履行内容', 2, 200),
    amount: z.number({ invalid_type_error: '金额应为数字' }).min(0, '金额不能为负').max(10_000_000, '金额过大').nullable().default(null),
    dueDate: z.string({ required_error: '请选择履行期限', invalid_type_error: '请选择履行期限' }).regex(DATE_RE, '请选择履行期限'),
    how: textField('履行方式', 2, 200),
  })
  .strict()
export const agreementSchema = z
  .object({
    facts: textField('纠纷事实', 10, 2000),
    obligations: z.array(obligationSchema, { invalid_type_error: '请至少写一项履行内容' }).min(1, '请至少写一项履行内容').max(10, '最多 10 项履行内容'),
  })
  .strict()
export const changeRequestSchema = z.object({ reason: textField('修改意见', 5, 300) }).strict()
export const referralSchema = z
  .object({ to: z.enum(REFERRALS, { errorMap: () => ({ message: '请选择转介去处' }) }), note: textField('转介说明', 2, 300) })
  .strict()
export const fulfilSchema = z
  .object({ done: z.boolean({ required_error: '请选择是否已履行', invalid_type_error: '请选择是否已履行' }), note: optionalTextField('说明', 300) })
  .strict()
export const closeSchema = z.object({ note: textField('结案说明', 2, 300) }).strict()
export const disputeRateSchema = z
  .object({ rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意程度' }) }), comment: optionalTextField('评价', 300) })
  .strict()
  .superRefine((v, ctx) => {
    if (v.rating === 'unsatisfied' && v.comment.length < 2) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['comment'], message: '请说明不满意的原因' })
  })
export const emptyDisputeSchema = z.object({}).strict()

export type DisputeCreateInput = z.input<typeof disputeCreateSchema>
export type DisputeListQuery = z.input<typeof disputeListQuerySchema>
export type TransferInput = z.input<typeof transferSchema>
export type InvitationAnswerInput = z.input<typeof invitationAnswerSchema>
export type SessionInput = z.input<typeof sessionSchema>
export type SessionRecordInput = z.input<typeof sessionRecordSchema>
export type ObligationInput = z.input<typeof obligationSchema>
export type AgreementInput = z.input<typeof agreementSchema>
export type ChangeRequestInput = z.input<typeof changeRequestSchema>
export type ReferralInput = z.input<typeof referralSchema>
export type FulfilInput = z.input<typeof fulfilSchema>
export type CloseInput = z.input<typeof closeSchema>
export type DisputeRateInput = z.input<typeof disputeRateSchema>
