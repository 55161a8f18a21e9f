// ESLint 8 (eslintrc). Base: eslint-config-taro's React rules (hooks, no HTML elements, no
// browser-only globals such as `location`/`history` that do not exist in the mini-program),
// TypeScript through @typescript-eslint (a dependency of eslint-config-taro). Formatting rules
// are off: they are noise, not bugs.
//
// The architecture is held here (import/no-restricted-paths, as bulletproof-react does): imports
// point down only — pages and packages → modules → features → components / hooks / services /
// stores → contract / utils; no feature imports another; nothing in src reaches the mock except
// its one bootstrap (src/services/mock.ts); main-package pages never import a feature barrel
// (it would pull the module's heavy UI into the main package); and no import cycles.
const fs = require('fs')
const path = require('path')

const FEATURES = fs.existsSync(path.join(__dirname, 'src/features'))
  ? fs.readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : []
const BELOW_FEATURES = ['components', 'hooks', 'services', 'stores', 'utils', 'contract']

const architectureZones = [
  // no feature imports another: compose them in the page
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature does not import another feature; compose them in the page.',
  })),
  // the floors below the features never reach up
  ...BELOW_FEATURES.map((dir) => ({
    target: `./src/${dir}`,
    from: ['./src/features', './src/pages', './src/packages', './src/modules'],
    message: `src/${dir} sits below the features: it must not import features, modules or pages.`,
  })),
  {
    target: './src/contract',
    from: './src',
    except: ['./contract'],
    message: 'The contract imports nothing from the rest of the app.',
  },
  {
    target: './src/utils',
    from: './src',
    except: ['./utils', './contract'],
    message: 'utils are pure helpers: only the contract below them.',
  },
  // the main package stays light: no feature barrel (it drags forms and views into main)
  {
    target: ['./src/pages', './src/modules', './src/app.ts'],
    from: './src/features/*/index.ts',
    message: 'Main-package code imports deep, light paths (features/x/api, features/x/hooks), never a feature barrel.',
  },
  {
    target: './src/features',
    from: './src/modules',
    message: 'Features do not know the module registry.',
  },
]
const mockZone = {
  target: './src',
  from: './mock',
  message: 'Only src/services/mock.ts reaches the mocked backend.',
}

module.exports = {
  root: true,
  extends: ['taro/react'],
  plugins: ['react-hooks', '@typescript-eslint'],
  env: { es2022: true },
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  settings: {
    react: { version: '18.3' },
    'import/resolver': { [path.join(__dirname, 'scripts/eslint-resolver.js')]: {} },
    'import/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs'],
  },
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.temp/', '.swc/', '*.d.ts'],
  rules: {
    // React 17+ automatic JSX runtime: no `import React` needed.
    'react/react-in-jsx-scope': 'off',
    'react/jsx-uses-react': 'off',
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'warn',
    // Formatting / ordering: not enforced.
    'jsx-quotes': 'off',
    'react/jsx-closing-bracket-location': 'off',
    'react/jsx-curly-spacing': 'off',
    'react/jsx-indent-props': 'off',
    'react/jsx-tag-spacing': 'off',
    'react/jsx-equals-spacing': 'off',
    'react/jsx-boolean-value': 'off',
    'react/jsx-curly-brace-presence': 'off',
    'react/sort-comp': 'off',
    'import/newline-after-import': 'off',
    'import/first': 'off',
    // Slow and wrong for packages whose default export also carries the named ones (Taro).
    'import/no-named-as-default': 'off',
    'import/no-named-as-default-member': 'off',
  },
  overrides: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      parser: '@typescript-eslint/parser',
      rules: {
        'no-unused-vars': 'off',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
        ],
        '@typescript-eslint/no-explicit-any': 'warn',
        '@typescript-eslint/consistent-type-assertions': 'off',
        '@typescript-eslint/no-use-before-define': 'off',
        // Type-only names (interfaces, overloads) are handled by tsc.
        'no-redeclare': 'off',
      },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      rules: {
        'import/no-restricted-paths': ['error', { zones: [...architectureZones, mockZone] }],
        'import/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    {
      // The one bootstrap of the mock, and tests (which run the mock behind msw/node).
      files: ['src/services/mock.ts', 'src/**/__tests__/**'],
      rules: { 'import/no-restricted-paths': ['error', { zones: architectureZones }] },
    },
    {
      files: ['mock/**/*.ts'],
      rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
    },
    {
      // Node scripts, browser journeys and the weapp check: plain ESM on Node 20.
      files: ['scripts/**/*.{js,mjs}', 'test/**/*.{js,mjs}', 'config/**/*.{js,mjs}'],
      parser: 'espree',
      env: { node: true, browser: false },
      parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
      rules: {
        'no-restricted-globals': 'off',
        'import/no-commonjs': 'off',
        'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      },
    },
    {
      // Browser journeys: callbacks passed to page.evaluate() run in the page.
      files: ['test/e2e/**'],
      env: { node: true, browser: true },
    },
    {
      // Tests and the test rig run in jsdom/Node, not in the mini-program.
      files: ['test/**', '**/__tests__/**', '**/*.test.{ts,tsx}'],
      env: { jest: true, node: true },
      rules: {
        'no-restricted-globals': 'off',
        'react/forbid-elements': 'off',
        '@typescript-eslint/no-explicit-any': 'off',
      },
    },
    {
      // The mocked backend runs in Node (jest), a service worker page (H5) and the mini-program.
      files: ['mock/**'],
      rules: { 'react/forbid-elements': 'off' },
    },
    {
      // Root config files are CommonJS.
      files: ['*.js', '.*.js'],
      excludedFiles: ['scripts/**', 'test/**'],
      parser: 'espree',
      env: { node: true },
      parserOptions: { ecmaVersion: 2022, sourceType: 'script' },
      rules: { 'import/no-commonjs': 'off' },
    },
  ],
}
