// Runs the mock's TypeScript in plain Node for the benches: Node runs loader hooks in a separate
// thread, where the hooks below compile each .ts file with `typescript` (a declared dev
// dependency) on its way in. No bundler, nothing written to disk.
//
// A bench calls `loadMock(name)` and then imports the mock's .ts files by path.
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// ---- loader hooks (the hooks thread) ----------------------------------------------------------

let ts = null

export async function initialize() {
  ts = createRequire(path.join(root, 'package.json'))('typescript')
}

/** A relative import inside the mock names a .ts file or a folder's index.ts, without extension. */
export async function resolve(specifier, context, next) {
  const parent = context.parentURL || ''
  if ((specifier.startsWith('./') || specifier.startsWith('../')) && parent.endsWith('.ts')) {
    const base = fileURLToPath(new URL(specifier, parent))
    for (const file of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
      if (file.endsWith('.ts') && existsSync(file)) return { url: pathToFileURL(file).href, shortCircuit: true }
    }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context)
  const file = fileURLToPath(url)
  const out = ts.transpileModule(await readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020, isolatedModules: true, sourceMap: false },
  })
  return { format: 'module', source: out.outputText, shortCircuit: true }
}

// ---- for the benches (the main thread) --------------------------------------------------------

/**
 * Registers the hooks (exits 1 when typescript is not installed) and answers a function that
 * imports a file of the project by its path from the root.
 */
export function loadMock(bench) {
  try {
    createRequire(path.join(root, 'package.json')).resolve('typescript')
  } catch {
    console.error(`${bench} needs typescript (a dev dependency): run npm install first`)
    process.exit(1)
  }
  register(import.meta.url)
  return (p) => import(pathToFileURL(path.join(root, p)).href)
}

/** Median and p95 of a list of times. */
export function stats(xs) {
  const s = xs.slice().sort((a, b) => a - b)
  return { median: s[s.length >> 1], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] }
}

/** The milliseconds `f` takes. */
export function time(f) {
  const t = performance.now()
  f()
  return performance.now() - t
}
