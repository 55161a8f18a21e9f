#!/usr/bin/env node
// The district's published rates over a year (npm run bench:stats): a report, not a test — it
// prints numbers and exits 0 whatever they are, so a busy machine fails nothing.
//
// The seed plus 10 000 report records of the real shape spread over the year to now across every
// grid (taken early or late, handled on time or not, rated 满意 / 基本满意 / 不满意 and reopened,
// still open, withdrawn); then the time to answer the district's rates for this_year:
// (a) the stats domain's one pass over the reports, in-process, and (b) GET /stats/rates
// through the mock server's request path (routing, auth, every domain's tick, cloning).
// Median and p95 over many runs. Target: (a) median ≤ 20 ms.
import { loadMock, stats, time } from './ts-loader.mjs'

const HOUR = 3600e3
const LIMIT = { emergency: 2, utilities: 24, ordinary: 168, complex: 360 }
const CATS = [
  ['environment', 'ordinary'],
  ['facilities', 'complex'],
  ['safety', 'emergency'],
  ['water_leak', 'utilities'],
  ['parking', 'ordinary'],
  ['noise', 'ordinary'],
]

async function main() {
  const load = loadMock('bench:stats')
  const { createClock, createMockServer } = await load('mock/server/index.ts')
  const { ratesOf } = await load('mock/domains/stats/index.ts')

  const T0 = '2026-11-22T01:00:00.000Z'
  const now = Date.parse(T0)
  const server = createMockServer({ clock: createClock(T0) })
  const db = server.db
  const grids = db.grids
  const N = 10000
  const start = Date.parse('2026-01-01T00:00:00.000Z')
  const step = (now - 3 * 24 * HOUR - start) / N
  const iso = (ms) => new Date(ms).toISOString()
  let ev = 0
  for (let i = 0; i < N; i++) {
    const g = grids[i % grids.length]
    const [category, urgency] = CATS[i % CATS.length]
    const limit = LIMIT[urgency] * HOUR
    const t = start + i * step
    const at = iso(t)
    const who = { actorId: null, actorRole: 'system', actorName: '系统' }
    const w = { actorId: g.workerId, actorRole: 'grid_worker', actorName: '网格员' }
    const r = {
      id: `SPB${String(i).padStart(6, '0')}`,
      category,
      urgency,
      status: 'pending',
      description: '压测工单',
      photos: [],
      location: { address: '压测地址', communityId: g.communityId, gridId: g.id },
      anonymous: i % 17 === 0,
      contactPhone: '13800000000',
      reporterId: 'demo-resident',
      followerIds: [],
      assigneeId: g.workerId,
      takenAt: null,
      escalatedTo: null,
      reopenCount: 0,
      rating: null,
      ratingComment: null,
      createdAt: at,
      dispatchedAt: at,
      deadline: iso(t + limit),
      updatedAt: at,
      gateDone: { accept: { at, ...who }, dispatch: { at, ...who } },
      events: [
        { id: `evb${++ev}`, at, gate: 'accept', action: 'submit', ...who },
        { id: `evb${++ev}`, at, gate: 'dispatch', action: 'dispatch', ...who },
      ],
    }
    const push = (ms, gate, action, actor, extra = {}) => {
      r.events.push({ id: `evb${++ev}`, at: iso(ms), gate, action, ...actor, ...extra })
      r.updatedAt = iso(ms)
    }
    const k = i % 10
    if (k === 9) {
      r.status = 'withdrawn'
      push(t + HOUR, 'handle', 'withdraw', who)
    } else if (k !== 8) {
      const took = t + (k === 7 ? 30 : 1 + (i % 5)) * HOUR
      r.status = 'handling'
      r.takenAt = iso(took)
      push(took, 'handle', 'take', w)
      push(took + HOUR, 'handle', 'note', w, { text: '进展' })
      if (k <= 5) {
        let done = took + (k === 5 ? limit * 1.5 : limit * 0.5)
        const reopened = k === 4
        if (reopened) {
          push(done, 'reply', 'reply', w)
          push(done + 2 * HOUR, 'visit', 'rate', { actorId: 'demo-resident', actorRole: 'resident', actorName: '居民' }, { rating: 'unsatisfied' })
          push(done + 2 * HOUR, 'handle', 'reopen', who)
          r.reopenCount = 1
          r.deadline = iso(done + 2 * HOUR + limit)
          done += 2 * HOUR + limit * 0.3
        }
        const d = iso(done)
        r.status = 'replied'
        r.gateDone.handle = { at: d, ...w }
        r.gateDone.review = { at: d, ...who }
        r.gateDone.reply = { at: d, ...w }
        push(done, 'review', 'review', who)
        push(done, 'reply', 'reply', w)
        if (done + 4 * HOUR < now && k !== 3) {
          const rating = k === 2 ? 'basically' : 'satisfied'
          r.status = 'closed'
          r.rating = rating
          r.gateDone.visit = { at: iso(done + 4 * HOUR), actorId: 'demo-resident', actorRole: 'resident', actorName: '居民' }
          push(done + 4 * HOUR, 'visit', 'rate', { actorId: 'demo-resident', actorRole: 'resident', actorName: '居民' }, { rating })
        }
      }
    }
    db.reports.push(r)
  }

  const district = { scope: 'district', id: db.district.id, name: db.district.name }
  let answer = null
  const run = () => {
    answer = ratesOf(db.reports, [district], 'this_year', now)[0]
  }
  const first = time(run)
  for (let i = 0; i < 30; i++) run()
  const inProcess = stats(Array.from({ length: 300 }, () => time(run)))

  const login = await server.handle({ method: 'POST', path: '/auth/demo-login', query: {}, headers: { 'idempotency-key': 'bench-login' }, body: { accountId: 'demo-organiser' } })
  if (login.status !== 200) throw new Error('login failed: ' + JSON.stringify(login.body))
  const headers = { authorization: `Bearer ${login.body.token}` }
  const viaServer = []
  let served = null
  for (let k = 0; k < 120; k++) {
    const t = performance.now()
    const r = await server.handle({ method: 'GET', path: '/stats/rates', query: { scope: 'district', period: 'this_year' }, headers, body: undefined })
    const ms = performance.now() - t
    if (r.status !== 200) throw new Error('rates failed: ' + JSON.stringify(r.body))
    served = r.body
    if (k >= 20) viaServer.push(ms)
  }
  const http = stats(viaServer)
  if (JSON.stringify(served.counts) !== JSON.stringify(answer.counts)) throw new Error('the server and the domain disagree')

  const f = (x) => x.toFixed(3).padStart(8)
  const pct = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
  console.log(`District rates this year: ${db.reports.length} reports (${N} added), ${answer.counts.dispatched} dispatched, ${answer.counts.handled} handled, ${answer.counts.rated} ratings`)
  console.log(`  响应率 ${pct(answer.responseRate)}  解决率 ${pct(answer.resolutionRate)}  满意率 ${pct(answer.satisfactionRate)}  按时办结率 ${pct(answer.onTimeRate)}`)
  console.log(`  in-process, first call                    ${f(first)} ms`)
  console.log(`  in-process (300 runs)       median ${f(inProcess.median)} ms   p95 ${f(inProcess.p95)} ms   target median <= 20 ms: ${inProcess.median <= 20 ? 'ok' : 'OVER'}`)
  console.log(`  GET /stats/rates (100 runs) median ${f(http.median)} ms   p95 ${f(http.p95)} ms`)
}

await main()
