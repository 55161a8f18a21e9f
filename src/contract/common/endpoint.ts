// One definition per endpoint: the route pattern the mock registers and the path builder the
// client calls come from the same string, so they cannot drift apart.

/** `'/reports/:id/join'` → `[string]`: one value per `:param`, in order. */
export type ParamValues<P extends string> = P extends `${string}:${string}/${infer Rest}`
  ? [string, ...ParamValues<Rest>]
  : P extends `${string}:${string}`
    ? [string]
    : []

export interface Endpoint<P extends string = string> {
  /** relative to API_PREFIX, with `:param` segments, e.g. '/reports/:id/join' */
  readonly pattern: P
  /** the pattern with each `:param` replaced by its (URL-encoded) value */
  path(...values: ParamValues<P>): string
}

export function endpoint<P extends string>(pattern: P): Endpoint<P> {
  return {
    pattern,
    path: (...values: string[]) => {
      let i = 0
      return pattern.replace(/:[A-Za-z]+/g, () => encodeURIComponent(String(values[i++] ?? '')))
    },
  } as Endpoint<P>
}

export const API_PREFIX = '/api/v1'
export const HEADER_IDEMPOTENCY = 'Idempotency-Key'
