#!/usr/bin/env node
// Browser journeys against the built H5 app.
//   npm run test:e2e                 all of test/e2e/journeys/*.mjs
//   npm run test:e2e -- booking      only journeys whose file name contains "booking"
// Env: PORT (server port, default free), CHROMIUM_PATH, HEADED=1, E2E_TIMEOUT (ms per journey),
//      E2E_SKIP_BUILD=1 (use dist/h5 as it is), E2E_SIZES=report (list 长辈版 size offenders
//      instead of failing).
//
// A journey file exports `name` and `async run({ page, context, baseURL, browser, shot, log })`.
// Each journey gets a fresh browser context (fresh storage and service worker) with a phone
// viewport. `shot(name)` saves test-results/<journey>--<name>.png. On failure the runner saves
// a screenshot and the page's console log to test-results/.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

// node:test prints its summary with the reporter chosen on the command line; make it TAP
// (ends with "# pass N" / "# fail N") by re-running this file under --test-reporter=tap.
if (!process.execArgv.some((a) => a.startsWith('--test-reporter'))) {
  const r = spawnSync(process.execPath, ['--test-reporter=tap', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  process.exit(r.status ?? 1)
}

const { test, before, after } = await import('node:test')
const { chromium } = await import('playwright-core')
const { serveStatic } = await import('../../scripts/serve.mjs')
const { chromiumArgs, findChromium } = await import('../../scripts/find-browser.mjs')
const { ensureBuild } = await import('../../scripts/ensure-build.mjs')
const { measureContrast, measureSizes, setElder } = await import('./lib.mjs')

const resultsDir = path.join(root, 'test-results')
const journeysDir = path.join(here, 'journeys')
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const journeyTimeout = Number(process.env.E2E_TIMEOUT ?? 120_000)

export const browserArgs = chromiumArgs

export const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
}

const files = readdirSync(journeysDir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => !filters.length || filters.some((q) => f.includes(q)))
  .sort()

const slug = (s) => s.replace(/\.mjs$/, '').replace(/[^\w.\u4e00-\u9fa5-]+/g, '_')

let server
let browser
let baseURL

// Build before any test is registered, so the build's output comes before the TAP stream.
mkdirSync(resultsDir, { recursive: true })
if (!process.env.E2E_SKIP_BUILD) {
  try {
    await ensureBuild('h5', { log: (m) => console.log(`# ${m}`) })
  } catch (err) {
    console.error(`# ${err.message}`)
    process.exit(1)
  }
}
const executablePath = findChromium()
if (!executablePath) {
  console.error('# No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH')
  process.exit(1)
}

before(async () => {
  server = await serveStatic({ dir: path.join(root, 'dist/h5'), port: Number(process.env.PORT ?? 0) })
  baseURL = server.url
  browser = await chromium.launch({ executablePath, headless: !process.env.HEADED, args: browserArgs })
  console.log(`# serving dist/h5 at ${baseURL}; browser ${executablePath} ${browser.version()}`)
})

after(async () => {
  if (a11yRuns.length) {
    const count = { critical: 0, serious: 0, moderate: 0, minor: 0 }
    for (const r of a11yRuns) for (const v of r.violations) count[v.impact] = (count[v.impact] ?? 0) + v.count
    console.log(`# axe-core: ${a11yRuns.length} page runs (both modes): critical ${count.critical}, serious ${count.serious}, moderate ${count.moderate}, minor ${count.minor}`)
    const byRule = {}
    const firstAt = {}
    for (const r of a11yRuns)
      for (const v of r.violations) {
        const k = `${v.impact} ${v.id}`
        byRule[k] = (byRule[k] ?? 0) + v.count
        firstAt[k] ??= `${r.where}${r.elder ? ' 长辈版' : ''}: ${v.nodes[0] ?? ''}`
      }
    const rules = Object.entries(byRule).sort((a, b) => b[1] - a[1])
    if (rules.length) console.log(`# axe-core by rule: ${rules.map(([k, n]) => `${k} ×${n} (first at ${firstAt[k]})`).join(', ')}`)
  }
  if (sizeOffenders.size) {
    console.log(`# 长辈版 offenders (${sizeOffenders.size}):`)
    for (const [what, where] of sizeOffenders) console.log(`#   ${what}  — ${where}`)
  }
  if (elderRuns.length) {
    const least = (key) => elderRuns.filter((r) => r[key]).reduce((a, b) => (!a || b[key].px < a[key].px ? b : a), null)
    const t = least('text')
    const g = least('target')
    if (t && g) console.log(
      `# 长辈版 sizes over ${elderRuns.length} screens: smallest text ${t.text.px.toFixed(1)} px (${t.text.what} at ${t.where}); ` +
        `smallest tap target ${g.target.w}×${g.target.h} px (${g.target.what} at ${g.where})`,
    )
  }
  if (contrastRuns.length) {
    const low = contrastRuns.reduce((a, b) => (b.lowest.ratio < a.lowest.ratio ? b : a))
    const skipped = contrastRuns.reduce((n, r) => n + r.skipped, 0)
    console.log(
      `# contrast over ${contrastRuns.length} page runs (both modes): lowest ${low.lowest.ratio.toFixed(2)}:1 (${low.lowest.what} at ${low.where}, ${low.elder ? '长辈版' : '标准版'})` +
        `${skipped ? `; ${skipped} text(s) on an image not judged` : ''}`,
    )
  }
  await browser?.close()
  await server?.close()
})

if (!files.length) {
  test('journeys', () => {
    throw new Error(`no journey matches ${filters.join(' ') || 'test/e2e/journeys/*.mjs'}`)
  })
}

const a11yRuns = []
const elderRuns = []
// text contrast, measured on every shot in both modes: ≥ 4.5:1 for every text (WCAG AA)
const MIN_CONTRAST = 4.5
const contrastRuns = []

// 长辈版: every text a person reads or types ≥ 18 CSS px, every tap target ≥ 60 × 60 px.
const ELDER_MIN_TEXT = 18
const ELDER_MIN_TARGET = 60
// E2E_SIZES=report lists every offender at the end instead of failing the journey (to fix many at once).
const reportOnly = process.env.E2E_SIZES === 'report'
const sizeOffenders = new Map()
const AXE_SOURCE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')

async function axeOnce(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3), count: v.nodes.length }))
  })
}

async function auditBothModes(page, where) {
  const runs = []
  // PageShell puts `elder` on every page root in 长辈版
  const elderNow = await page.evaluate(() => document.querySelector('.page.elder') !== null)
  for (const elder of [elderNow, !elderNow]) {
    if (elder !== elderNow) {
      await setElder(page, elder)
    }
    const violations = await axeOnce(page)
    runs.push({ where, elder, violations })
    const contrast = await measureContrast(page, { min: MIN_CONTRAST })
    if (contrast.lowest) contrastRuns.push({ where, elder, ...contrast })
    if (contrast.low.length) {
      await setElder(page, elderNow)
      const some = [...new Map(contrast.low.map((c) => [c.what, c])).values()].slice(0, 6)
      throw new Error(`contrast under ${MIN_CONTRAST}:1 at ${where} (${elder ? '长辈版' : '标准版'}): ${some.map((c) => `${c.what} ${c.ratio.toFixed(2)}:1`).join('; ')}`)
    }
    if (elder) {
      const sizes = await measureSizes(page, { minText: ELDER_MIN_TEXT, minTarget: ELDER_MIN_TARGET })
      elderRuns.push({ where, text: sizes.text, target: sizes.target })
      const small = sizes.smallText
      const short = sizes.smallTargets
      if (reportOnly) {
        for (const t of small) sizeOffenders.set(`text ${t.what} ${t.px.toFixed(1)}px`, where)
        for (const t of short) sizeOffenders.set(`target ${t.what} ${t.w}×${t.h}`, where)
      } else if (small.length || short.length) {
        await setElder(page, elderNow)
        const list = (xs, f) => [...new Map(xs.map((x) => [f(x), x])).keys()].slice(0, 8).join('; ')
        throw new Error(
          `长辈版 at ${where}: ` +
            [
              small.length && `${small.length} text(s) under ${ELDER_MIN_TEXT} px: ${list(small, (t) => `${t.what} ${t.px.toFixed(1)}px`)}`,
              short.length && `${short.length} tap target(s) under ${ELDER_MIN_TARGET} px: ${list(short, (t) => `${t.what} ${t.w}×${t.h}`)}`,
            ]
              .filter(Boolean)
              .join(' / '),
        )
      }
    }
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    if (bad.length) {
      await setElder(page, elderNow)
      throw new Error(`axe: ${bad.length} serious/critical rule(s) at ${where} (${elder ? '长辈版' : '标准版'}): ${bad.map((v) => `${v.impact} ${v.id} ×${v.count} e.g. ${v.nodes[0]}`).join('; ')}`)
    }
  }
  await setElder(page, elderNow)
  await page.waitForTimeout(200)
  return { runs }
}

for (const file of files) {
  const mod = await import(pathToFileURL(path.join(journeysDir, file)).href)
  const id = slug(file)
  const title = mod.name ? `${file.replace(/\.mjs$/, '')}: ${mod.name}` : file

  test(title, { timeout: journeyTimeout }, async () => {
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`)
    const context = await browser.newContext({ ...phone, baseURL })
    context.setDefaultTimeout(15_000)
    const lines = []
    const stamp = () => new Date().toISOString().slice(11, 23)
    const log = (msg) => lines.push(`${stamp()} [journey] ${msg}`)
    const watch = (page) => {
      page.on('console', (m) => lines.push(`${stamp()} [console.${m.type()}] ${m.text()}`))
      page.on('pageerror', (e) => lines.push(`${stamp()} [pageerror] ${e.stack || e.message}`))
      page.on('response', (r) => r.status() >= 400 && lines.push(`${stamp()} [http ${r.status()}] ${r.request().method()} ${r.url()}`))
      page.on('requestfailed', (r) => lines.push(`${stamp()} [requestfailed] ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`))
      page.on('crash', () => lines.push(`${stamp()} [crash] page crashed`))
    }
    context.on('page', watch)
    const page = await context.newPage()
    // Every screen a journey photographs is also checked with axe-core, as it is and in the other
    // mode (长辈版 on/off): a serious or critical violation fails the journey.
    const shot = async (name) => {
      // Taro's H5 router slides a new page in over the old one: photograph and audit the page a
      // person sees once the slide is over (one page on screen), not two half pages
      await page
        .waitForFunction(
          () => {
            const shown = (sel) => [...document.querySelectorAll(sel)].filter((p) => p.getClientRects().length && getComputedStyle(p).display !== 'none')
            // the one main on screen must be the page the address names: going to a tab page, the
            // page left stays on screen a moment while the new one mounts its main
            const mains = shown('[role="main"]')
            const route = location.hash.replace(/^#/, '').split('?')[0]
            const owner = mains.length === 1 ? mains[0].closest('.taro_page') : null
            return shown('.taro_page').length <= 1 && mains.length <= 1 && (!route || route === '/' || !owner || owner.id.split('?')[0] === route)
          },
          null,
          { timeout: 3000 },
        )
        .catch(() => log(`shot ${name}: more than one page still on screen`))
      const png = path.join(resultsDir, `${id}--${slug(String(name))}.png`)
      await page.screenshot({ path: png, fullPage: true })
      const found = await auditBothModes(page, `${file} ${name}`)
      a11yRuns.push(...found.runs)
      return png
    }
    try {
      await mod.run({ page, context, baseURL, browser, shot, log })
    } catch (err) {
      const png = path.join(resultsDir, `${id}--FAILED.png`)
      const txt = path.join(resultsDir, `${id}--console.log`)
      await page.screenshot({ path: png, fullPage: true }).catch(() => {})
      lines.push(`${stamp()} [url] ${page.url()}`)
      writeFileSync(txt, lines.join('\n') + '\n')
      console.log(`# ${file} failed: see ${path.relative(root, png)} and ${path.relative(root, txt)}`)
      throw err
    } finally {
      await context.close().catch(() => {})
    }
  })
}
