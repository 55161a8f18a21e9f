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
import {
  createH5NativeComponentConfig,
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
  // @ts-expect-error the runtime entry ships no types
} from '@tarojs/plugin-framework-react/dist/runtime'

// The hooks read React from an internal slot that Taro fills when it creates the app; fill it
// here (and tap the reconciler hooks, as the H5 app does) so hooks work in rendered components.
createH5NativeComponentConfig(null, React, ReactDOM)

const hooks = {
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
}
const { default: base, ...apis } = h5 as any
const taro = Object.assign(base, apis, hooks) as typeof h5.default

export * from '@tarojs/taro-h5'
export {
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
}
export default taro
