import type { Chunk, Compilation, Compiler } from 'webpack'

/**
 * Lets `import()` work in the weapp build: webpack loads an async chunk by adding a <script>,
 * which a mini-program does not have. This plugin replaces that loader with WeChat's
 * `require.async` (分包异步化, base library ≥ 2.11.2), which downloads the subpackage that holds
 * the chunk and runs it; the chunk then registers its modules through the usual webpackJsonp
 * push. Give such a chunk a name under a subpackage root declared in app.config.ts (e.g.
 * `webpackChunkName: "packages/mock/index"`), or it stays in the main package.
 *
 * Each path is written out as a literal: WeChat resolves and packages `require.async` targets
 * by reading the code. They are relative to runtime.js, which sits at the package root.
 */
export class WeappRequireAsyncPlugin {
  apply(compiler: Compiler): void {
    const { RuntimeGlobals, RuntimeModule, Template } = compiler.webpack
    const name = 'WeappRequireAsyncPlugin'

    class RequireAsyncLoadScript extends RuntimeModule {
      constructor() {
        super('load chunks with require.async')
      }

      generate(): string {
        const compilation = this.compilation as Compilation
        const chunk = this.chunk as Chunk
        const cases: string[] = []
        for (const c of chunk.getAllAsyncChunks()) {
          if (c.id === null || c.id === undefined) continue
          const file = compilation.getPath(compilation.outputOptions.chunkFilename as string, { chunk: c, contentHashType: 'javascript' })
          cases.push(`case ${JSON.stringify(String(c.id))}: return require.async(${JSON.stringify(`./${file}`)});`)
        }
        return Template.asString([
          `${RuntimeGlobals.loadScript} = function (url, done, key, chunkId) {`,
          Template.indent([
            'var event = function (type) { return { type: type, target: { src: url } }; };',
            'var load = function () {',
            Template.indent(['switch (String(chunkId)) {', Template.indent(cases), '}', 'return null;']),
            '};',
            'var p;',
            'try { p = load(); } catch (e) { p = Promise.reject(e); }',
            'if (!p) { done(event("missing")); return; }',
            'p.then(function () { done(event("load")); }, function (e) { console.error("[linli] chunk " + chunkId + " did not load", e); done(event("error")); });',
          ]),
          '};',
        ])
      }
    }

    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Before webpack's own loader (stage 0): the bail hook then skips it.
      compilation.hooks.runtimeRequirementInTree.for(RuntimeGlobals.loadScript).tap({ name, stage: -100 }, (chunk) => {
        compilation.addRuntimeModule(chunk, new RequireAsyncLoadScript())
        return true
      })
    })
  }
}
