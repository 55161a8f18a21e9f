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
/** Longest Idempotency-Key the server accepts (400 beyond). */
export const IDEMPOTENCY_KEY_MAX = 128
/**
 * A stable, random id of this device (browser, phone's copy of the app), 1–64 characters of
 * [A-Za-z0-9._:-]. The server keys anonymous idempotency and per-device limits by it, and the
 * mock keys a weapp's WeChat identity by it (as openid is per device and app on a real server).
 */
export const HEADER_DEVICE_ID = 'X-Device-Id'
export const DEVICE_ID_RE = /^[A-Za-z0-9._:-]{1,64}$/
