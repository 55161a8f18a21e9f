// Jest runs components and flows with Taro's H5 implementations in jsdom
// (plain jsdom lacks fetch and Request, which msw and Taro's H5 request need: hence
// jest-fixed-jsdom). babel.config.js switches to plain presets when
// NODE_ENV=test, which jest sets.

// ESM-only packages that must go through babel. Matched anywhere in the path, so nested
// copies (e.g. the tslib inside @tarojs/components/lib/react/node_modules) are handled too.
const esmPackages = [
  '@tarojs',
  '@stencil/core',
  'taro-ui',
  'lodash-es',
  'swiper',
  'ssr-window',
  'dom7',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'rettime',
  'until-async',
  '@open-draft',
]

const fs = require('fs')
const path = require('path')

// mock/ (and src/) may not exist yet in a fresh clone; jest refuses roots that do not exist.
const roots = ['src', 'mock', 'test/unit']
  .filter((d) => fs.existsSync(path.join(__dirname, d)))
  .map((d) => `<rootDir>/${d}`)

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jest-fixed-jsdom',
  testEnvironmentOptions: {
    // Relative request URLs ('/api/v1/…') resolve against this origin, as in the browser.
    url: 'http://localhost/',
  },
  roots,
  testMatch: ['**/__tests__/**/*.test.ts?(x)', '<rootDir>/test/unit/**/*.test.ts?(x)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  transform: { '^.+\\.[cm]?[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: [
    // "Skip node_modules unless the path contains one of the ESM packages".
    `^(?!.*(?:${esmPackages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})).*/node_modules/`,
  ],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/shims/taro.ts',
    '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
    '\\.(css|scss|sass|less)$': 'identity-obj-proxy',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/shims/file.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Taro's build-time constants (@tarojs/webpack5-runner defines them for the bundles).
  globals: {
    __MOCK__: true,
    __TARO_FRAMEWORK__: 'react',
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  clearMocks: true,
  restoreMocks: true,
  testTimeout: 15000,
}
