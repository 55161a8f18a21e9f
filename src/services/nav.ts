// The one navigator: every page change goes through here. It knows the tab pages (switchTab,
// which takes no query), never leaves a rejected navigation unhandled, and gets to the login
// page and back.
import Taro from '@tarojs/taro'
import { PAGES, withQuery } from '@/contract'
import { isLoggedIn, useSession } from '@/stores/session'
import { decodeParam, isTabPage, pathOf } from '@/utils/routes'

const ignore = () => undefined

/** Switches to the tab page `url` (switchTab takes no query: it is dropped); false if it failed. */
export function switchTab(url: string): Promise<boolean> {
  return Promise.resolve(Taro.switchTab({ url: pathOf(url) })).then(
    () => true,
    () => false,
  )
}

/** Opens `url` on top (a tab page: switches to it). A full stack (10 pages on weapp) redirects instead. */
export function navigate(url: string): void {
  if (isTabPage(url)) {
    void switchTab(url)
    return
  }
  void Promise.resolve(Taro.navigateTo({ url }))
    .catch(() => Taro.redirectTo({ url }))
    .catch(ignore)
}

/** Replaces the current page with `url` (a tab page: switches to it). */
export function replace(url: string): void {
  if (isTabPage(url)) {
    void switchTab(url)
    return
  }
  void Promise.resolve(Taro.redirectTo({ url })).catch(() => goHome())
}

/**
 * Brings a form row into view (the first field in error after a failed submit) and, on H5, puts
 * the cursor in it. `elementId` is the row's id.
 */
export function scrollToElement(elementId: string): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    const el = document.getElementById(elementId)
    if (!el) return
    el.scrollIntoView?.({ block: 'center' })
    const input = el.querySelector<HTMLElement>('input, textarea, [role="combobox"], [role="radio"]')
    input?.focus?.({ preventScroll: true })
    return
  }
  void Promise.resolve(Taro.pageScrollTo({ selector: `#${elementId}`, duration: 200 })).catch(ignore)
}

/** Back one page; from the first page of a fresh stack (a link opened directly), to 首页. */
export function goBack(): void {
  let depth = 0
  try {
    depth = Taro.getCurrentPages().length
  } catch {
    depth = 0
  }
  if (depth > 1) void Promise.resolve(Taro.navigateBack({ delta: 1 })).catch(() => goHome())
  else goHome()
}

/** Back to 首页. */
export function goHome(): void {
  void switchTab(PAGES.home)
}

/** Scrolls the page to the top (after an action changed what is shown). */
export function scrollToTop(): void {
  void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(ignore)
}

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
  if (!path) return PAGES.home
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
  if (pathOf(currentPageUrl()) === PAGES.login) return
  // useLoad and a tap (or several 401s) can ask at once: open the page once.
  if (navigating) return
  navigating = true
  const url = withQuery(PAGES.login, { redirect: pathOf(target) === PAGES.login ? undefined : target })
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

/**
 * After a login: to `redirect` or 首页, with a fresh page stack, so 返回 never leads back to the
 * login page. (On H5, a login page left under a tab page also kept the hash router from bringing
 * up a page that was still in the stack.)
 */
export function goAfterLogin(redirect?: string | null): void {
  const target = decodeParam(redirect)
  const url = !target || !target.startsWith('/') || pathOf(target) === PAGES.login ? PAGES.home : isTabPage(target) ? pathOf(target) : target
  void Promise.resolve(Taro.reLaunch({ url }))
    .catch(() => Taro.reLaunch({ url: PAGES.home }))
    .catch(ignore)
}
