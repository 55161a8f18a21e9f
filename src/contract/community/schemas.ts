// Request and query schemas of the community's side of the loop.
import { z } from 'zod'
import { idField, optionalTextField, photosField, textField } from '../common'
import { DEPARTMENTS, REPORT_CATEGORIES, REPORT_STATUSES } from '../reports/model'
import { DESCRIPTION_MAX, DESCRIPTION_MIN, reportLocationSchema } from '../reports/schemas'
import { CLOSE_AS, PERIODS, REVIEW_ACTIONS } from './model'

const DEPARTMENT_KEYS = DEPARTMENTS.map((d) => d.key) as [string, ...string[]]

export const reviewSchema = z
  .object({
    action: z.enum(REVIEW_ACTIONS, { errorMap: () => ({ message: '请选择处理方式' }) }),
    closeAs: z.enum(CLOSE_AS, { errorMap: () => ({ message: '请选择办结类型' }) }).optional(),
    gridId: idField('请选择改派的网格').optional(),
    department: z.enum(DEPARTMENT_KEYS, { errorMap: () => ({ message: '请选择协同部门' }) }).optional(),
    /** the reason the resident reads (close), or the note to the worker (send_back, reassign, escalate) */
    reason: optionalTextField('说明', 500),
  })
  .strict()
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
    if (v.action === 'close' && !v.closeAs) need('closeAs', '请选择办结类型')
    if (v.action === 'reassign' && !v.gridId) need('gridId', '请选择改派的网格')
    if (v.action === 'escalate' && !v.department) need('department', '请选择协同部门')
    if (v.action !== 'pass' && v.reason.length < 5) need('reason', v.action === 'close' ? '请写明办结理由，居民会看到（至少5个字）' : '请写明说明（至少5个字）')
  })

/** A grid worker's own finding on patrol: like a report, in their own grid, no contact phone. */
export const patrolSchema = z
  .object({
    category: z.enum(REPORT_CATEGORIES, { errorMap: () => ({ message: '请选择问题类别' }) }),
    description: textField('问题描述', DESCRIPTION_MIN, DESCRIPTION_MAX),
    photos: photosField,
    location: reportLocationSchema,
  })
  .strict()

const periodField = z.enum(PERIODS, { errorMap: () => ({ message: '统计周期应为本月、上月或今年' }) }).default('this_month')

export const ratesQuerySchema = z
  .object({
    scope: z.enum(['grid', 'community', 'district'], { errorMap: () => ({ message: '统计范围应为网格、社区或全区' }) }).default('district'),
    id: idField('请指定网格或社区').optional(),
    period: periodField,
  })
  .strict()
export const dashboardQuerySchema = z.object({ period: periodField }).strict()
/** Filters of 民情地图; its items are the newest PUBLIC_MAP_MAX. */
export const publicMapQuerySchema = z
  .object({
    communityId: idField('社区无效').optional(),
    category: z.enum(REPORT_CATEGORIES, { errorMap: () => ({ message: '问题类别无效' }) }).optional(),
    status: z.enum(REPORT_STATUSES, { errorMap: () => ({ message: '状态无效' }) }).optional(),
  })
  .strict()

export type ReviewInput = z.input<typeof reviewSchema>
export type PatrolInput = z.input<typeof patrolSchema>
export type RatesQuery = z.input<typeof ratesQuerySchema>
export type DashboardQuery = z.input<typeof dashboardQuerySchema>
export type PublicMapQuery = z.input<typeof publicMapQuerySchema>
