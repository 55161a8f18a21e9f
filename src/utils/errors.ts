// One way to turn any error into what a resident reads.

const HAS_CHINESE = /[\u4e00-\u9fff]/

/**
 * The server's messages (ApiError) are Chinese already; a network failure says so; anything else
 * (a bug, a library's English message) gets a plain Chinese line instead of its own text.
 */
export function errorText(error: unknown, fallback = '出了点问题，请稍后重试'): string {
  if (!error) return fallback
  const e = error as { message?: unknown; status?: unknown }
  const message = typeof e.message === 'string' ? e.message : typeof error === 'string' ? error : ''
  if (message && HAS_CHINESE.test(message)) return message
  if (e.status === 0) return '网络连接失败，请检查网络后重试'
  return fallback
}
