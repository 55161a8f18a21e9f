#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//   eslint → tsc → jest → build weapp + h5 (production) → weapp check → size → browser journeys
// Options: --keep-going (run every step even after a failure); step names to run only those,
// e.g. `npm test -- jest e2e`. With CI=true jest runs with --ci.
import { spawn } from 'node:child_process'
import { build, root } from './ensure-build.mjs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const ci = process.env.CI === 'true' || process.env.CI === '1'
const args = process.argv.slice(2)
const keepGoing = args.includes('--keep-going')
const only = args.filter((a) => !a.startsWith('-'))

function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${signal ?? code}`)),
    )
  })
}

const prod = { NODE_ENV: 'production' }
const steps = [
  { name: 'eslint', cmd: 'npm run lint', run: () => run(npm, ['run', 'lint']) },
  { name: 'tsc', cmd: 'tsc --noEmit (npm run typecheck)', run: () => run(npm, ['run', 'typecheck']) },
  { name: 'jest', cmd: `jest${ci ? ' --ci' : ''}`, run: () => run(npm, ['run', 'test:unit', '--', ...(ci ? ['--ci'] : [])]) },
  { name: 'build:weapp', cmd: 'taro build --type weapp', run: () => build('weapp', { env: prod }) },
  { name: 'build:h5', cmd: 'taro build --type h5', run: () => build('h5', { env: prod }) },
  // The builds above are fresh: the checks must not rebuild (sources may change meanwhile).
  { name: 'weapp', cmd: 'npm run test:weapp', run: () => run(npm, ['run', 'test:weapp'], { WEAPP_SKIP_BUILD: '1' }) },
  { name: 'size', cmd: 'npm run size', run: () => run(npm, ['run', 'size']) },
  { name: 'e2e', cmd: 'npm run test:e2e', run: () => run(npm, ['run', 'test:e2e'], { E2E_SKIP_BUILD: '1' }) },
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
if (skipped) console.log(`${skipped} skipped after the failure`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
