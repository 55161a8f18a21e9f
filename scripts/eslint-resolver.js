// ESLint import resolver for the project's path aliases ('@/' → src, '@mock/' → mock), so the
// import rules (architecture zones, cycles) see through them. Everything else: Node's resolution.
const path = require('path')
const node = require('eslint-import-resolver-node')

const root = path.resolve(__dirname, '..')
const ALIASES = [
  ['@/', path.join(root, 'src') + path.sep],
  ['@mock/', path.join(root, 'mock') + path.sep],
]
const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.json']

exports.interfaceVersion = 2
exports.resolve = (source, file, config) => {
  const alias = ALIASES.find(([prefix]) => source.startsWith(prefix))
  const target = alias ? alias[1] + source.slice(alias[0].length) : source
  return node.resolve(target, file, { extensions: EXTENSIONS, ...config })
}
