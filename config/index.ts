import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { WeappRequireAsyncPlugin } from './weapp-require-async'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const taroEnv = process.env.TARO_ENV || 'weapp'
// The app is a demo without a real server: the mocked backend is on unless LINLI_MOCK=0.
// A build-time constant lets webpack drop the whole mock layer from a non-mock build.
const useMock = process.env.LINLI_MOCK !== '0'
// A build without the mock goes to its own folder (dist/weapp-nomock) so it never replaces the demo.
const outputRoot = `dist/${taroEnv}${useMock ? '' : '-nomock'}`
// ANALYZE=1 npm run build:h5 also writes a webpack-bundle-analyzer report (dist/analyze/, gitignored).
const analyze = !!process.env.ANALYZE && process.env.ANALYZE !== '0'
const NODE_MODULES = /[\\/]node_modules[\\/]/
const TARO_RUNTIME = /[\\/]node_modules[\\/](@tarojs|@stencil|react|react-dom|scheduler)[\\/]/
type WebpackModule = { nameForCondition(): string | null }
type WebpackChunkGraph = { getModuleChunksIterable(m: WebpackModule): Iterable<{ name?: string | null }> }
/** true when only the mock chunk (the mocked backend, imported by services/mock.ts) holds the module */
function onlyInMockChunk(module: WebpackModule, chunkGraph: WebpackChunkGraph): boolean {
  let any = false
  for (const chunk of chunkGraph.getModuleChunksIterable(module)) {
    if (chunk.name !== 'mock') return false
    any = true
  }
  return any
}
const silenceSass = { sassOptions: { silenceDeprecations: ['legacy-js-api', 'import', 'global-builtin', 'color-functions', 'slash-div'], quietDeps: true } }

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp: templates for 12 levels of nesting instead of Taro's 16: deeper nodes render through
    // Taro's recursive `comp` component, as they do past any limit. base.wxml shrinks from
    // 61 KB to 50 KB of the main package. Today's deepest pages (the report form and the order
    // page) nest 10 Taro components, measured on H5.
    baseLevel: 12,
    outputRoot,
    plugins: [],
    defineConstants: {
      __MOCK__: JSON.stringify(useMock),
    },
    alias: {
      '@': path.resolve(root, 'src'),
      '@mock': path.resolve(root, 'mock'),
    },
    copy: {
      patterns: taroEnv === 'h5'
        ? [
            // the 首页 tab icon as the page icon (a PNG: browsers read it under this name too)
            { from: 'src/assets/tab/home-on.png', to: `${outputRoot}/favicon.ico` },
            ...(useMock ? [{ from: 'node_modules/msw/lib/mockServiceWorker.js', to: `${outputRoot}/mockServiceWorker.js` }] : []),
          ]
        : [{ from: 'config/project.weapp.json', to: `${outputRoot}/project.config.json` }],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // No persistent cache for weapp: twice here a cached weapp build came out with an empty app
    // module (the app then fails at launch: React error #130) after edits elsewhere; a full weapp
    // build takes about 12 s. CI builds without the cache anyway.
    cache: { enable: process.env.CI !== 'true' && taroEnv !== 'weapp' },
    sass: {},
    mini: {
      compile: { include: [path.resolve(root, 'mock')] },
      sassLoaderOption: silenceSass,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // The mocked backend is an async chunk in its own subpackage (packages/mock), loaded at
        // launch with require.async: it stays out of the main package's size.
        // babel keeps import() on every weapp build, so every weapp build loads chunks this way
        if (taroEnv === 'weapp') chain.plugin('weapp-require-async').use(WeappRequireAsyncPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      esnextModules: ['taro-ui'],
      compile: { include: [path.resolve(root, 'mock')] },
      sassLoaderOption: silenceSass,
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        if (analyze) {
          // Loaded only when asked for: a plain build does not need the analyser installed.
          // eslint-disable-next-line @typescript-eslint/no-var-requires
          const { BundleAnalyzerPlugin } = require('webpack-bundle-analyzer')
          const reportDir = path.resolve(root, 'dist/analyze')
          chain.plugin('bundle-analyzer').use(BundleAnalyzerPlugin, [{
            analyzerMode: 'static',
            openAnalyzer: false,
            reportFilename: path.join(reportDir, `${taroEnv}${useMock ? '' : '-nomock'}.html`),
            generateStatsFile: true,
            statsFilename: path.join(reportDir, `${taroEnv}${useMock ? '' : '-nomock'}.stats.json`),
            logLevel: 'warn',
          }])
        }
        // src/contract only declares (constants, zod schemas, pure helpers): webpack may then skip
        // the parts of its barrel a chunk does not use, so the entry (http, nav, routes need a few
        // constants) does not carry every schema, and zod, to the first load.
        chain.module
          .rule('contract-side-effect-free')
          .test(/\.tsx?$/)
          .include.add(path.resolve(root, 'src/contract'))
          .end()
          .set('sideEffects', false)
        // Each page is its own async chunk (Taro's H5 router imports it lazily). The entry keeps only
        // what app.ts and the router need; a library joins the first load only if the entry imports
        // it. No `chunks: 'all'` group with a name: that would merge every node_modules module of
        // every page (and of the mock) into one chunk that the entry then has to load.
        chain.optimization.splitChunks({
          chunks: 'async',
          // Smaller than webpack's 20 KB default: otherwise what a few pages share (ui wrappers and
          // their CSS, dayjs) is copied into each of them instead of being one cached chunk.
          minSize: { javascript: 10_000, 'css/mini-extract': 2_000 },
          cacheGroups: {
            default: false,
            defaultVendors: false,
            // Taro's runtime and React, as far as the entry uses them: one long-cached chunk.
            taro: { test: TARO_RUNTIME, name: 'taro', chunks: 'initial', priority: 30, enforce: true },
            // The other libraries the entry imports (Taro's router and request helpers, zustand, …).
            vendors: { test: NODE_MODULES, name: 'vendors', chunks: 'initial', priority: 20, enforce: true },
            // Libraries only pages use (taro-ui pieces, Taro components, dayjs, …): name-less chunks
            // grouped by the set of pages that share them, loaded with those pages. The mocked
            // backend's libraries stay inside its own `mock` chunk (services/mock.ts imports it).
            pageVendors: {
              test: (module: WebpackModule, { chunkGraph }: { chunkGraph: WebpackChunkGraph }) =>
                NODE_MODULES.test(module.nameForCondition() ?? '') && !onlyInMockChunk(module, chunkGraph),
              chunks: 'async',
              priority: 10,
              reuseExistingChunk: true,
            },
            // Our own modules shared by several pages: name-less too, so a page loads only the
            // shared pieces it uses.
            common: { chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true },
          },
        })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
