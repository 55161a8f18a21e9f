#!/usr/bin/env node
// The mocked backend must be reachable only from a mock build: build weapp with LINLI_MOCK=0
// (into dist/weapp-nomock) and look for any trace of mock/ in it. Prints both main-package sizes.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { build, root } from './ensure-build.mjs'

// Strings only the mock holds: its storage key, its test hook, its seed people and places.
const MARKERS = ['linli.mockdb', '__linliMock', 'mockServiceWorker', '王秀英', '太傅里']

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : [p]
  })
}
const kb = (dir) => (files(dir).reduce((n, f) => n + statSync(f).size, 0) / 1024).toFixed(1)

await build('weapp', { env: { LINLI_MOCK: '0', NODE_ENV: 'production' } })
const out = path.join(root, 'dist/weapp-nomock')
const hits = []
for (const f of files(out)) {
  if (!/\.(js|json|wxml|wxs)$/.test(f)) continue
  const text = readFileSync(f, 'utf8')
  for (const m of MARKERS) if (text.includes(m)) hits.push(`${path.relative(root, f)}: ${m}`)
}
const withMock = path.join(root, 'dist/weapp')
let sizes = `weapp without mock ${kb(out)} KB`
try {
  sizes += `, with mock ${kb(withMock)} KB`
} catch {
  /* no mock build to compare with */
}
console.log(sizes)
if (hits.length) {
  console.log(`not ok  mock code in a LINLI_MOCK=0 build:\n  ${hits.join('\n  ')}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
console.log('ok      no mock code in a LINLI_MOCK=0 build')
console.log('1 passed, 0 failed')
