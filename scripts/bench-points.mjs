#!/usr/bin/env node
// 志愿积分 balance with a long ledger (npm run bench:points): a report, not a test — it prints
// numbers and exits 0 whatever they are, so a busy machine fails nothing.
//
// The seed plus more than 10 000 ledger entries of the real record shape for one volunteer
// (earnings over two years, codes held then redeemed or released, corrections, and 2 000
// entries of other volunteers in between); then the time to answer their summary (balance, held,
// available, what expires when): (a) the domain's one pass over the ledger, in-process, and
// (b) GET /points/me through the mock server's request path (routing, auth, the per-request
// tick, cloning the answer). Median and p95 over many runs. Target: (a) median ≤ 5 ms.
//
// The mock is TypeScript: scripts/ts-loader.mjs compiles it on its way in.
import { loadMock, stats, time } from './ts-loader.mjs'

async function main() {
  const load = loadMock('bench:points')
  const { createClock, createMockServer } = await load('mock/server/index.ts')
  const { accountOf, expiringOf } = await load('mock/domains/points/index.ts')

  const T0 = '2026-11-23T01:30:00.000Z'
  const server = createMockServer({ clock: createClock(T0) })
  const db = server.db
  const me = 'demo-volunteer'
  const N = 10500
  const base = Date.parse('2025-01-10T02:00:00.000Z')
  const step = (Date.parse(T0) - base) / (N + 2000)
  let seq = 0
  const push = (e) => db.ledger.push({ id: `LE-B${++seq}`, ...e })
  let mine = 0
  for (let i = 0; mine < N; i++) {
    const t = new Date(base + i * step).toISOString()
    const year = +t.slice(0, 4)
    // every sixth entry is another volunteer's: the pass must skip them
    if (i % 6 === 5) {
      push({ userId: `res-${i % 40}`, kind: 'earned', at: t, points: 20, hold: 0, reason: '参加“社区活动” 2 小时', year, activityId: 'VA-1', hours: 2, byId: 'demo-organiser' })
      continue
    }
    const k = mine % 10
    if (k < 4) push({ userId: me, kind: 'earned', at: t, points: 25, hold: 0, reason: '参加“社区活动” 2.5 小时', year, activityId: 'VA-1', hours: 2.5, byId: 'demo-organiser' })
    else if (k === 4 || k === 6) push({ userId: me, kind: 'held', at: t, points: 0, hold: 20, reason: '兑换“豆浆油条”待核销', redemptionId: `RD-B${i}` })
    else if (k === 5) push({ userId: me, kind: 'redeemed', at: t, points: -20, hold: -20, reason: '兑换“豆浆油条”', redemptionId: `RD-B${i - 1}` })
    else if (k === 7) push({ userId: me, kind: 'released', at: t, points: 0, hold: -20, reason: '兑换码已过期，积分已解冻', redemptionId: `RD-B${i - 1}` })
    else if (k === 8) push({ userId: me, kind: 'adjusted', at: t, points: 5, hold: 0, reason: '更正时长', year, activityId: 'VA-1', hours: 0.5, byId: 'demo-organiser' })
    else push({ userId: me, kind: 'adjusted', at: t, points: -5, hold: 0, reason: '更正时长', activityId: 'VA-1', hours: -0.5, byId: 'demo-organiser' })
    mine++
  }

  let answer = null
  const summary = () => {
    const acc = accountOf(db, me)
    answer = { balance: acc.balance, held: acc.held, available: acc.available, expiring: expiringOf(acc) }
  }
  const first = time(summary)
  for (let i = 0; i < 50; i++) summary()
  const inProcess = stats(Array.from({ length: 500 }, () => time(summary)))

  const login = await server.handle({ method: 'POST', path: '/auth/demo-login', query: {}, headers: { 'idempotency-key': 'bench-login' }, body: { accountId: me } })
  if (login.status !== 200) throw new Error('login failed: ' + JSON.stringify(login.body))
  const headers = { authorization: `Bearer ${login.body.token}` }
  const viaServer = []
  let served = null
  for (let k = 0; k < 220; k++) {
    const t = performance.now()
    const r = await server.handle({ method: 'GET', path: '/points/me', query: {}, headers, body: undefined })
    const ms = performance.now() - t
    if (r.status !== 200) throw new Error('summary failed: ' + JSON.stringify(r.body))
    served = r.body
    if (k >= 20) viaServer.push(ms)
  }
  const http = stats(viaServer)
  if (served.balance !== answer.balance || served.available !== answer.available) throw new Error('the server and the domain disagree')

  const f = (x) => x.toFixed(3).padStart(8)
  console.log(`志愿积分 summary: ${mine} ledger entries of one volunteer among ${db.ledger.length} (balance ${answer.balance}, held ${answer.held}, ${answer.expiring.length} expiry dates)`)
  console.log(`  in-process, first call                    ${f(first)} ms`)
  console.log(`  in-process (500 runs)       median ${f(inProcess.median)} ms   p95 ${f(inProcess.p95)} ms   target median <= 5 ms: ${inProcess.median <= 5 ? 'ok' : 'OVER'}`)
  console.log(`  GET /points/me (200 runs)   median ${f(http.median)} ms   p95 ${f(http.p95)} ms`)
}

await main()
