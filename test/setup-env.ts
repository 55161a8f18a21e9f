// Runs before the test framework and before any module is imported: the values Taro's
// webpack DefinePlugin would inline into an H5 build (H5WebpackPlugin.getDefinePlugin).
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.FRAMEWORK = 'react'
process.env.SUPPORT_TARO_POLYFILL = 'disabled'
process.env.SUPPORT_DINGTALK_NAVIGATE = 'disabled'
