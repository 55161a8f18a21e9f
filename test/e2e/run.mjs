#!/usr/bin/env node
// Browser journeys against the built H5 app.
//   npm run test:e2e                 all of test/e2e/journeys/*.mjs
//   npm run test:e2e -- booking      only journeys whose file name contains "booking"
// Env: PORT (server port, default free), CHROMIUM_PATH, HEADED=1, E2E_TIMEOUT (ms per journey),
//      E2E_SKIP_BUILD=1 (use dist/h5 as it is).
//
// A journey file exports `name` and `async run({ page, context, baseURL, browser, shot, log })`.
// Each journey gets a fresh browser context (fresh storage and service worker) with a phone
// viewport. `shot(name)` saves test-results/<journey>--<name>.png. On failure the runner saves
// a screenshot and the page's console log to test-results/.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
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
  await browser?.close()
  await server?.close()
})

if (!files.length) {
  test('journeys', () => {
    throw new Error(`no journey matches ${filters.join(' ') || 'test/e2e/journeys/*.mjs'}`)
  })
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
    const shot = async (name) => {
      const png = path.join(resultsDir, `${id}--${slug(String(name))}.png`)
      await page.screenshot({ path: png, fullPage: true })
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
