#!/usr/bin/env node
// Checks the weapp build without WeChat DevTools (npm run test:weapp).
//   1. WXML and WXSS compile with WeChat's own compilers (wcc / wcsc from `miniprogram-compiler`).
//   2. The bundle runs in a Node `vm` context that has only what WeChat's logic layer gives:
//      App, Page, Component, Behavior, getApp, getCurrentPages, a module `require`, a fake `wx`,
//      timers, console and the JS built-ins; no window, document, fetch, Request, Response,
//      Headers, TextEncoder. app.js and every page load; App() and every Page()/Component()
//      register.
//   3. The app launches and every page mounts (onLoad/onShow/onReady) without an error; the
//      page's setData output is rendered through its compiled WXML to prove they fit.
//   3b. With app.json's tabBar.custom on, the custom tab bar (custom-tab-bar/index, which no
//      usingComponents names: WeChat finds it by its folder) is there, compiles and registers
//      like any component, renders its tabs under each tab page with that page's tab selected,
//      and a tap on another tab calls wx.switchTab.
//   4. Hook: if the app sets a global `__linliMockProbe` (e.g. `globalThis.__linliMockProbe =
//      async () => ({ ok: true, detail: '…' })`, or `wx.__linliMockProbe`), it is awaited after
//      launch and must return `{ ok: true }` or `{ status: 2xx, body }`.
//      It runs with `wx.request` answering "request:fail" so only an in-process mock can answer.
//      The module `require` also has WeChat's `require.async` (a promise of a subpackage's
//      module, resolved on a later tick), and a plain `require` of another subpackage's file
//      fails as it does in WeChat.
// Prints one line per check, then "N passed, N failed". Exit 1 on any failure.
// Env: WEAPP_SKIP_BUILD=1 to check dist/weapp as it is; WEAPP_DIST=<dir> to check another build;
//      WEAPP_VERBOSE=1 for the app's console output and stacks.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import vm from 'node:vm'
import { ensureBuild, root } from '../../scripts/ensure-build.mjs'

const require = createRequire(import.meta.url)
// WEAPP_DIST points the check at another build folder (and skips building).
const dist = path.resolve(process.env.WEAPP_DIST ?? path.join(root, 'dist/weapp'))
const verbose = !!process.env.WEAPP_VERBOSE

let passed = 0
let failed = 0
function pass(name, detail = '') {
  passed++
  console.log(`ok    ${name}${detail ? ` — ${detail}` : ''}`)
}
function fail(name, err) {
  failed++
  // Errors thrown inside the vm are not `instanceof Error` of this realm: duck-type them.
  const isErr = err && typeof err === 'object' && 'message' in err
  const msg = (isErr ? (verbose && err.stack ? err.stack : `${err.name && !String(err.message).startsWith('编译') ? `${err.name}: ` : ''}${err.message}`) : String(err)).trim()
  console.log(`FAIL  ${name} — ${msg.split('\n').filter((l) => l.trim()).join('\n      ')}`)
}
async function check(name, fn) {
  try {
    const detail = await fn()
    pass(name, detail)
    return true
  } catch (err) {
    fail(name, err)
    return false
  }
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

// ---------------------------------------------------------------------------------- build
if (!process.env.WEAPP_SKIP_BUILD && !process.env.WEAPP_DIST) {
  try {
    await ensureBuild('weapp')
  } catch (err) {
    fail('build weapp', err)
    finish()
  }
}
if (!existsSync(path.join(dist, 'app.json'))) {
  fail('dist/weapp/app.json exists', 'run `npm run build:weapp` first')
  finish()
}

const readJson = (rel) => JSON.parse(readFileSync(path.join(dist, rel), 'utf8'))
const app = readJson('app.json')
const subPackages = app.subPackages ?? app.subpackages ?? []
const pages = [
  ...app.pages,
  ...subPackages.flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`)),
]

/** Every custom component reachable from app.json and the pages' usingComponents. */
function collectComponents() {
  const seen = new Set()
  const visit = (fromRel, using = {}) => {
    for (const target of Object.values(using)) {
      if (typeof target !== 'string' || target.startsWith('plugin://')) continue
      const rel = target.startsWith('/')
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), target))
      if (seen.has(rel)) continue
      seen.add(rel)
      if (existsSync(path.join(dist, `${rel}.json`))) visit(rel, readJson(`${rel}.json`).usingComponents)
    }
  }
  visit('app', app.usingComponents)
  for (const p of pages) {
    if (existsSync(path.join(dist, `${p}.json`))) visit(p, readJson(`${p}.json`).usingComponents)
  }
  return [...seen].sort()
}
const components = collectComponents()
// 长辈版 needs labels WeChat's native tab bar cannot draw: weapp uses its own (src/custom-tab-bar).
const CUSTOM_TAB_BAR = 'custom-tab-bar/index'
const tabs = app.tabBar?.list ?? []
if (app.tabBar?.custom && !components.includes(CUSTOM_TAB_BAR)) components.push(CUSTOM_TAB_BAR)
// Taro renders pages and its React components (the tab bar) from `root`; its `comp` from `i`.
const rootTemplated = (p) => pages.includes(p) || p === CUSTOM_TAB_BAR

function walk(dir, ext, base = dir) {
  const out = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...walk(p, ext, base))
    else if (e.name.endsWith(ext)) out.push(path.relative(base, p).split(path.sep).join('/'))
  }
  return out.sort()
}

// ------------------------------------------------------------------- 1. WXML / WXSS compile
console.log(`# dist/weapp: ${app.pages.length} main pages, ${subPackages.length} subpackages, ${components.length} components`)

if (app.tabBar) {
  await check(`app.json: tabBar.custom with ${CUSTOM_TAB_BAR}.{js,json,wxml,wxss}`, () => {
    if (app.tabBar.custom !== true) throw new Error('tabBar.custom is not true: WeChat would draw its native tab bar, whose labels 长辈版 cannot grow')
    const missing = ['js', 'json', 'wxml', 'wxss'].map((ext) => `${CUSTOM_TAB_BAR}.${ext}`).filter((f) => !existsSync(path.join(dist, f)))
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`)
    if (readJson(`${CUSTOM_TAB_BAR}.json`).component !== true) throw new Error(`${CUSTOM_TAB_BAR}.json does not say "component": true`)
    if (tabs.length < 2) throw new Error('tabBar.list needs at least 2 tabs (WeChat still reads it)')
    return `${tabs.length} tabs: ${tabs.map((t) => t.text).join(' ')}`
  })
}

let $gwx = null
await check(`wxml: wcc compiles ${walk(dist, '.wxml').length} files`, () => {
  const wcc = require('miniprogram-compiler/src/wcc.js')
  const wxml = walk(dist, '.wxml').map((f) => f.slice(0, -'.wxml'.length))
  const wxs = walk(dist, '.wxs')
  const code = wcc(dist, wxml, wxs, { maxBuffer: 256 << 20 })
  // The generated code targets WeChat's view layer: give it a `window`.
  const sandbox = { console: { log() {}, warn() {}, error() {}, info() {} } }
  sandbox.window = sandbox
  vm.createContext(sandbox)
  $gwx = vm.runInContext(`(function (global) {\n${code}\nreturn $gwx\n})`, sandbox)({})
  return `${(code.length / 1024).toFixed(0)} KB of template code`
})

if ($gwx) {
  for (const p of [...pages, ...components]) {
    const kind = pages.includes(p) ? 'page' : 'component'
    await check(`wxml: ${kind} ${p}`, () => {
      const gen = $gwx(`${p}.wxml`)
      if (typeof gen !== 'function') throw new Error(`${p}.wxml is missing from the compiled templates`)
      // An empty Taro tree must render (the template chain resolves).
      const tree = gen(rootTemplated(p) ? { root: { cn: [] } } : { i: { cn: [], nn: 'view' } }, {}, {})
      if (!tree || !tree.tag) throw new Error('template produced no tree')
    })
  }
}

{
  // wcsc resolves @import only among the files it is given, so compile them all at once
  // (as DevTools does); a failure names the file and line.
  const wcsc = require('miniprogram-compiler/src/wcsc.js')
  const wxssFiles = walk(dist, '.wxss')
  let out = null
  await check(`wxss: wcsc compiles ${wxssFiles.length} files`, () => {
    if (!wxssFiles.length) throw new Error('no .wxss files in dist/weapp')
    // wcsc returns (does not throw) an Error on a compile failure.
    const res = wcsc(dist, wxssFiles.map((f) => f.slice(0, -'.wxss'.length)), { maxBuffer: 256 << 20 })
    if (res instanceof Error) throw res
    out = res
  })
  if (out) {
    // Files that are only @imported are inlined into their importers; check the entry points.
    const entries = ['app', ...pages, ...components].map((p) => `${p}.wxss`).filter((f) => wxssFiles.includes(f))
    for (const f of entries) {
      await check(`wxss: ${f}`, () => {
        if (!out[f] && !out[`./${f}`]) throw new Error('wcsc produced no output for the file')
        return `${(statSync(path.join(dist, f)).size / 1024).toFixed(1)} KB`
      })
    }
  }
}

// --------------------------------------------------------------- 2. logic layer in a vm
const registered = { app: null, pages: new Map(), components: new Map(), behaviors: 0 }
const logs = []
const loading = []
const pageStack = []
const requests = []
const storage = new Map()
const timers = new Set()

const stamp = () => new Date().toISOString().slice(11, 23)
const makeConsole = () => {
  const out = {}
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    out[level] = (...args) => {
      const text = args
        .map((a) => (a && typeof a === 'object' && 'stack' in a ? a.stack : typeof a === 'string' ? a : safeJson(a)))
        .join(' ')
      logs.push({ level, text })
      if (verbose || level === 'error') console.log(`      [${stamp()} console.${level}] ${text.slice(0, 600)}`)
    }
  }
  out.time = out.timeEnd = out.group = out.groupEnd = out.trace = out.table = () => {}
  out.assert = (cond, ...a) => cond || out.error('Assertion failed', ...a)
  return out
}
function safeJson(v) {
  try {
    return JSON.stringify(v)
  } catch {
    return String(v)
  }
}

const systemInfo = {
  brand: 'devtools',
  model: 'iPhone 12/13 (Pro)',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 753,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  fontSizeSetting: 16,
  SDKVersion: '3.5.0',
  benchmarkLevel: 1,
  albumAuthorized: true,
  cameraAuthorized: true,
  locationAuthorized: true,
  microphoneAuthorized: true,
  notificationAuthorized: true,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  theme: 'light',
  enableDebug: false,
  deviceOrientation: 'portrait',
  host: { env: 'WeChat' },
}

/** Async wx API: calls success/complete on a later tick, like WeChat. */
function asyncApi(name, result = {}) {
  return (opts = {}) => {
    const res = { errMsg: `${name}:ok`, ...(typeof result === 'function' ? result(opts) : result) }
    setTimeoutCtx(() => {
      if (res.errMsg.endsWith(':ok')) opts.success?.(res)
      else opts.fail?.(res)
      opts.complete?.(res)
    }, 0)
  }
}
function setTimeoutCtx(fn, ms, ...args) {
  const t = setTimeout(() => {
    timers.delete(t)
    try {
      fn(...args)
    } catch (err) {
      logs.push({ level: 'uncaught', text: err.stack })
      console.log(`      [${stamp()} uncaught in timer] ${err.stack}`)
      uncaught.push(err)
    }
  }, ms)
  timers.add(t)
  return t
}
const uncaught = []

const storageInfo = () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 })
const wx = {
  // system
  getSystemInfoSync: () => ({ ...systemInfo }),
  getSystemInfo: asyncApi('getSystemInfo', () => ({ ...systemInfo })),
  getSystemInfoAsync: asyncApi('getSystemInfoAsync', () => ({ ...systemInfo })),
  getWindowInfo: () => ({ pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 753, statusBarHeight: 47, safeArea: systemInfo.safeArea, screenTop: 0 }),
  getDeviceInfo: () => ({ brand: 'devtools', model: systemInfo.model, system: systemInfo.system, platform: 'devtools', benchmarkLevel: 1 }),
  getAppBaseInfo: () => ({ SDKVersion: systemInfo.SDKVersion, language: 'zh_CN', version: systemInfo.version, theme: 'light', enableDebug: false, host: systemInfo.host }),
  getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }),
  getAppAuthorizeSetting: () => ({ albumAuthorized: 'authorized', cameraAuthorized: 'authorized', locationAuthorized: 'authorized' }),
  getAccountInfoSync: () => ({ miniProgram: { appId: 'wx0000000000000000', envVersion: 'develop', version: '' } }),
  getLaunchOptionsSync: () => ({ path: pages[0], query: {}, scene: 1001, referrerInfo: {} }),
  getEnterOptionsSync: () => ({ path: pages[0], query: {}, scene: 1001, referrerInfo: {} }),
  getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 }),
  canIUse: () => true,
  nextTick: (fn) => Promise.resolve().then(fn),
  getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
  getNetworkType: asyncApi('getNetworkType', { networkType: 'wifi' }),
  onNetworkStatusChange() {},
  offNetworkStatusChange() {},
  onAppShow() {},
  offAppShow() {},
  onAppHide() {},
  offAppHide() {},
  onError() {},
  offError() {},
  onUnhandledRejection() {},
  offUnhandledRejection() {},
  onPageNotFound() {},
  offPageNotFound() {},
  onMemoryWarning() {},
  onWindowResize() {},
  offWindowResize() {},
  onThemeChange() {},
  offThemeChange() {},
  reportAnalytics() {},
  reportEvent() {},
  getRealtimeLogManager: () => ({ info() {}, warn() {}, error() {}, setFilterMsg() {}, addFilterMsg() {} }),
  getLogManager: () => ({ log() {}, info() {}, warn() {}, debug() {} }),
  getPerformance: () => ({ now: () => Date.now(), createObserver: () => ({ observe() {}, disconnect() {} }), getEntries: () => [] }),
  // storage (sync + async)
  getStorageSync: (k) => (storage.has(k) ? structuredClone(storage.get(k)) : ''),
  setStorageSync: (k, v) => void storage.set(k, structuredClone(v)),
  removeStorageSync: (k) => void storage.delete(k),
  clearStorageSync: () => storage.clear(),
  getStorageInfoSync: storageInfo,
  getStorage: asyncApi('getStorage', (o) => (storage.has(o.key) ? { data: structuredClone(storage.get(o.key)) } : { errMsg: 'getStorage:fail data not found' })),
  setStorage: asyncApi('setStorage', (o) => (storage.set(o.key, structuredClone(o.data)), {})),
  removeStorage: asyncApi('removeStorage', (o) => (storage.delete(o.key), {})),
  clearStorage: asyncApi('clearStorage', () => (storage.clear(), {})),
  getStorageInfo: asyncApi('getStorageInfo', storageInfo),
  batchGetStorageSync: (keys) => keys.map((k) => wx.getStorageSync(k)),
  batchSetStorageSync: (kv) => kv.forEach(({ key, value }) => wx.setStorageSync(key, value)),
  // network: there is no server. Only an in-process mock (Taro.addInterceptor) can answer.
  request: (opts = {}) => {
    requests.push({ url: opts.url, method: opts.method ?? 'GET' })
    const res = { errMsg: 'request:fail no network in the weapp check (is the mini mock installed?)' }
    setTimeoutCtx(() => {
      opts.fail?.(res)
      opts.complete?.(res)
    }, 0)
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {}, onChunkReceived() {}, offChunkReceived() {} }
  },
  uploadFile: asyncApi('uploadFile', { errMsg: 'uploadFile:fail no network in the weapp check' }),
  downloadFile: asyncApi('downloadFile', { errMsg: 'downloadFile:fail no network in the weapp check' }),
  connectSocket: () => ({ onOpen() {}, onClose() {}, onError() {}, onMessage() {}, send() {}, close() {} }),
  // auth / open
  login: asyncApi('login', () => ({ code: `check-code-${Math.random().toString(36).slice(2, 10)}` })),
  checkSession: asyncApi('checkSession'),
  getSetting: asyncApi('getSetting', { authSetting: {} }),
  authorize: asyncApi('authorize'),
  openSetting: asyncApi('openSetting', { authSetting: {} }),
  getUserProfile: asyncApi('getUserProfile', { userInfo: { nickName: '微信用户', avatarUrl: '' } }),
  requestSubscribeMessage: asyncApi('requestSubscribeMessage'),
  getPrivacySetting: asyncApi('getPrivacySetting', { needAuthorization: false, privacyContractName: '' }),
  requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize'),
  onNeedPrivacyAuthorization() {},
  // ui
  showToast: asyncApi('showToast'),
  hideToast: asyncApi('hideToast'),
  showLoading: asyncApi('showLoading'),
  hideLoading: asyncApi('hideLoading'),
  showModal: asyncApi('showModal', { confirm: true, cancel: false }),
  showActionSheet: asyncApi('showActionSheet', { tapIndex: 0 }),
  setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
  setNavigationBarColor: asyncApi('setNavigationBarColor'),
  showNavigationBarLoading: asyncApi('showNavigationBarLoading'),
  hideNavigationBarLoading: asyncApi('hideNavigationBarLoading'),
  setBackgroundColor: asyncApi('setBackgroundColor'),
  setBackgroundTextStyle: asyncApi('setBackgroundTextStyle'),
  setTabBarBadge: asyncApi('setTabBarBadge'),
  removeTabBarBadge: asyncApi('removeTabBarBadge'),
  showTabBarRedDot: asyncApi('showTabBarRedDot'),
  hideTabBarRedDot: asyncApi('hideTabBarRedDot'),
  showTabBar: asyncApi('showTabBar'),
  hideTabBar: asyncApi('hideTabBar'),
  setTabBarItem: asyncApi('setTabBarItem'),
  setTabBarStyle: asyncApi('setTabBarStyle'),
  startPullDownRefresh: asyncApi('startPullDownRefresh'),
  stopPullDownRefresh: asyncApi('stopPullDownRefresh'),
  pageScrollTo: asyncApi('pageScrollTo'),
  hideKeyboard: asyncApi('hideKeyboard'),
  loadFontFace: asyncApi('loadFontFace'),
  vibrateShort: asyncApi('vibrateShort'),
  vibrateLong: asyncApi('vibrateLong'),
  setClipboardData: asyncApi('setClipboardData'),
  getClipboardData: asyncApi('getClipboardData', { data: '' }),
  makePhoneCall: asyncApi('makePhoneCall'),
  createSelectorQuery: () => {
    const q = {
      in: () => q,
      select: () => node,
      selectAll: () => node,
      selectViewport: () => node,
      exec: (cb) => setTimeoutCtx(() => cb?.([]), 0),
    }
    const node = { boundingClientRect: () => q, scrollOffset: () => q, fields: () => q, node: () => q, context: () => q }
    return q
  },
  createIntersectionObserver: () => ({ relativeTo() { return this }, relativeToViewport() { return this }, observe() {}, disconnect() {} }),
  createAnimation: () => new Proxy({}, { get: (t, k) => (k === 'export' ? () => ({ actions: [] }) : () => t) }),
  // media / device (privacy-gated on a phone; here they "succeed" with dummy data)
  chooseMedia: asyncApi('chooseMedia', { tempFiles: [{ tempFilePath: 'wxfile://tmp/check.jpg', size: 1024, fileType: 'image' }], type: 'image' }),
  chooseImage: asyncApi('chooseImage', { tempFilePaths: ['wxfile://tmp/check.jpg'], tempFiles: [{ path: 'wxfile://tmp/check.jpg', size: 1024 }] }),
  previewImage: asyncApi('previewImage'),
  getImageInfo: asyncApi('getImageInfo', { width: 100, height: 100, path: 'wxfile://tmp/check.jpg', type: 'jpeg' }),
  compressImage: asyncApi('compressImage', (o) => ({ tempFilePath: o.src })),
  saveImageToPhotosAlbum: asyncApi('saveImageToPhotosAlbum'),
  getLocation: asyncApi('getLocation', { latitude: 31.2304, longitude: 121.4737, accuracy: 30 }),
  getFuzzyLocation: asyncApi('getFuzzyLocation', { latitude: 31.23, longitude: 121.47 }),
  chooseLocation: asyncApi('chooseLocation', { name: '检查点', address: '上海市', latitude: 31.2304, longitude: 121.4737 }),
  openLocation: asyncApi('openLocation'),
  scanCode: asyncApi('scanCode', { result: 'check-scan', scanType: 'QR_CODE' }),
  getFileSystemManager: () => ({ readFile: asyncApi('readFile', { data: '' }), readFileSync: () => '', writeFile: asyncApi('writeFile'), access: asyncApi('access'), accessSync() {}, saveFile: asyncApi('saveFile') }),
  // navigation: recorded, not performed
  navigateTo: asyncApi('navigateTo', (o) => (pageStack.push(o.url), {})),
  redirectTo: asyncApi('redirectTo', (o) => (pageStack.push(o.url), {})),
  switchTab: asyncApi('switchTab', (o) => (pageStack.push(o.url), {})),
  reLaunch: asyncApi('reLaunch', (o) => (pageStack.push(o.url), {})),
  navigateBack: asyncApi('navigateBack'),
  navigateToMiniProgram: asyncApi('navigateToMiniProgram'),
  exitMiniProgram: asyncApi('exitMiniProgram'),
  showShareMenu: asyncApi('showShareMenu'),
  hideShareMenu: asyncApi('hideShareMenu'),
  updateShareMenu: asyncApi('updateShareMenu'),
  requestPayment: asyncApi('requestPayment', { errMsg: 'requestPayment:fail not available in the weapp check' }),
  env: { USER_DATA_PATH: 'wxfile://usr' },
}

// The logic layer's globals. WeChat shadows window/document/etc., so they are simply absent.
const sandbox = {
  wx,
  console: makeConsole(),
  setTimeout: setTimeoutCtx,
  clearTimeout: (t) => (timers.delete(t), clearTimeout(t)),
  setInterval: (fn, ms, ...a) => {
    const t = setInterval(fn, ms, ...a)
    timers.add(t)
    return t
  },
  clearInterval: (t) => (timers.delete(t), clearInterval(t)),
  requestAnimationFrame: (fn) => setTimeoutCtx(() => fn(Date.now()), 16),
  cancelAnimationFrame: (t) => (timers.delete(t), clearTimeout(t)),
  App(opts) {
    if (registered.app) throw new Error('App() called twice')
    registered.app = { opts, file: loading.at(-1) }
  },
  Page(opts) {
    registered.pages.set(loading.at(-1), { opts, kind: 'Page' })
  },
  Component(opts) {
    registered.components.set(loading.at(-1), { opts, kind: 'Component' })
  },
  Behavior(opts) {
    registered.behaviors++
    return opts
  },
  getApp: () => registered.app?.instance ?? registered.app?.opts,
  getCurrentPages: () => currentPages.slice(),
  requirePlugin: (name) => {
    throw new Error(`requirePlugin(${name}) is not available in the weapp check`)
  },
  __wxConfig: { envVersion: 'develop', platform: 'devtools', pages, global: { window: app.window ?? {} } },
}
const currentPages = []
vm.createContext(sandbox, { name: 'weapp logic layer', codeGeneration: { strings: false, wasm: false } })

const modules = new Map()
const subRoots = subPackages.map((sp) => `${sp.root.replace(/^\/|\/$/g, '')}/`)
const packageOf = (rel) => subRoots.find((r) => rel.startsWith(r)) ?? ''
/** files loaded through require.async (分包异步化), in order */
const asyncLoaded = []
function requireFrom(fromFile) {
  const resolve = (request) => {
    let rel = request.startsWith('/') ? request.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), request))
    if (!rel.endsWith('.js')) rel += '.js'
    return rel
  }
  const req = (request) => {
    const rel = resolve(request)
    // WeChat: a package's code may require its own files and the main package's, not another
    // subpackage's (that one may not be downloaded yet): only require.async reaches it.
    const target = packageOf(rel)
    if (target && target !== packageOf(fromFile)) throw new Error(`${fromFile} requires ${rel} of subpackage ${target}: only require.async may`)
    return loadModule(rel)
  }
  // 分包异步化 (base library ≥ 2.11.2): a promise of the module, after its package has been
  // "downloaded" (a later tick here).
  req.async = (request) =>
    new Promise((resolvePromise, reject) => {
      const rel = resolve(request)
      setTimeoutCtx(() => {
        try {
          if (!existsSync(path.join(dist, rel))) throw new Error(`require.async: module not found: ${rel}`)
          asyncLoaded.push(rel)
          resolvePromise(loadModule(rel))
        } catch (err) {
          reject(err)
        }
      }, 5)
    })
  return req
}
function loadModule(rel) {
  if (modules.has(rel)) return modules.get(rel).exports
  const file = path.join(dist, rel)
  if (!existsSync(file)) throw new Error(`module not found: ${rel}`)
  const module = { exports: {} }
  modules.set(rel, module)
  const code = readFileSync(file, 'utf8')
  // Same shape as WeChat's define() wrapper.
  const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, sandbox, { filename: file })
  loading.push(rel.replace(/\.js$/, ''))
  try {
    fn.call(module.exports, requireFrom(rel), module, module.exports)
  } catch (err) {
    modules.delete(rel)
    throw err
  } finally {
    loading.pop()
  }
  return module.exports
}

const forbidden = ['window', 'document', 'fetch', 'Request', 'Response', 'Headers', 'TextEncoder', 'TextDecoder', 'navigator', 'localStorage', 'XMLHttpRequest', 'URL', 'process', 'Buffer', 'global', 'require']
await check('vm: no browser or Node globals in the logic layer', () => {
  const present = forbidden.filter((g) => vm.runInContext(`typeof ${g} !== 'undefined'`, sandbox))
  if (present.length) throw new Error(`present: ${present.join(', ')}`)
})

const appLoaded = await check('logic: app.js loads', () => {
  loadModule('app.js')
  if (!registered.app) throw new Error('app.js did not call App()')
  return `App() registered; ${modules.size} modules`
})

if (appLoaded) {
  for (const p of pages) {
    await check(`logic: page ${p}`, () => {
      loadModule(`${p}.js`)
      const reg = registered.pages.get(p) ?? registered.components.get(p)
      if (!reg) throw new Error(`${p}.js did not call Page() or Component()`)
      return `${reg.kind}() registered`
    })
  }
  for (const c of components) {
    await check(`logic: component ${c}`, () => {
      loadModule(`${c}.js`)
      if (!registered.components.get(c)) throw new Error(`${c}.js did not call Component()`)
      return 'Component() registered'
    })
  }
}

// ----------------------------------------------------------- 3. launch and mount each page
const flush = async (ms = 30) => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms / 5))
}

function setPath(data, key, value) {
  const parts = [...key.matchAll(/[^.[\]]+|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : /^\d+$/.test(m[0]) ? Number(m[0]) : m[0]))
  let obj = data
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]
    if (obj[k] == null || typeof obj[k] !== 'object') obj[k] = typeof parts[i + 1] === 'number' ? [] : {}
    obj = obj[k]
  }
  obj[parts.at(-1)] = value
}

function textOf(node) {
  if (node == null) return ''
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  return (node.children ?? []).map(textOf).join('')
}

let appInstance = null
if (registered.app) {
  await check('runtime: App onLaunch/onShow', async () => {
    const opts = registered.app.opts
    appInstance = Object.create(opts)
    registered.app.instance = appInstance
    const launch = { path: pages[0], query: {}, scene: 1001, referrerInfo: {} }
    await opts.onLaunch?.call(appInstance, launch)
    await opts.onShow?.call(appInstance, launch)
    await flush()
    if (uncaught.length) throw uncaught.shift()
  })
}

/** A Page() or Component() instance as WeChat would make it: its options, data and setData. */
function instanceOf(opts, route) {
  const inst = Object.create(null)
  for (const [k, v] of Object.entries(opts)) inst[k] = v
  inst.route = route
  inst.__route__ = route
  inst.options = {}
  inst.data = structuredClone(opts.data ?? {})
  inst.setDataCalls = 0
  inst.setData = (patch, cb) => {
    inst.setDataCalls++
    for (const [k, v] of Object.entries(patch)) setPath(inst.data, k, structuredClone(v))
    if (cb) setTimeoutCtx(cb, 0)
  }
  inst.selectComponent = () => null
  inst.selectAllComponents = () => []
  inst.createSelectorQuery = wx.createSelectorQuery
  inst.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
  return inst
}

for (const p of pages) {
  const reg = registered.pages.get(p)
  if (!reg || !registered.app) continue
  await check(`runtime: page ${p} mounts and renders`, async () => {
    const errorsBefore = logs.filter((l) => l.level === 'error').length
    const inst = instanceOf(reg.opts, p)
    currentPages.push(inst)
    try {
      await inst.onLoad?.call(inst, {})
      await inst.onShow?.call(inst)
      await inst.onReady?.call(inst)
      await flush(60)
      if (uncaught.length) throw uncaught.shift()
      const errors = logs.filter((l) => l.level === 'error').slice(errorsBefore)
      if (errors.length) throw new Error(`console.error during mount: ${errors[0].text.slice(0, 400)}`)
      if (!inst.setDataCalls) throw new Error('the page never called setData')
      let rendered = ''
      if ($gwx) {
        const tree = $gwx(`${p}.wxml`)(inst.data, {}, {})
        rendered = textOf(tree).replace(/\s+/g, ' ').trim()
      }
      return `${inst.setDataCalls} setData; text: "${rendered.slice(0, 60)}${rendered.length > 60 ? '…' : ''}"`
    } finally {
      await inst.onHide?.call(inst)
      await inst.onUnload?.call(inst)
      currentPages.pop()
      await flush()
    }
  })
}

// ------------------------------------------------------------ 3b. the custom tab bar
/** Every node of a Taro data tree (`root.cn`, children in `cn`). */
function* taroNodes(node) {
  if (!node || typeof node !== 'object') return
  yield node
  for (const child of node.cn ?? []) yield* taroNodes(child)
}
const taroText = (node) => [...taroNodes(node)].map((n) => n.v ?? '').join('')
const hasClass = (node, name) => String(node.cl ?? '').split(/\s+/).includes(name)

const tabBarReg = registered.components.get(CUSTOM_TAB_BAR)
if (app.tabBar?.custom && tabBarReg && registered.app) {
  // As WeChat does: each tab page gets its own instance of the tab bar, made with the page.
  for (const [index, tab] of tabs.entries()) {
    const reg = registered.pages.get(tab.pagePath)
    if (!reg) continue
    await check(`runtime: ${CUSTOM_TAB_BAR} under ${tab.pagePath} selects ${tab.text}`, async () => {
      const errorsBefore = logs.filter((l) => l.level === 'error').length
      const page = instanceOf(reg.opts, tab.pagePath)
      const bar = instanceOf(tabBarReg.opts, CUSTOM_TAB_BAR)
      bar.getPageId = () => `pageId-${index}`
      currentPages.push(page)
      try {
        await bar.attached?.call(bar)
        await page.onLoad?.call(page, {})
        await page.onShow?.call(page)
        await page.onReady?.call(page)
        await flush(60)
        if (uncaught.length) throw uncaught.shift()
        const errors = logs.filter((l) => l.level === 'error').slice(errorsBefore)
        if (errors.length) throw new Error(`console.error: ${errors[0].text.slice(0, 400)}`)
        const items = [...taroNodes(bar.data.root)].filter((n) => hasClass(n, 'tab-bar__item'))
        const labels = items.map(taroText)
        const want = tabs.map((t) => t.text)
        if (labels.join() !== want.join()) throw new Error(`tabs ${JSON.stringify(labels)}, expected ${JSON.stringify(want)}`)
        const selected = items.filter((n) => hasClass(n, 'tab-bar__item--on')).map(taroText)
        if (selected.join() !== tab.text) throw new Error(`selected: ${JSON.stringify(selected)}, expected ${tab.text}`)
        if ($gwx) {
          const rendered = textOf($gwx(`${CUSTOM_TAB_BAR}.wxml`)(bar.data, {}, {})).replace(/\s+/g, '')
          if (!rendered.includes(want.join(''))) throw new Error(`its WXML renders "${rendered.slice(0, 80)}"`)
        }
        // a tap on another tab goes through Taro's event handler to wx.switchTab. Two along, so
        // the next page's selection cannot come from this tap: only from that page's own show.
        const next = (index + 2) % tabs.length
        const before = pageStack.length
        const ev = { type: 'tap', timeStamp: Date.now(), detail: { x: 0, y: 0 }, target: { id: items[next].sid, dataset: { sid: items[next].sid } }, currentTarget: { id: items[next].sid, dataset: { sid: items[next].sid } } }
        tabBarReg.opts.methods.eh.call(bar, ev)
        await flush()
        const went = pageStack.slice(before)
        if (went.join() !== `/${tabs[next].pagePath}`) throw new Error(`a tap on ${tabs[next].text} called switchTab with ${JSON.stringify(went)}`)
        const after = [...taroNodes(bar.data.root)].filter((n) => hasClass(n, 'tab-bar__item--on')).map(taroText)
        if (after.join() !== tabs[next].text) throw new Error(`after the tap on ${tabs[next].text} the bar selects ${JSON.stringify(after)}`)
        return `${bar.setDataCalls} setData; a tap on ${tabs[next].text} switches to /${tabs[next].pagePath}`
      } finally {
        await bar.detached?.call(bar)
        await page.onHide?.call(page)
        await page.onUnload?.call(page)
        currentPages.pop()
        await flush()
      }
    })
  }
}

// ------------------------------------------------------------------------ 4. mock probe
// The mock may arrive through require.async after launch: give it a moment to register.
for (let i = 0; i < 100 && typeof (sandbox.__linliMockProbe ?? wx.__linliMockProbe) !== 'function'; i++) await new Promise((r) => setTimeout(r, 50))
if (asyncLoaded.length) console.log(`# loaded with require.async: ${asyncLoaded.join(', ')}`)
const probe = sandbox.__linliMockProbe ?? wx.__linliMockProbe
if (typeof probe === 'function') {
  await check('mock: __linliMockProbe answers in-process', async () => {
    const before = requests.length
    const res = await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('probe timed out after 10 s')), 10_000)),
    ])
    // Either `{ ok: true, detail? }` or an HTTP-like `{ status: 2xx, body }`.
    const okStatus = typeof res?.status === 'number' && res.status >= 200 && res.status < 300
    if (!res || (res.ok !== true && !okStatus)) throw new Error(`probe returned ${safeJson(res).slice(0, 300)}`)
    const leaked = requests.slice(before)
    if (leaked.length) throw new Error(`requests reached wx.request: ${leaked.map((r) => `${r.method} ${r.url}`).join(', ')}`)
    if (res.detail) return String(res.detail)
    return okStatus ? `status ${res.status}, ${safeJson(res.body ?? null).length} bytes of JSON` : 'ok'
  })
} else {
  console.log('# no __linliMockProbe registered (the mini mock adapter is not in this build yet)')
}

if (requests.length) console.log(`# wx.request was called ${requests.length}× (answered "request:fail"): ${requests.slice(0, 5).map((r) => `${r.method} ${r.url}`).join(', ')}`)

for (const t of timers) clearTimeout(t)
finish()
