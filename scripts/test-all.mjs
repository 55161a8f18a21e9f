#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//   setup → eslint → tsc → jest → build weapp + h5 (production) → weapp check → size → no-mock build → browser journeys
// Options: --keep-going (run every step even after a failure); step names to run only those,
// e.g. `npm test -- jest e2e`. With CI=true jest runs with --ci.
import { spawn } from 'node:child_process'
import { build, root } from './ensure-build.mjs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const ci = process.env.CI === 'true' || process.env.CI === '1'
const args = process.argv.slice(2)
const keepGoing = args.includes('--keep-going')
const only = args.filter((a) => !a.startsWith('-'))

/** Runs a command with its output shown as it comes; resolves to that output (for the counts). */
function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      process.stdout.write(d)
    })
    child.stderr.on('data', (d) => {
      out += d
      process.stderr.write(d)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(out) : reject(Object.assign(new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${signal ?? code}`), { out })),
    )
  })
}

// Test counts per step, read from each runner's own closing lines.
const counts = {}
const count = (name, passed, failed) => {
  if (Number.isFinite(passed)) counts[name] = { passed, failed: Number.isFinite(failed) ? failed : 0 }
}
function countFrom(name, out) {
  const plain = out.match(/^(\d+) passed, (\d+) failed\s*$/m)
  if (plain) return count(name, Number(plain[1]), Number(plain[2]))
  const tapPass = out.match(/^# pass (\d+)/m)
  if (tapPass) return count(name, Number(tapPass[1]), Number((out.match(/^# fail (\d+)/m) ?? [])[1]))
  const jest = out.match(/^Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(\d+) passed/m)
  if (jest) count(name, Number(jest[2]), Number(jest[1] ?? 0))
}
const runCounted = (name, cmd, cmdArgs, env) =>
  run(cmd, cmdArgs, env).then(
    (out) => countFrom(name, out),
    (err) => {
      if (err.out) countFrom(name, err.out)
      throw err
    },
  )

const prod = { NODE_ENV: 'production' }
const steps = [
  {
    name: 'setup',
    cmd: 'npm install if needed; a Chromium (Debian apt when root)',
    run: async () => {
      const { ensureDeps, ensureBrowser } = await import('./setup.mjs')
      ensureDeps()
      console.log(`browser: ${ensureBrowser()}`)
    },
  },
  { name: 'eslint', cmd: 'npm run lint', run: () => run(npm, ['run', 'lint']) },
  { name: 'tsc', cmd: 'tsc --noEmit (npm run typecheck)', run: () => run(npm, ['run', 'typecheck']) },
  { name: 'jest', cmd: `jest${ci ? ' --ci' : ''}`, run: () => runCounted('jest', npm, ['run', 'test:unit', '--', ...(ci ? ['--ci'] : [])]) },
  { name: 'build:weapp', cmd: 'taro build --type weapp', run: () => build('weapp', { env: prod }) },
  { name: 'build:h5', cmd: 'taro build --type h5', run: () => build('h5', { env: prod }) },
  // The builds above are fresh: the checks must not rebuild (sources may change meanwhile).
  { name: 'weapp', cmd: 'npm run test:weapp', run: () => runCounted('weapp', npm, ['run', 'test:weapp'], { WEAPP_SKIP_BUILD: '1' }) },
  { name: 'size', cmd: 'npm run size', run: () => run(npm, ['run', 'size']) },
  { name: 'nomock', cmd: 'LINLI_MOCK=0 weapp build has no mock code', run: () => runCounted('nomock', process.execPath, ['scripts/check-nomock.mjs']) },
  { name: 'e2e', cmd: 'npm run test:e2e', run: () => runCounted('e2e', npm, ['run', 'test:e2e'], { E2E_SKIP_BUILD: '1' }) },
]

const unknown = only.filter((n) => !steps.some((s) => s.name === n))
if (unknown.length) {
  console.error(`unknown step(s): ${unknown.join(', ')}; steps are: ${steps.map((s) => s.name).join(', ')}`)
  process.exit(2)
}
const selected = only.length ? steps.filter((s) => only.includes(s.name)) : steps

const results = []
let stopped = false
const t0 = Date.now()
for (const [i, step] of selected.entries()) {
  if (stopped) {
    results.push({ step, status: 'skipped', ms: 0 })
    continue
  }
  console.log(`\n======== [${i + 1}/${selected.length}] ${step.name}: ${step.cmd} ========\n`)
  const start = Date.now()
  try {
    await step.run()
    results.push({ step, status: 'passed', ms: Date.now() - start })
  } catch (err) {
    results.push({ step, status: 'failed', ms: Date.now() - start, error: err.message })
    console.error(`\n✖ ${step.name} failed: ${err.message}`)
    if (!keepGoing) stopped = true
  }
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
console.log('\n======== summary ========')
for (const r of results) {
  const mark = r.status === 'passed' ? 'ok  ' : r.status === 'failed' ? 'FAIL' : 'skip'
  console.log(`${mark}  ${r.step.name.padEnd(12)} ${r.status === 'skipped' ? '' : secs(r.ms).padStart(8)}`)
}
console.log(`total ${secs(Date.now() - t0)}`)
const passed = results.filter((r) => r.status === 'passed').length
const failed = results.filter((r) => r.status === 'failed').length
const skipped = results.filter((r) => r.status === 'skipped').length
if (skipped) console.log(`${skipped} step(s) skipped after the failure`)
console.log(`steps: ${passed} passed, ${failed} failed`)
for (const [name, c] of Object.entries(counts)) console.log(`  ${name}: ${c.passed} passed, ${c.failed} failed`)
// The closing line counts tests (jest tests + weapp checks + browser journeys), and a failed
// step with no count of its own counts as one failure.
const t = Object.values(counts).reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }), { passed: 0, failed: 0 })
const uncounted = results.filter((r) => r.status === 'failed' && !counts[r.step.name]).length
console.log(`tests: ${t.passed} passed, ${t.failed + uncounted} failed`)
process.exit(failed ? 1 : 0)
