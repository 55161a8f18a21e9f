// Reading page paths and route params. The paths themselves are the contract's PAGES.
import { TAB_PAGES } from '@/contract'

/** '/pages/me/index?x=1' → '/pages/me/index'; adds the leading slash. */
export function pathOf(url: string): string {
  const p = url.split('?')[0].split('#')[0]
  return p.startsWith('/') ? p : `/${p}`
}

export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(pathOf(url))
}

/** A value from route params that may or may not still be URL-encoded (weapp passes it raw). */
export function decodeParam(v: string | undefined | null): string {
  if (!v) return ''
  let s = String(v)
  // Decode while it still looks encoded ('%2F…'), at most twice.
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(s) && !s.startsWith('/'); i++) {
    try {
      s = decodeURIComponent(s)
    } catch {
      break
    }
  }
  return s
}
