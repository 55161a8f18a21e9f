#!/usr/bin/env node
// Package sizes of the weapp build against WeChat's limits and our budgets (npm run size).
//   main package  ≤ 556 KB (budget: 2.0× an empty Taro + React app built the same way, 278 KB,
//                 with all four modules in; WeChat's hard limit is 2048 KB per package)
//   each subpackage ≤ 512 KB (budget; hard limit 2048 KB)
//   all packages  ≤ 20 MB (WeChat's limit for the whole app)
// Builds dist/weapp if it is missing (not if it is merely stale: sizes are of what you built).
// Also prints the gzip size of the H5 build's JS+CSS if dist/h5 exists.
// Exit 1 if a budget or limit is exceeded. `--json` prints the numbers as JSON as well.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { ensureBuild, root } from './ensure-build.mjs'

const KB = 1024
const LIMIT_KB = 2048
const MAIN_BUDGET_KB = 556
const SUB_BUDGET_KB = 512
const TOTAL_LIMIT_KB = 20 * 1024

// WEAPP_DIST points at another weapp build folder.
const weapp = path.resolve(process.env.WEAPP_DIST ?? path.join(root, 'dist/weapp'))
const h5 = path.join(root, 'dist/h5')

// Not part of the uploaded code package.
const notShipped = (rel) => /(^|\/)project(\.private)?\.config\.json$/.test(rel) || rel.endsWith('.map')

function files(dir, base = dir) {
  const out = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...files(p, base))
    else out.push({ rel: path.relative(base, p).split(path.sep).join('/'), size: statSync(p).size })
  }
  return out
}

if (!existsSync(path.join(weapp, 'app.json'))) {
  try {
    await ensureBuild('weapp')
  } catch (err) {
    console.error(err.message)
    process.exit(1)
  }
}

const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'))
const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => ({
  name: s.name ?? s.root,
  root: s.root.replace(/^\/|\/$/g, '') + '/',
  independent: !!s.independent,
}))

const packages = [{ name: '(main)', root: '', bytes: 0, files: 0, budget: MAIN_BUDGET_KB }]
for (const s of subs) packages.push({ name: s.root.slice(0, -1) + (s.independent ? ' (independent)' : ''), root: s.root, bytes: 0, files: 0, budget: SUB_BUDGET_KB })

for (const f of files(weapp)) {
  if (notShipped(f.rel)) continue
  const pkg = packages.slice(1).find((p) => f.rel.startsWith(p.root)) ?? packages[0]
  pkg.bytes += f.size
  pkg.files++
}

const kb = (b) => b / KB
const fmt = (n) => n.toFixed(1).padStart(8)
const rows = []
let problems = 0
console.log('weapp packages (KB = 1024 bytes)')
console.log(`${'package'.padEnd(28)} ${'files'.padStart(5)} ${'size KB'.padStart(8)} ${'budget'.padStart(8)} ${'limit'.padStart(8)}  status`)
for (const p of packages) {
  const size = kb(p.bytes)
  const over = size > LIMIT_KB ? 'OVER WECHAT LIMIT' : size > p.budget ? 'OVER BUDGET' : 'ok'
  if (over !== 'ok') problems++
  rows.push({ package: p.name, files: p.files, kb: +size.toFixed(1), budgetKb: p.budget, limitKb: LIMIT_KB, status: over })
  console.log(`${p.name.padEnd(28)} ${String(p.files).padStart(5)} ${fmt(size)} ${fmt(p.budget)} ${fmt(LIMIT_KB)}  ${over}`)
}
const total = kb(packages.reduce((s, p) => s + p.bytes, 0))
const totalStatus = total > TOTAL_LIMIT_KB ? 'OVER WECHAT LIMIT' : 'ok'
if (totalStatus !== 'ok') problems++
console.log(`${'total'.padEnd(28)} ${String(packages.reduce((s, p) => s + p.files, 0)).padStart(5)} ${fmt(total)} ${''.padStart(8)} ${fmt(TOTAL_LIMIT_KB)}  ${totalStatus}`)

let h5Report = null
if (existsSync(path.join(h5, 'index.html'))) {
  const assets = files(h5).filter((f) => /\.(js|css)$/.test(f.rel) && f.rel !== 'mockServiceWorker.js')
  const html = readFileSync(path.join(h5, 'index.html'), 'utf8')
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]))
  let all = 0
  let first = 0
  let raw = 0
  for (const a of assets) {
    const gz = gzipSync(readFileSync(path.join(h5, a.rel)), { level: 9 }).length
    all += gz
    raw += a.size
    if (initial.has(a.rel)) first += gz
  }
  h5Report = { files: assets.length, rawKb: +kb(raw).toFixed(1), gzipKb: +kb(all).toFixed(1), initialGzipKb: +kb(first).toFixed(1) }
  console.log('')
  console.log(`H5 JS+CSS: ${assets.length} files, ${kb(raw).toFixed(1)} KB raw, ${kb(all).toFixed(1)} KB gzip (loaded at start: ${kb(first).toFixed(1)} KB gzip)`)
}

if (process.argv.includes('--json')) console.log(JSON.stringify({ weapp: rows, totalKb: +total.toFixed(1), h5: h5Report }))
if (problems) {
  console.log(`\n${problems} package(s) over budget`)
  process.exit(1)
}
