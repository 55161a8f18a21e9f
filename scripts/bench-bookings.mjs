#!/usr/bin/env node
// 帮代办 slot availability with a full db (npm run bench:bookings): a report, not a test — it
// prints numbers and exits 0 whatever they are, so a busy machine fails nothing.
//
// The seed plus 10 000 bookings spread over the places and the past and coming weeks; then the
// time to answer the slots of 5 places × 5 working days, (a) calling the domain in-process, the
// first time (building the place-and-day index) and warm (median of 200), and (b) through the
// mock server's request path (routing, query validation, the per-request tick, cloning the answer).
// Target: (a) warm ≤ 5 ms.
//
// The mock is TypeScript: scripts/ts-loader.mjs compiles it on its way in.
import { loadMock, stats, time } from './ts-loader.mjs'

async function main() {
  const load = loadMock('bench:bookings')
  const { createClock, createMockServer } = await load('mock/server/index.ts')
  const { indexOf, slotsOf, tickBookings, workdaysAfter, chinaDay, instantOf } = await load('mock/domains/bookings/index.ts')

  const N = 10000
  const PLACES = ['pl-hall', 'pl-pzj', 'pl-tpj', 'pl-xpl', 'pl-cnl']
  const T0 = '2026-11-23T01:30:00.000Z' // a Monday, 09:30 in China
  const server = createMockServer({ clock: createClock(T0) })
  const db = server.db
  const now = new Date(T0)
  const today = chinaDay(now.getTime())
  const coming = workdaysAfter(today, 5)
  const statuses = ['booked', 'booked', 'booked', 'waitlisted', 'done', 'cancelled', 'no_show']
  const template = db.bookings[0]
  let seq = 100000
  for (let i = 0; i < N; i++) {
    // a third in the coming five working days (where availability looks), the rest in the past 90 days
    const date = i % 3 === 0 ? coming[i % 5] : chinaDay(now.getTime() - (1 + (i % 90)) * 86400000)
    const hour = [9, 10, 11, 14, 15, 16][i % 6]
    const start = instantOf(date, hour)
    const future = start > now.getTime()
    const status = future ? statuses[i % 4] : statuses[4 + (i % 3)]
    db.bookings.push({
      ...template,
      id: 'BKBENCH' + i,
      seq: seq++,
      placeId: PLACES[i % PLACES.length],
      date,
      hour,
      mode: i % 11 === 0 ? 'home' : 'assist',
      start: new Date(start).toISOString(),
      end: new Date(start + 3600000).toISOString(),
      status,
      code: 'b' + i,
      bookerId: 'res-' + (i % 500),
      events: [],
      steps: [],
      reminded: 3,
    })
  }
  const places = PLACES.map((id) => db.bookingPlaces.find((p) => p.id === id))
  const all = () => places.map((p) => slotsOf(db, p, 'assist', now))

  const cold = time(all)
  const warm = stats(Array.from({ length: 200 }, () => time(all))).median
  indexOf(db).due = 0
  const tickFull = time(() => tickBookings(db, now))
  const tickIdle = stats(Array.from({ length: 200 }, () => time(() => tickBookings(db, now)))).median
  const seats = all().reduce((n, a) => n + a.days.reduce((m, d) => m + d.slots.length, 0), 0)

  const viaServer = []
  for (let k = 0; k < 50; k++) {
    const t = performance.now()
    for (const p of PLACES) {
      const r = await server.handle({ method: 'GET', path: '/booking/slots', query: { serviceId: 'sv-yb', placeId: p, mode: 'assist' }, headers: {}, body: undefined })
      if (r.status !== 200) throw new Error('slots failed: ' + JSON.stringify(r.body))
    }
    viaServer.push(performance.now() - t)
  }

  const f = (x) => x.toFixed(2).padStart(7)
  console.log(`帮代办 slot availability: 5 places x 5 working days, ${db.bookings.length} bookings in the db (${seats} slots answered)`)
  console.log(`  in-process, first call (builds the index)   ${f(cold)} ms`)
  console.log(`  in-process, warm (median of 200)            ${f(warm)} ms   target <= 5 ms: ${warm <= 5 ? 'ok' : 'OVER'}`)
  console.log(`  through the mock server (median of 50)      ${f(stats(viaServer).median)} ms`)
  console.log(`  per-request tick: a full pass / when idle   ${f(tickFull)} ms / ${tickIdle.toFixed(4)} ms`)
}

await main()
