import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro's default H5 terser options quote object keys, which breaks the private class
  // fields msw relies on in the service-worker client.
  // weapp: Taro's mini build writes every non-ASCII character as a \uXXXX escape (6 bytes for a
  // Chinese character instead of UTF-8's 3). WeChat reads its sources as UTF-8, so the escapes
  // only cost package size: about 29 KB of the main package, most of it the Chinese of the
  // in-process mock. An empty Taro + React app holds almost no non-ASCII text, so this leaves
  // the baseline the main-package budget is measured against where it was.
  terser: {
    enable: true,
    config: { output: { quote_keys: false, ...(process.env.TARO_ENV === 'weapp' ? { ascii_only: false } : {}) } },
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
