// Request bodies and query strings, validated with the contract's schemas: the parsed value,
// or 400 VALIDATION_FAILED naming each bad field in Chinese.
import type { z } from 'zod'
import { validate } from '../../src/contract'
import { fail } from './errors'
import type { MockRequest } from './types'

function check<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const v = validate(schema, input)
  if (!v.ok) throw fail.validation(v.fields)
  return v.data
}

/** The JSON body (none counts as `{}`), parsed with `schema`. */
export function body<S extends z.ZodTypeAny>(ctx: { req: MockRequest }, schema: S): z.output<S> {
  return check(schema, ctx.req.body ?? {})
}

/** The query string (values are strings), parsed with `schema`. */
export function query<S extends z.ZodTypeAny>(ctx: { req: MockRequest }, schema: S): z.output<S> {
  return check(schema, ctx.req.query || {})
}
