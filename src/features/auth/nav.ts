// Getting to the login page and back.
import Taro from '@tarojs/taro'
import { isLoggedIn, useSession } from '@/stores/session'
import { ROUTES, decodeParam, isTabPage, pathOf, withQuery } from '@/utils/routes'

/** The current page as a URL with its query, e.g. '/packages/report/detail/index?id=r1'. */
export function currentPageUrl(): string {
  let path = ''
  let params: Record<string, unknown> = {}
  try {
    const router = Taro.getCurrentInstance()?.router
    if (router?.path) {
      path = router.path
      params = (router.params ?? {}) as Record<string, unknown>
    }
  } catch {
    /* no router yet */
  }
  if (!path) {
    try {
      const pages = Taro.getCurrentPages()
      const top = pages[pages.length - 1] as { route?: string; options?: Record<string, unknown> } | undefined
      if (top?.route) {
        path = top.route
        params = top.options ?? {}
      }
    } catch {
      /* not in a page */
    }
  }
  if (!path) return ROUTES.home
  const query: Record<string, string> = {}
  for (const k of Object.keys(params)) {
    // Taro's own bookkeeping keys
    if (k.startsWith('$') || k === 'stamp' || k === '__key_') continue
    const v = params[k]
    if (v === undefined || v === null || v === '') continue
    query[k] = decodeParam(String(v))
  }
  return withQuery(pathOf(path), query)
}

let navigating = false

/** Opens the login page, which comes back to `redirect` (default: the current page). */
export function goToLogin(redirect?: string): void {
  const target = redirect ?? currentPageUrl()
  if (pathOf(currentPageUrl()) === ROUTES.login) return
  // useLoad and a tap (or several 401s) can ask at once: open the page once.
  if (navigating) return
  navigating = true
  const url = withQuery(ROUTES.login, { redirect: pathOf(target) === ROUTES.login ? undefined : target })
  void Promise.resolve(Taro.navigateTo({ url }))
    // e.g. the page stack is full (10 pages on weapp)
    .catch(() => Taro.redirectTo({ url }))
    .catch(() => undefined)
    .finally(() => {
      navigating = false
    })
}

/**
 * true when logged in; otherwise opens the login page (which returns to `redirect`, by default
 * the current page with its query) and returns false.
 */
export function requireLogin(redirect?: string): boolean {
  if (isLoggedIn(useSession.getState())) return true
  goToLogin(redirect)
  return false
}

/** After a login: back to `redirect` (switchTab for tab pages, redirectTo otherwise) or 首页. */
export function goAfterLogin(redirect?: string | null): void {
  const target = decodeParam(redirect)
  if (!target || !target.startsWith('/') || pathOf(target) === ROUTES.login) {
    void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)
    return
  }
  if (isTabPage(target)) {
    void Taro.switchTab({ url: pathOf(target) }).catch(() => undefined)
    return
  }
  void Taro.redirectTo({ url: target }).catch(() => Taro.switchTab({ url: ROUTES.home }).catch(() => undefined))
}
