// The Taro preset is for the bundlers; under jest (NODE_ENV=test) plain presets are enough.
module.exports = (api) => {
  const isTest = api.env('test')
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    }
  }
  return {
    // weapp keeps import() for webpack, which loads the chunk with require.async
    // (config/weapp-require-async.ts); Taro's default turns it into a synchronous require.
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'weapp' ? { 'dynamic-import-node': false } : {}) }]],
  }
}
