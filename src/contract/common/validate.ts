import type { z } from 'zod'

export type FieldErrors = Record<string, string>

export type Validated<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors }

/** Runs a contract schema and flattens its issues to `{ 'location.gridId': '请选择网格' }`, first message per field. */
export function validate<S extends z.ZodTypeAny>(schema: S, input: unknown): Validated<z.output<S>> {
  const r = schema.safeParse(input)
  if (r.success) return { ok: true, data: r.data }
  const fields: FieldErrors = {}
  for (const issue of r.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_'
    if (!(key in fields)) fields[key] = messageOf(issue)
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
