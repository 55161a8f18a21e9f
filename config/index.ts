import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const taroEnv = process.env.TARO_ENV || 'weapp'
// The app is a demo without a real server: the mocked backend is on unless LINLI_MOCK=0.
// A build-time constant lets webpack drop the whole mock layer from a non-mock build.
const useMock = process.env.LINLI_MOCK !== '0'
// A build without the mock goes to its own folder (dist/weapp-nomock) so it never replaces the demo.
const outputRoot = `dist/${taroEnv}${useMock ? '' : '-nomock'}`
const silenceSass = { sassOptions: { silenceDeprecations: ['legacy-js-api', 'import', 'global-builtin', 'color-functions', 'slash-div'], quietDeps: true } }

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
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
        ? (useMock ? [{ from: 'node_modules/msw/lib/mockServiceWorker.js', to: `${outputRoot}/mockServiceWorker.js` }] : [])
        : [{ from: 'config/project.weapp.json', to: `${outputRoot}/project.config.json` }],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: process.env.CI !== 'true' },
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
        // Without this every page chunk carries its own copy of Taro's components (≈250 KB each).
        chain.optimization.splitChunks({
          chunks: 'all',
          cacheGroups: {
            taro: { test: /[\\/]node_modules[\\/]@tarojs[\\/]/, name: 'taro', priority: 20, reuseExistingChunk: true },
            vendors: { test: /[\\/]node_modules[\\/](?!msw|@mswjs|@open-draft|rettime|until-async|outvariant|strict-event-emitter|headers-polyfill|is-node-process|graphql|@bundled-es-modules|tough-cookie|path-to-regexp|cookie|statuses)/, name: 'vendors', priority: 10, reuseExistingChunk: true },
            common: { minChunks: 2, name: 'common', priority: 5, reuseExistingChunk: true },
          },
        })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
