#!/usr/bin/env node
// A tiny static server for the H5 build (no dependencies).
//   node scripts/serve.mjs [dir=dist/h5]      PORT=8080 to pick the port (default: a free one)
// Serves on 127.0.0.1 (a secure context, so msw's service worker can register), with
// `Service-Worker-Allowed: /`, no caching, and index.html for unknown routes (SPA fallback).
import { createServer } from 'node:http'
import { createReadStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
}

async function statFile(p) {
  try {
    const s = await fs.stat(p)
    return s.isFile() ? s : null
  } catch {
    return null
  }
}

/**
 * Start serving `dir`. Resolves to { server, port, url, close }.
 * `port` 0 picks a free port; with `fallbackToFree`, a taken port falls back to a free one.
 */
export async function serveStatic({ dir = path.join(root, 'dist/h5'), port = 0, host = '127.0.0.1', fallbackToFree = false, log = false } = {}) {
  const base = path.resolve(dir)
  const indexHtml = path.join(base, 'index.html')

  const server = createServer(async (req, res) => {
    const send = (status, file, stat) => {
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': stat.size,
        'Cache-Control': 'no-store, must-revalidate',
        'Service-Worker-Allowed': '/',
        'X-Content-Type-Options': 'nosniff',
      })
      if (req.method === 'HEAD') return res.end()
      createReadStream(file).pipe(res)
    }
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost')
      let rel = decodeURIComponent(pathname)
      if (rel.endsWith('/')) rel += 'index.html'
      const file = path.join(base, path.normalize(rel))
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end()
        return
      }
      const stat = await statFile(file)
      if (stat) return send(200, file, stat)
      // SPA fallback: a route (no file extension, or a page request) gets index.html.
      const wantsHtml = !path.extname(rel) || (req.headers.accept ?? '').includes('text/html')
      const indexStat = wantsHtml ? await statFile(indexHtml) : null
      if (indexStat) return send(200, indexHtml, indexStat)
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found')
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err))
    } finally {
      if (log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`))
    }
  })

  const listen = (p) =>
    new Promise((resolve, reject) => {
      const onError = (err) => {
        server.off('listening', onListening)
        reject(err)
      }
      const onListening = () => {
        server.off('error', onError)
        resolve()
      }
      server.once('error', onError)
      server.once('listening', onListening)
      server.listen(p, host)
    })

  try {
    await listen(port)
  } catch (err) {
    if (!(fallbackToFree && err.code === 'EADDRINUSE')) throw err
    await listen(0)
  }
  const actualPort = server.address().port
  return {
    server,
    port: actualPort,
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist/h5'))
  const { url, close } = await serveStatic({ dir, port: Number(process.env.PORT ?? 0), log: !!process.env.SERVE_LOG })
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${url}`)
  const stop = () => close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
