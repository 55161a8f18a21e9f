// Request and query schemas of 随手拍: the mock validates with them, the forms check with them.
import { z } from 'zod'
import { charCount, idField, optionalTextField, pageQuerySchema, phoneField, photosField, textField } from '../common'
import { DEPARTMENTS, NOTE_VISIBILITIES, RATINGS, REPORT_CATEGORIES } from './model'

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500
export const COMMENT_MAX = 200
export const NOTE_MAX = 500

const coordinate = (max: number, message: string) =>
  z.number({ invalid_type_error: message }).finite(message).min(-max, message).max(max, message).optional()

export const reportLocationSchema = z
  .object({
    address: textField('详细地址', 2, 100),
    communityId: idField('请选择社区'),
    // left out when the resident does not know it (gridUnknown): the community assigns one
    gridId: idField('请选择网格').optional(),
    gridUnknown: z.boolean({ invalid_type_error: '“我不确定在哪个网格”应为是或否' }).optional(),
    latitude: coordinate(90, '纬度应在 -90 到 90 之间'),
    longitude: coordinate(180, '经度应在 -180 到 180 之间'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.gridUnknown && v.gridId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['gridId'], message: '已选择网格，就不用再勾选“我不确定”' })
    if (!v.gridUnknown && !v.gridId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['gridId'], message: '请选择网格，或选“我不确定在哪个网格”' })
  })

export const reportCreateSchema = z
  .object({
    // zod 3 refuses required_error/invalid_type_error together with errorMap (it throws at load
    // time); the errorMap alone already answers '请选择问题类别' for a missing or unknown value.
    category: z.enum(REPORT_CATEGORIES, {
      errorMap: () => ({ message: '请选择问题类别' }),
    }),
    description: textField('问题描述', DESCRIPTION_MIN, DESCRIPTION_MAX),
    photos: photosField,
    location: reportLocationSchema,
    anonymous: z.boolean({ invalid_type_error: '是否匿名应为是或否' }).default(false),
    contactPhone: phoneField,
  })
  .strict()
export type ReportCreateInput = z.input<typeof reportCreateSchema>

export const reportNoteSchema = z
  .object({
    text: textField('进展说明', 2, NOTE_MAX),
    photos: photosField,
    /** 'resident': the reporter and followers see it and are told; 'internal': only the grid's workers */
    visibility: z.enum(NOTE_VISIBILITIES, { errorMap: () => ({ message: '请选择谁能看到这条进展' }) }).default('resident'),
  })
  .strict()
export type ReportNoteInput = z.input<typeof reportNoteSchema>

const departmentKeys = DEPARTMENTS.map((d) => d.key) as [string, ...string[]]
export const reportEscalateSchema = z
  .object({
    department: z.enum(departmentKeys as [(typeof DEPARTMENTS)[number]['key'], ...(typeof DEPARTMENTS)[number]['key'][]], {
      errorMap: () => ({ message: '请选择协同部门' }),
    }),
    note: textField('吹哨说明', 2, NOTE_MAX),
  })
  .strict()
export type ReportEscalateInput = z.input<typeof reportEscalateSchema>

export const reportReturnSchema = z
  .object({
    reason: textField('退单理由', 5, NOTE_MAX),
  })
  .strict()
export type ReportReturnInput = z.input<typeof reportReturnSchema>

/** 民间纠纷: why this is a matter between neighbours, for the reporter to read. */
export const reportCivilSchema = z
  .object({
    reason: textField('说明', 5, NOTE_MAX),
  })
  .strict()
export type ReportCivilInput = z.input<typeof reportCivilSchema>

export const reportHandleSchema = z
  .object({
    reply: textField('办结回复', 5, NOTE_MAX),
    photos: photosField,
  })
  .strict()
export type ReportHandleInput = z.input<typeof reportHandleSchema>

export const reportRateSchema = z
  .object({
    rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意程度' }) }),
    comment: optionalTextField('评价', COMMENT_MAX),
  })
  .strict()
  .superRefine((v, ctx) => {
    // An unsatisfied rating reopens the ticket: the worker needs to know why.
    if (v.rating === 'unsatisfied' && v.comment.length < 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['comment'], message: '请说明不满意的原因' })
    }
  })
export type ReportRateInput = z.input<typeof reportRateSchema>

export const SUPPLEMENT_MIN = DESCRIPTION_MIN
export const SUPPLEMENT_MAX = DESCRIPTION_MAX
export const WITHDRAW_REASON_MAX = COMMENT_MAX

/**
 * 补充说明 / 补充照片: a text (counted like the description), photos, or both. How many photos
 * still fit (PHOTOS_MAX for the ticket in all) depends on the ticket: the server checks that.
 */
export const reportSupplementSchema = z
  .object({
    text: optionalTextField('补充说明', SUPPLEMENT_MAX),
    photos: photosField,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.text && !v.photos.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: '请填写补充说明或添加照片' })
      return
    }
    // optionalTextField has no minimum: a text given must still say something
    if (v.text && charCount(v.text) < SUPPLEMENT_MIN) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: `补充说明至少${SUPPLEMENT_MIN}个字` })
    }
  })
export type ReportSupplementInput = z.input<typeof reportSupplementSchema>

/** 撤回: a reason is welcome, not required. */
export const reportWithdrawSchema = z
  .object({
    reason: optionalTextField('撤回原因', WITHDRAW_REASON_MAX),
  })
  .strict()
export type ReportWithdrawInput = z.input<typeof reportWithdrawSchema>

/** 分派 by the community worker: one of the community's grids. */
export const reportAssignSchema = z
  .object({
    gridId: idField('请选择网格'),
  })
  .strict()
export type ReportAssignInput = z.input<typeof reportAssignSchema>

// ---- queries -------------------------------------------------------------------

export const REPORT_SCOPES = ['mine', 'queue', 'community', 'review'] as const
export const REPORT_LIST_FILTERS = ['open', 'done', 'all'] as const
export type ReportListFilter = (typeof REPORT_LIST_FILTERS)[number]

/**
 * Query of GET /reports → Page<ReportSummary>. scope=mine: own + joined (resident), newest first;
 * scope=queue: the worker's grid, 待接单 first, then overdue, then by deadline, closed last.
 * scope=community: the community worker's community, 待分派 first (then as queue).
 * scope=review: the community worker's review queue: 社区复核 (returned, thrice rejected), 待审核,
 *   and 督办 tickets, oldest waiting first.
 * status (default all): for `mine`, open = not closed yet (incl. 待评价 and 社区复核), done = closed;
 * for `queue`, open = pending/handling (the worker's to-do), done = everything else.
 * A withdrawn ticket (已撤回) or one gone to 解忧小屋 (civil) counts as done in both.
 */
export const reportListQuerySchema = pageQuerySchema.extend({
  scope: z.enum(REPORT_SCOPES, { errorMap: () => ({ message: '请指定列表范围（mine 或 queue）' }) }),
  status: z
    .enum(REPORT_LIST_FILTERS, { errorMap: () => ({ message: '状态筛选应为 open、done 或 all' }) })
    .optional()
    .or(z.literal('').transform(() => undefined)),
})
export interface ReportListQuery {
  scope: (typeof REPORT_SCOPES)[number]
  status?: ReportListFilter
  cursor?: string
  limit?: number
}

/** Query of GET /reports/similar → Page<ReportSummary>: open reports of that category in that grid. */
export const similarQuerySchema = pageQuerySchema.extend({
  category: z.enum(REPORT_CATEGORIES, { errorMap: () => ({ message: '请选择问题类别' }) }),
  gridId: z.string({ required_error: '请选择网格', invalid_type_error: '请选择网格' }).min(1, '请选择网格').max(64, '网格编号无效'),
})
