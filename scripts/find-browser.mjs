#!/usr/bin/env node
// Finds a Chromium for playwright-core: $CHROMIUM_PATH, the system packages, then
// playwright's download cache. `node scripts/find-browser.mjs` prints the path (exit 1 if none).
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function playwrightCache() {
  const roots = [process.env.PLAYWRIGHT_BROWSERS_PATH, path.join(homedir(), '.cache', 'ms-playwright')].filter(
    (d) => d && d !== '0' && existsSync(d),
  )
  const found = []
  for (const root of roots) {
    // Newest first: chromium-1234 > chromium-1200; full Chromium before the headless shell.
    const dirs = readdirSync(root)
      .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
      .sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()) || a.length - b.length)
    for (const d of dirs) {
      for (const rel of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-linux/headless_shell',
        'chrome-headless-shell-linux64/chrome-headless-shell',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
        'chrome-win/chrome.exe',
        'chrome-win64/chrome.exe',
      ]) {
        found.push(path.join(root, d, rel))
      }
    }
  }
  return found
}

/** The candidate paths, in the order they are tried. */
export function browserCandidates() {
  return [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...playwrightCache(),
  ].filter(Boolean)
}

/** Path of a Chromium executable, or null. $CHROMIUM_PATH wins and must exist if set. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`)
  }
  return browserCandidates().find((p) => existsSync(p)) ?? null
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let found = null
  try {
    found = findChromium()
  } catch (e) {
    console.error(e.message)
    process.exit(1)
  }
  if (!found) {
    console.error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.')
    process.exit(1)
  }
  console.log(found)
}

/**
 * Flags for headless Chromium here: root needs --no-sandbox, and the rest keep it from reaching
 * for the internet (updates, sync, QUIC) at every start.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
