/**
 * Rendering a Taro page in jest. In the app, Taro's router fires a page's lifecycle
 * (onLoad → onShow → onReady) and sets `Current.router`; under jest nothing does, so
 * `useLoad`, `useDidShow`, `useReady` and `useRouter` need this helper.
 *
 *   const view = await renderPage(<ReportDetail />, { path: '/packages/report/detail', params: { id: 'r1' } })
 *   await firePageLifecycle('onShow')   // e.g. coming back to the page
 */
import type { ReactElement } from 'react'
import { act, render, type RenderOptions, type RenderResult } from '@testing-library/react'
import { Current, HOOKS_APP_ID, getPageInstance } from '@tarojs/runtime'

export type PageLifecycle =
  | 'onLoad'
  | 'onShow'
  | 'onReady'
  | 'onHide'
  | 'onUnload'
  | 'onPullDownRefresh'
  | 'onReachBottom'

export interface PageOptions extends RenderOptions {
  /** Page path as in app.config, e.g. '/pages/index/index'. */
  path?: string
  /** Route query, what `useRouter().params` returns. */
  params?: Record<string, string>
}

/** Point `useRouter()` / `getCurrentInstance().router` at a page. */
export function setRouter(path = '/pages/index/index', params: Record<string, string> = {}) {
  ;(Current as any).router = {
    path,
    params,
    $taroPath: path,
    onReady: '',
    onShow: '',
    onHide: '',
  }
}

// useDidShow / useDidHide register under the class-component names.
const hookKey: Partial<Record<PageLifecycle, string>> = { onShow: 'componentDidShow', onHide: 'componentDidHide' }

/** Call every callback a rendered component registered for a page lifecycle hook. */
export async function firePageLifecycle(name: PageLifecycle, ...args: unknown[]) {
  const inst = getPageInstance(HOOKS_APP_ID) as Record<string, unknown> | undefined
  const entry = inst?.[hookKey[name] ?? name]
  const list = (Array.isArray(entry) ? entry : entry ? [entry] : []) as Array<(...a: unknown[]) => unknown>
  await act(async () => {
    for (const fn of list) await fn(...args)
  })
}

/** Render a page and run its lifecycle like Taro's router does: onLoad, onShow, onReady. */
export async function renderPage(ui: ReactElement, options: PageOptions = {}): Promise<RenderResult> {
  const { path, params = {}, ...renderOptions } = options
  setRouter(path, params)
  const result = render(ui, renderOptions)
  await firePageLifecycle('onLoad', params)
  await firePageLifecycle('onShow')
  await firePageLifecycle('onReady')
  return result
}

/**
 * Pages of one subpackage opened one after another, each in place of the one before, as
 * navigating does (an earlier page left mounted would answer the queries too):
 *   const open = pageOpener('/packages/points')
 *   await open(<ActivityPage />, 'activity', { id })
 * The last page is unmounted after each test.
 */
export function pageOpener(root: string) {
  let view: RenderResult | null = null
  afterEach(() => {
    view?.unmount()
    view = null
  })
  return async (ui: ReactElement, page: string, params: Record<string, string> = {}): Promise<RenderResult> => {
    view?.unmount()
    view = await renderPage(ui, { path: `${root}/${page}/index`, params })
    return view
  }
}
