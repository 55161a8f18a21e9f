#!/usr/bin/env node
// How light the H5 start is (npm run bench). A report, not a test: it always exits 0 once it has
// measured, and prints PASS/MISS against the targets. It builds nothing: run `npm run build:h5`.
//   node scripts/bench.mjs [dir=dist/h5] [--runs=5] [--lighthouse] [--lh-runs=3] [--no-gzip] [--json]
// 1. bytes: the gzip size of the JS+CSS that dist/h5/index.html references (the entry), and of
//    every JS/CSS file the home page (#/pages/index/index) requests until its load event;
// 2. Chromium (playwright-core) as a phone (390×844, DPR 3, mobile UA, 4× CPU throttling), the
//    median of cold loads (a fresh context each: empty cache, no service worker yet) of FCP, LCP
//    and long tasks (until load + 2 s without a long task or a request);
// 3. with --lighthouse: Lighthouse 12's mobile performance score (its default simulated slow 4G
//    and 4× CPU), the median of 3 runs, each in a fresh Chromium.
/* global window, document -- the page.evaluate() callbacks run in the page */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromiumArgs, findChromium } from './find-browser.mjs'
import { serveStatic } from './serve.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name) => args.includes(`--${name}`)
const option = (name, dflt) => {
  const a = args.find((x) => x.startsWith(`--${name}=`))
  const n = a ? Number(a.slice(name.length + 3)) : dflt
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : dflt
}
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist/h5'))
const GZIP = !flag('no-gzip')
const RUNS = option('runs', 5)
const LH_RUNS = option('lh-runs', 3)

// Each Lighthouse run's full result (open in https://googlechrome.github.io/lighthouse/viewer/).
const LH_DIR = path.join(root, 'dist/bench')
const TARGET = { entryKb: 184, startKb: 184, lighthouse: 90, lcpMs: 2500 }
const HOME = '#/pages/index/index'
const KB = 1024
const CHROME_FLAGS = [...chromiumArgs, '--disable-dev-shm-usage']
const MOBILE_UA =
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'

if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`${path.relative(process.cwd(), dir) || dir}/index.html is missing: run \`npm run build:h5\` first.`)
  process.exit(1)
}

// ---------- helpers ----------
const gzCache = new Map()
/** gzip size (level 9, as scripts/size.mjs) of a file under dir, or null */
function gzipOf(rel) {
  if (gzCache.has(rel)) return gzCache.get(rel)
  const file = path.join(dir, rel)
  let size = null
  if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()) size = gzipSync(readFileSync(file), { level: 9 }).length
  gzCache.set(rel, size)
  return size
}
// The mocked backend (services/mock.ts imports it as the async `mock` chunk, with msw): not part
// of a real build (LINLI_MOCK=0 has none), so counted apart. A chunk holding msw code is mock code.
function isMockAsset(rel) {
  if (rel === 'mockServiceWorker.js' || /(^|\/)mock\.[0-9a-f]+\.(js|css)$/.test(rel)) return true
  if (!rel.endsWith('.js') || entry.includes(rel)) return false
  const file = path.join(dir, rel)
  return existsSync(file) && /\[MSW\]|mockServiceWorker/.test(readFileSync(file, 'utf8'))
}
const kb = (b) => (b / KB).toFixed(1)
const ms = (v) => (v == null ? '   n/a' : `${Math.round(v)}`.padStart(6) + ' ms')
const median = (xs) => {
  const v = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const mid = v.length >> 1
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}
const verdict = (ok) => (ok == null ? 'n/a ' : ok ? 'PASS' : 'MISS')
/** Resolve p, or reject after ms with a message naming what timed out. */
function withTimeout(p, timeoutMs, what) {
  let timer
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${timeoutMs / 1000} s`)), timeoutMs)
    }),
  ])
}
const assetRel = (url) => {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/^\//, '')
  } catch {
    return null
  }
}

/**
 * scripts/serve.mjs's server, answering JS/CSS/HTML gzip-compressed when the browser accepts it
 * (as any production server or CDN does; serve.mjs itself sends files as they are). Without this
 * Lighthouse's simulated slow 4G would be charged the raw bytes. --no-gzip serves them raw.
 */
async function serve() {
  const served = await serveStatic({ dir })
  if (!GZIP) return served
  const [plain] = served.server.listeners('request')
  served.server.removeAllListeners('request')
  const gzBodies = new Map()
  served.server.on('request', (req, res) => {
    const rel = req.method === 'GET' || req.method === 'HEAD' ? assetRel(`http://x${req.url ?? '/'}`) : null
    const file = rel === '' ? 'index.html' : rel
    const type = file && { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' }[path.extname(file)]
    const abs = type && path.join(dir, file)
    if (!abs || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') || !abs.startsWith(dir + path.sep) || !existsSync(abs)) return plain(req, res)
    if (!gzBodies.has(abs)) gzBodies.set(abs, gzipSync(readFileSync(abs), { level: 9 }))
    const body = gzBodies.get(abs)
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-store, must-revalidate',
      'Service-Worker-Allowed': '/',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  return served
}

// ---------- 1. the entry, from index.html ----------
const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
const entry = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''))
const entryBytes = entry.reduce((s, rel) => s + (gzipOf(rel) ?? 0), 0)

const report = { dir: path.relative(root, dir) || '.', entry: { files: entry, gzipKb: +kb(entryBytes) } }

// ---------- 2. cold loads in Chromium ----------
const executablePath = (() => {
  try {
    return findChromium()
  } catch (e) {
    console.error(e.message)
    return null
  }
})()

// Runs in the page before its scripts: paint, LCP and long-task observers (all buffered).
function observe() {
  const w = window
  w.__bench = { lcp: null, lcpEl: null, longtasks: [], lastLongtaskEnd: 0 }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__bench.lcp = e.renderTime || e.loadTime || e.startTime
        const el = e.element
        w.__bench.lcpEl = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''} "${(el.textContent || '').trim().slice(0, 24)}"` : e.url || null
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__bench.longtasks.push(e.duration)
        w.__bench.lastLongtaskEnd = Math.max(w.__bench.lastLongtaskEnd, e.startTime + e.duration)
      }
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    /* not supported */
  }
}

async function coldLoad(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: MOBILE_UA,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(30_000)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(observe)

    let inflight = 0
    let lastNet = Date.now()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)))
    page.on('request', () => {
      inflight++
      lastNet = Date.now()
    })
    const done = () => {
      inflight = Math.max(0, inflight - 1)
      lastNet = Date.now()
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    // Quiet: 2 s without a long task and without a request in flight (at most 15 s more).
    const until = Date.now() + 15_000
    for (;;) {
      await page.waitForTimeout(250)
      const { lastLongtaskEnd, now } = await page.evaluate(() => ({ lastLongtaskEnd: window.__bench.lastLongtaskEnd, now: performance.now() }))
      const quietCpu = now - lastLongtaskEnd >= 2000
      const quietNet = inflight === 0 && Date.now() - lastNet >= 2000
      if ((quietCpu && quietNet) || Date.now() > until) break
    }
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      const nav = performance.getEntriesByType('navigation')[0]
      const b = window.__bench
      return {
        fcp: fcp ? fcp.startTime : null,
        lcp: b.lcp,
        lcpEl: b.lcpEl,
        load: nav ? nav.loadEventStart : null,
        longtasks: b.longtasks.length,
        longtaskMs: b.longtasks.reduce((s, d) => s + d, 0),
        tbt: b.longtasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
        homeShown: !!document.querySelector('[data-testid="elder-entry"], .home'),
        // Resource Timing: what the page asked for, and when (before its load event or after).
        resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
      }
    })
    const start = []
    const later = []
    for (const r of m.resources) {
      const rel = assetRel(r.url)
      if (!rel || !/\.(js|css)$/.test(rel) || start.includes(rel) || later.includes(rel)) continue
      ;(m.load != null && r.start < m.load ? start : later).push(rel)
    }
    delete m.resources
    return { ...m, start, later, errors }
  } finally {
    await context.close().catch(() => undefined)
  }
}

async function browserRuns(url) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_FLAGS, timeout: 60_000 })
  try {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const r = await withTimeout(coldLoad(browser, url), 120_000, `cold load ${i + 1}`)
      console.log(
        `  run ${i + 1}: FCP ${ms(r.fcp)}  LCP ${ms(r.lcp)}  long tasks ${r.longtasks} (${Math.round(r.longtaskMs)} ms, TBT-like ${Math.round(r.tbt)} ms)  load ${ms(r.load)}${r.homeShown ? '' : '  (home page not shown!)'}${r.errors.length ? `  page errors: ${r.errors.slice(0, 2).join(' | ')}` : ''}`,
      )
      runs.push(r)
    }
    return runs
  } finally {
    await browser.close().catch(() => undefined)
  }
}

// ---------- 3. Lighthouse ----------
async function lighthouseRuns(url) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')])
  const runs = []
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: executablePath,
      chromeFlags: ['--headless=new', ...CHROME_FLAGS],
      logLevel: 'silent',
      maxConnectionRetries: 100,
    })
    try {
      const result = await withTimeout(
        lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }),
        240_000,
        `Lighthouse run ${i + 1}`,
      )
      const lhr = result?.lhr
      if (!lhr) throw new Error('Lighthouse returned no result')
      mkdirSync(LH_DIR, { recursive: true })
      writeFileSync(path.join(LH_DIR, `lighthouse-${i + 1}.json`), JSON.stringify(lhr))
      const audit = (id) => lhr.audits[id]?.numericValue ?? null
      const score = lhr.categories.performance.score
      const r = {
        score: score == null ? null : Math.round(score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        si: audit('speed-index'),
        warnings: lhr.runWarnings ?? [],
        error: lhr.runtimeError?.message,
      }
      console.log(`  run ${i + 1}: score ${r.score ?? 'n/a'}  FCP ${ms(r.fcp)}  LCP ${ms(r.lcp)}  TBT ${ms(r.tbt)}  SI ${ms(r.si)}${r.error ? `  error: ${r.error}` : ''}`)
      for (const w of r.warnings) console.log(`         warning: ${String(w).slice(0, 160)}`)
      runs.push(r)
    } finally {
      // chrome-launcher's kill() waits for the process; do not let a stuck one hold us.
      await withTimeout(Promise.resolve(chrome.kill()), 10_000, 'closing Chromium').catch(() => undefined)
    }
  }
  return runs
}

// ---------- main ----------
let server
let exitCode = 0
try {
  console.log(`H5 start benchmark of ${report.dir} (targets: entry ≤ ${TARGET.entryKb} KB gzip, Lighthouse ≥ ${TARGET.lighthouse}, LCP ≤ ${TARGET.lcpMs / 1000} s)`)
  console.log('')
  console.log(`entry (index.html): ${entry.length} files, ${kb(entryBytes)} KB gzip   [target ≤ ${TARGET.entryKb} KB: ${verdict(entryBytes <= TARGET.entryKb * KB)}]`)
  for (const rel of entry) console.log(`  ${rel.padEnd(34)} ${kb(gzipOf(rel) ?? 0).padStart(7)} KB`)

  if (!executablePath) {
    console.log('\nNo Chromium found (apt-get install chromium, or set CHROMIUM_PATH): skipping the browser measurements.')
  } else {
    server = await serve()
    const url = `${server.url}${HOME}`
    console.log(`\nChromium ${executablePath}: ${RUNS} cold loads of ${url}`)
    console.log(`  390×844 DPR 3, mobile UA, 4× CPU throttling, no network throttling (loopback), JS/CSS served ${GZIP ? 'gzip-compressed' : 'raw (--no-gzip)'}`)
    const runs = await browserRuns(url)

    // Bytes loaded at start: every JS/CSS the page asked for before its load event (the same in
    // every run; the first run's list is shown).
    const first = runs[0]
    const sum = (rels) => rels.reduce((s, rel) => s + (gzipOf(rel) ?? 0), 0)
    const app = first.start.filter((rel) => !isMockAsset(rel))
    const mock = first.start.filter(isMockAsset)
    const startBytes = sum(app)
    console.log('')
    console.log(
      `loaded at start (home, until load): ${app.length} files, ${kb(startBytes)} KB gzip   [target ≤ ${TARGET.startKb} KB: ${verdict(startBytes <= TARGET.startKb * KB)}]`,
    )
    for (const rel of app) console.log(`  ${rel.padEnd(34)} ${kb(gzipOf(rel) ?? 0).padStart(7)} KB${entry.includes(rel) ? '  (entry)' : ''}`)
    if (mock.length) console.log(`  + mocked backend (demo only, absent with LINLI_MOCK=0): ${mock.join(', ')} ${kb(sum(mock))} KB gzip → ${kb(startBytes + sum(mock))} KB with it`)
    if (first.later.length) {
      const tag = (rel) => `${rel}${isMockAsset(rel) ? ' (mocked backend)' : ''}`
      console.log(`  after load: ${first.later.map(tag).join(', ')} (${kb(sum(first.later))} KB gzip)`)
    }

    const med = {
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      longtaskMs: median(runs.map((r) => r.longtaskMs)),
      tbt: median(runs.map((r) => r.tbt)),
      longtasks: median(runs.map((r) => r.longtasks)),
    }
    console.log('')
    console.log(`median of ${runs.length} cold loads (4× CPU):`)
    console.log(`  FCP        ${ms(med.fcp)}`)
    console.log(`  LCP        ${ms(med.lcp)}   [target ≤ ${TARGET.lcpMs} ms: ${verdict(med.lcp == null ? null : med.lcp <= TARGET.lcpMs)}]  element: ${first.lcpEl ?? 'n/a'}`)
    console.log(`  long tasks ${ms(med.longtaskMs)} in ${med.longtasks} task(s); TBT-like (time over 50 ms each) ${ms(med.tbt)}`)
    report.start = { files: app, gzipKb: +kb(startBytes), mockFiles: mock, mockGzipKb: +kb(sum(mock)), afterLoad: first.later }
    report.browser = { runs: runs.length, fcpMs: med.fcp, lcpMs: med.lcp, longtaskMs: med.longtaskMs, tbtMs: med.tbt }

    if (flag('lighthouse')) {
      console.log('')
      console.log(`Lighthouse (mobile preset, simulated throttling): ${LH_RUNS} runs of ${url}; reports in ${path.relative(process.cwd(), LH_DIR)}/`)
      const lh = await lighthouseRuns(url)
      const scored = lh.filter((r) => r.score != null).sort((a, b) => a.score - b.score)
      const mid = scored.length ? scored[(scored.length - 1) >> 1] : null
      if (mid) {
        console.log(
          `  median run: score ${mid.score} [target ≥ ${TARGET.lighthouse}: ${verdict(mid.score >= TARGET.lighthouse)}]  FCP ${ms(mid.fcp)}  LCP ${ms(mid.lcp)} [≤ ${TARGET.lcpMs} ms: ${verdict(mid.lcp <= TARGET.lcpMs)}]  TBT ${ms(mid.tbt)}`,
        )
      } else {
        console.log('  no run produced a score')
      }
      report.lighthouse = mid
    }
  }
  if (flag('json')) console.log(JSON.stringify(report))
} catch (err) {
  console.error(`bench failed: ${err?.stack ?? err}`)
  exitCode = 1
} finally {
  await server?.close()
}
// A stray handle (a browser pipe, a timer) must not keep a report alive.
process.exit(exitCode)
