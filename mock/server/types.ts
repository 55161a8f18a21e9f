// Transport-free request/response shapes of the mocked backend. The adapters (msw, Taro
// interceptor) translate to and from these; the core never sees Request/Response objects.

export interface MockRequest {
  method: string
  /** path after /api/v1, e.g. '/reports/SP202611220001' (no query string) */
  path: string
  query: Record<string, string>
  /** header names in lower case */
  headers: Record<string, string>
  /**
   * The body as a value: what the core parsed from `bodyText`, or a value a caller in the same
   * process (a test) hands over directly; undefined when there is none.
   */
  body: unknown
  /**
   * The raw body as it came (adapters set it): the core checks its size and depth on this text
   * and parses it only then.
   */
  bodyText?: string
}

export interface MockResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** a binary answer (an image): sent as these bytes with this Content-Type instead of `body` as JSON */
  raw?: { contentType: string; bytes: Uint8Array }
}

export interface MockNetworkError {
  networkError: true
  message: string
}

export type MockResult = MockResponse | MockNetworkError

export function isNetworkError(r: MockResult): r is MockNetworkError {
  return (r as MockNetworkError).networkError === true
}

/** Where the db lives between page loads: localStorage (H5), Taro storage (weapp), memory (jest). */
export interface Persist {
  load(): string | null
  save(json: string): void
  clear(): void
}

export interface Faults {
  /** requests fail as if the network were down */
  offline?: boolean
  /** true: every request answers 500; a number: the next N requests do */
  error500?: boolean | number
  /** delay every answer by this many ms */
  latencyMs?: number
  /** the answer never comes (the promise settles as a network error after 60 s) */
  timeout?: boolean
  /** only requests whose path starts with this prefix (after /api/v1) are affected */
  pathPrefix?: string
}
