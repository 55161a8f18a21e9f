import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Taro's default terser options quote object keys, which breaks the private class
    // fields msw relies on in the service-worker client.
    terser: { enable: true, config: { output: { quote_keys: false } } as any },
  },
} satisfies UserConfigExport<'webpack5'>
