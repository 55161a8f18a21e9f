import type { z } from 'zod'

export type FieldErrors = Record<string, string>

export type Validated<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors }

const HAS_CHINESE = /[\u4e00-\u9fff]/

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  float: '数字',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
}

/**
 * Chinese for every issue a schema does not word itself. A schema's own message (a check's
 * message, `required_error`, an enum's errorMap) is Chinese already and wins; what is left is
 * zod's English default ('Expected boolean, received string'), which never reaches a resident.
 */
export const chineseErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if (HAS_CHINESE.test(ctx.defaultError)) return { message: ctx.defaultError }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: '此项必填' }
      return { message: TYPE_NAMES[issue.expected] ? `格式不正确，应为${TYPE_NAMES[issue.expected]}` : '格式不正确' }
    case 'unrecognized_keys':
      return { message: `不支持的字段：${issue.keys.join('、')}` }
    case 'invalid_enum_value':
    case 'invalid_literal':
      return { message: '不是可选的值' }
    case 'too_small':
      if (issue.type === 'string') return { message: Number(issue.minimum) <= 1 ? '此项必填' : `至少${issue.minimum}个字` }
      if (issue.type === 'array') return { message: `至少${issue.minimum}项` }
      return { message: `不能小于${issue.minimum}` }
    case 'too_big':
      if (issue.type === 'string') return { message: `最多${issue.maximum}个字` }
      if (issue.type === 'array') return { message: `最多${issue.maximum}项` }
      return { message: `不能大于${issue.maximum}` }
    case 'not_finite':
      return { message: '应为有效的数字' }
    case 'invalid_string':
    case 'invalid_union':
    case 'invalid_union_discriminator':
    case 'invalid_arguments':
    case 'invalid_return_type':
    case 'invalid_date':
    case 'invalid_intersection_types':
    case 'not_multiple_of':
    case 'custom':
    default:
      return { message: '格式不正确' }
  }
}

/**
 * Runs a contract schema and flattens its issues to `{ 'location.gridId': '请选择网格' }`, first
 * message per field, every message in Chinese (see chineseErrorMap). An unknown field of a
 * strict object is reported under its own name: `{ foo: '不支持的字段：foo' }`.
 */
export function validate<S extends z.ZodTypeAny>(schema: S, input: unknown): Validated<z.output<S>> {
  const r = schema.safeParse(input, { errorMap: chineseErrorMap })
  if (r.success) return { ok: true, data: r.data }
  const fields: FieldErrors = {}
  const put = (key: string, message: string) => {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) Object.defineProperty(fields, key, { value: message, enumerable: true, writable: true, configurable: true })
  }
  for (const issue of r.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) put(issue.path.concat(k).join('.'), `不支持的字段：${k}`)
      continue
    }
    put(issue.path.length ? issue.path.join('.') : '_', messageOf(issue))
  }
  return { ok: false, fields }
}

/** A union (`x.optional().or(z.literal(''))`) says 'Invalid input'; its first branch says what is wrong. */
function messageOf(issue: z.ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const first = issue.unionErrors[0]?.issues[0]
    if (first) return messageOf(first)
  }
  return issue.message
}
