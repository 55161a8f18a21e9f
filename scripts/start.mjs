#!/usr/bin/env node
// `npm start`: install if needed, build the H5 app, serve it on http://127.0.0.1:PORT/
// (PORT env or 10086; a free port if that one is taken). Ctrl-C stops it.
// The weapp build is `npm run build:weapp` → open dist/weapp in WeChat DevTools.
import path from 'node:path'
import { build, root } from './ensure-build.mjs'
import { ensureDeps } from './setup.mjs'

try {
  ensureDeps()
} catch (err) {
  console.error(err.message)
  process.exit(1)
}

console.log('> taro build --type h5')
try {
  await build('h5')
} catch (err) {
  console.error(err.message)
  process.exit(1)
}

const { serveStatic } = await import('./serve.mjs')
const wanted = Number(process.env.PORT || 10086)
const { url, port, close } = await serveStatic({ dir: path.join(root, 'dist/h5'), port: wanted, fallbackToFree: true })
if (port !== wanted) console.log(`(port ${wanted} is taken, using ${port})`)
console.log('')
console.log(`邻里帮 H5 is running at ${url}`)
console.log('Open it in a browser (phone view: DevTools → device toolbar). Ctrl-C to stop.')

const stop = () => close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
