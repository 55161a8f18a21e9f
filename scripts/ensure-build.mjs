// Build dist/<type> with `taro build --type <type>` when its marker file is missing or older
// than the sources (src/, mock/, config/, package.json, babel.config.js, tsconfig.json, .env*).
//   import { ensureBuild } from './ensure-build.mjs'; await ensureBuild('h5')
//   node scripts/ensure-build.mjs h5|weapp [--force]
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const markers = { h5: 'dist/h5/index.html', weapp: 'dist/weapp/app.json' }
const sourceDirs = ['src', 'mock', 'config']
const sourceFiles = ['package.json', 'babel.config.js', 'tsconfig.json', 'project.config.json']

function newestMtime(p) {
  let st
  try {
    st = statSync(p)
  } catch {
    return 0
  }
  if (!st.isDirectory()) return st.mtimeMs
  let max = 0
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.') || entry === '__tests__') continue
    max = Math.max(max, newestMtime(path.join(p, entry)))
  }
  return max
}

/** Why dist/<type> needs a build, or null when it is up to date. */
export function staleReason(type) {
  const marker = path.join(root, markers[type])
  if (!existsSync(marker)) return `${markers[type]} is missing`
  const built = statSync(marker).mtimeMs
  const envFiles = readdirSync(root).filter((f) => f.startsWith('.env'))
  for (const p of [...sourceDirs, ...sourceFiles, ...envFiles]) {
    if (newestMtime(path.join(root, p)) > built) return `${p} changed since the last build`
  }
  return null
}

/**
 * Replay cursor movements the way a terminal would, so the progress bar Taro draws on stderr
 * (webpackbar, redrawn in place) collapses to its last frame when stderr is a log file.
 */
export function renderTerminal(text) {
  const lines = ['']
  let row = 0
  const re = /\x1b\[(\d*)([A-Za-z])|\r\n|\n|\r|[^\x1b\r\n]+|\x1b/g
  for (const m of text.matchAll(re)) {
    const [tok, num, code] = m
    if (code) {
      const n = Number(num || 1)
      if (code === 'A') row = Math.max(0, row - n)
      else if (code === 'B') row += n
      else if (code === 'K') lines[row] = ''
      else if (code === 'm') lines[row] = (lines[row] ?? '') + tok
    } else if (tok === '\n' || tok === '\r\n') {
      row++
    } else if (tok === '\r') {
      lines[row] = ''
    } else {
      lines[row] = (lines[row] ?? '') + tok
    }
    while (lines.length <= row) lines.push('')
  }
  return lines
    .map((l) => l ?? '')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Run `taro build --type <type>`; resolves when done, rejects on failure. */
export function build(type, { env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const taro = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'taro.cmd' : 'taro')
    // On a terminal the progress bar is nice; in a log it is thousands of lines, so collect
    // stderr and print what a terminal would finally show.
    const tty = process.stderr.isTTY
    const child = spawn(taro, ['build', '--type', type], {
      cwd: root,
      stdio: ['ignore', 'inherit', tty ? 'inherit' : 'pipe'],
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    })
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const rest = renderTerminal(stderr)
      if (rest) process.stderr.write(rest + '\n')
      if (code === 0) resolve()
      else reject(new Error(`taro build --type ${type} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

/** Build unless dist/<type> is fresh. Returns true if it built. */
export async function ensureBuild(type, { force = false, log = console.log } = {}) {
  const reason = force ? 'forced' : staleReason(type)
  if (!reason) return false
  log(`[build] ${type}: ${reason} → taro build --type ${type}`)
  const t0 = Date.now()
  await build(type)
  // The build read the sources as they were when it started: date the marker then, so a file
  // saved while it ran still counts as newer and the next run builds again.
  const marker = path.join(root, markers[type])
  if (existsSync(marker)) utimesSync(marker, new Date(t0), new Date(t0))
  log(`[build] ${type} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return true
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const type = process.argv[2]
  if (!markers[type]) {
    console.error('usage: node scripts/ensure-build.mjs h5|weapp [--force]')
    process.exit(2)
  }
  ensureBuild(type, { force: process.argv.includes('--force') }).then(
    (built) => built || console.log(`[build] ${type} is up to date`),
    (err) => {
      console.error(err.message)
      process.exit(1)
    },
  )
}
