import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro's default H5 terser options quote object keys, which breaks the private class
  // fields msw relies on in the service-worker client.
  terser: { enable: true, config: { output: { quote_keys: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
