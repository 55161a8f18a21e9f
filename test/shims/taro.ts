/**
 * `@tarojs/taro` under jest: Taro's H5 API (`@tarojs/taro-h5`) plus the React lifecycle hooks.
 *
 * In the H5 build, babel-plugin-transform-taroapi rewrites `Taro.request(...)` into named
 * imports from @tarojs/taro-h5, and the framework's api-loader adds the hooks to the default
 * object. Here the default export gets every named API and hook, so both `Taro.request` and
 * `import { request, useDidShow } from '@tarojs/taro'` work.
 */
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as h5 from '@tarojs/taro-h5'
// @ts-expect-error the runtime entry ships no types
import * as runtime from '@tarojs/plugin-framework-react/dist/runtime'

// The hooks read React from an internal slot that Taro fills when it creates the app; fill it
// here (and tap the reconciler hooks, as the H5 app does) so hooks work in rendered components.
runtime.createH5NativeComponentConfig(null, React, ReactDOM)

// Every lifecycle hook the framework has (useDidShow, useLoad, useRouter, …).
const hooks: Record<string, unknown> = {}
for (const k of Object.keys(runtime)) if (/^use[A-Z]/.test(k)) hooks[k] = (runtime as Record<string, unknown>)[k]

const { default: base, ...apis } = h5 as any
const taro = Object.assign(base, apis, hooks) as typeof h5.default

export * from '@tarojs/taro-h5'
export const {
  useAddToFavorites,
  useDidHide,
  useDidShow,
  useError,
  useKeyboardHeight,
  useLaunch,
  useLoad,
  useOptionMenuClick,
  usePageNotFound,
  usePageScroll,
  usePullDownRefresh,
  usePullIntercept,
  useReachBottom,
  useReady,
  useResize,
  useRouter,
  useSaveExitState,
  useScope,
  useShareAppMessage,
  useShareTimeline,
  useTabItemTap,
  useTitleClick,
  useUnhandledRejection,
  useUnload,
} = hooks as Record<string, any>
export default taro
