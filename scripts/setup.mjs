// Set-up shared by `npm start` and `npm test`, so each works on a fresh clone by itself:
// dependencies from package.json, and a Chromium for the browser journeys.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { root } from './ensure-build.mjs'
import { findChromium } from './find-browser.mjs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function sh(cmd, args, opts = {}) {
  console.log(`> ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...opts })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`)
}

/** `npm install` when node_modules is missing or older than package.json. */
export function ensureDeps() {
  const lock = path.join(root, 'node_modules', '.package-lock.json')
  const stale =
    !existsSync(lock) || statSync(path.join(root, 'package.json')).mtimeMs > statSync(lock).mtimeMs
  // Not `npm ci`: the lock file names platform binaries this registry lacks (see the README).
  if (stale) sh(npm, ['install', '--no-audit', '--no-fund'])
}

/** A Chromium for playwright-core: one already there, or Debian's when we may use apt. */
export function ensureBrowser() {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!isRoot || !hasApt) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.')
  }
  console.log('No Chromium found: installing Debian chromium and CJK fonts')
  sh('apt-get', ['update'])
  sh('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  const now = findChromium()
  if (!now) throw new Error('apt-get installed chromium but it was not found')
  return now
}
