// 帮代办 rules that move with the clock: the working-day calendar (holidays and 调休), lead time
// and horizon across holidays, reminders, automatic no-shows, no-show counting, the pause and the
// appeal; the voucher's signature; the seed.
import { BOOKING_STATUSES, links } from '../../../src/contract'
import { appealInput, bookingInput, decideInput } from '../../../test/utils/bodies'
import { createClock, createMockServer, createSeedDb } from '../../server'
import { utf8Bytes } from '../../server/photos'
import { DAY, HOUR, T0, client, newServer, type Json } from '../../server/__tests__/helpers'
import { hex, hmac, sha256 } from '../../server/crypto'
import { isWorkday, signVoucher, verifyVoucher, workdaysAfter } from '../bookings'

async function setup() {
  const { server, clock, persist } = newServer()
  const c = client(server)
  const as = c.loginSeeded
  const resident = await c.login('demo-resident')
  const helper = await c.login('demo-helper')
  const book = async (token: string, over: Json = {}) => {
    const r = await c.post('/bookings', bookingInput(over), token)
    if (r.status !== 201) throw new Error(`booking failed: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body as Json
  }
  const at = (date: string, hour: number, min = 0) => clock.set(Date.parse(`${date}T00:00:00Z`) + (hour - 8) * HOUR + min * 60e3)
  const inbox = async (token: string, kind: string) => ((await c.get('/inbox', token, { limit: '50' })).body.items as Json[]).filter((m) => m.kind === kind)
  return { server, clock, persist, c, as, resident, helper, book, at, inbox }
}

describe('the working-day calendar', () => {
  test('weekends, the 2026 holidays and their 调休 working weekends', () => {
    const works = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10', '2026-10-08', '2026-11-23']
    const off = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-23', '2026-04-06', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07', '2026-11-22', '2026-11-28']
    for (const d of works) expect([d, isWorkday(d)]).toEqual([d, true])
    for (const d of off) expect([d, isWorkday(d)]).toEqual([d, false])
    // 2027 is an estimate until its notice is out; beyond it only weekends are known
    expect(isWorkday('2027-10-09')).toBe(true)
    expect(isWorkday('2027-10-06')).toBe(false)
    expect(isWorkday('2028-01-03')).toBe(true)
    expect(workdaysAfter('2026-09-30', 3)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10'])
  })

  test('国庆: the days bookable on 9-29 skip the holiday and include the 调休 Saturday with weekday hours', async () => {
    const { c, resident, at, book } = await setup()
    at('2026-09-29', 10)
    const r = (await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'assist' })).body
    expect(r.days.map((d: Json) => d.date)).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'])
    expect(r.closed).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, reason: '法定节假日' })),
      { date: '2026-10-11', reason: '周末' },
    ])
    // the Saturday worked instead keeps Monday's hours (the station's own Saturday is mornings only)
    const sat = r.days[3]
    expect(sat.weekday).toBe(6)
    expect(sat.slots.map((s: Json) => s.hour)).toEqual([9, 10, 11, 14, 15, 16, 17])
    const holiday = await c.post('/bookings', bookingInput({ date: '2026-10-01' }), resident)
    expect(holiday.body.fields).toEqual({ date: '10月1日是法定节假日，不办理预约，请选择工作日' })
    expect((await c.post('/bookings', bookingInput({ date: '2026-10-13' }), resident)).body.fields).toEqual({ date: '最多可预约5个工作日内（至10月12日）' })
    expect((await book(resident, { date: '2026-10-10', hour: 15 })).status).toBe('booked')
  })

  test('春节 and a 调休 Sunday', async () => {
    const { c, at } = await setup()
    const days = async () => (await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-hall', mode: 'assist' })).body.days.map((d: Json) => d.date)
    at('2026-02-12', 10)
    expect(await days()).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26'])
    at('2026-09-18', 10)
    expect(await days()).toEqual(['2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24'])
  })

  test('a Friday afternoon: next week, the weekend listed as closed', async () => {
    const { c, at } = await setup()
    at('2026-11-27', 16)
    const r = (await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'assist' })).body
    expect(r.days.map((d: Json) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'])
    expect(r.closed).toEqual([{ date: '2026-11-28', reason: '周末' }, { date: '2026-11-29', reason: '周末' }])
    // no slot has started
    for (const d of r.days) for (const s of d.slots) expect(Date.parse(s.start)).toBeGreaterThan(Date.parse('2026-11-27T08:00:00Z'))
  })
})

describe('reminders', () => {
  test('the day before and one hour before, once each, as the clock passes them', async () => {
    const { resident, book, at, inbox } = await setup()
    const b = await book(resident, { date: '2026-11-24', hour: 10 })
    const mine = async () => (await inbox(resident, 'booking_reminder')).filter((m) => m.subject.id === b.id)
    at('2026-11-23', 9, 59)
    expect(await mine()).toEqual([])
    at('2026-11-23', 10, 0)
    expect(await mine()).toEqual([expect.objectContaining({ title: '明天有预约', at: '2026-11-23T02:00:00.000Z', link: links.bookingDetail(b.id), read: false })])
    expect((await mine())[0].body).toBe('「医保参保·帮办」11月24日 10:00 太平街社区24小时服务站，请带齐材料按时前往。不能前往请提前取消')
    at('2026-11-24', 9, 0)
    expect((await mine()).map((m) => m.title)).toEqual(['1小时后有预约', '明天有预约'])
    expect((await mine()).length).toBe(2)
  })

  test('a booking made less than a day ahead gets only the one-hour reminder; a jump of days replays them at their times', async () => {
    const { resident, book, at, inbox } = await setup()
    at('2026-11-23', 15)
    const b = await book(resident, { date: '2026-11-24', hour: 9 })
    at('2026-11-25', 12)
    const got = (await inbox(resident, 'booking_reminder')).filter((m) => m.subject.id === b.id)
    expect(got.map((m) => [m.title, m.at])).toEqual([['1小时后有预约', '2026-11-24T00:00:00.000Z']])
  })

  test('what time moved on a read is stored: a reload keeps it', async () => {
    const { server, persist, resident, book, at, c } = await setup()
    const b = await book(resident, { date: '2026-11-24', hour: 10, serviceId: 'sv-sbk' })
    at('2026-11-24', 11, 45)
    expect((await c.get(`/bookings/${b.id}`, resident)).body.status).toBe('no_show')
    const again = createMockServer({ clock: createClock(server.control.clock.now()), persist })
    expect(again.db.bookings.find((x) => x.id === b.id)!.status).toBe('no_show')
    // (her seeded booking at 10:00 the same day was missed too: this one is her second, a warning)
    expect(again.db.messages.filter((m) => m.subject && m.subject.id === b.id).map((m) => m.kind)).toEqual(['booking_reminder', 'booking_reminder', 'booking_warning'])
    // the in-memory index is rebuilt from what was stored
    const slots = await client(again).get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'assist' })
    expect(slots.status).toBe(200)
  })
})

describe('no-shows, the pause and the appeal', () => {
  /** 王秀英 misses three bookings on three days (her seeded one is cancelled first). */
  async function threeNoShows() {
    const s = await setup()
    const { c, resident, book, at } = s
    const seeded = (await c.get('/bookings', resident, { scope: 'mine', status: 'active' })).body.items.filter((x: Json) => x.status === 'booked')
    for (const x of seeded) await c.post(`/bookings/${x.id}/cancel`, {}, resident)
    const a = await book(resident, { date: '2026-11-23', hour: 10, serviceId: 'sv-sbk' })
    at('2026-11-23', 11, 29)
    expect((await c.get(`/bookings/${a.id}`, resident)).body.status).toBe('booked')
    at('2026-11-23', 11, 30)
    expect((await c.get(`/bookings/${a.id}`, resident)).body).toMatchObject({ status: 'no_show', events: expect.arrayContaining([{ at: '2026-11-23T03:30:00.000Z', action: 'no_show', text: '时段结束30分钟仍未签到，记为爽约' }]) })
    const b = await book(resident, { date: '2026-11-24', hour: 15 })
    at('2026-11-24', 17)
    await c.get(`/bookings/${b.id}`, resident)
    const d = await book(resident, { date: '2026-11-25', hour: 15 })
    at('2026-11-25', 16, 30)
    await c.get(`/bookings/${d.id}`, resident)
    return { ...s, ids: [a.id, b.id, d.id] }
  }

  test('one: noted; two in 30 days: a warning; the third: booking paused for 30 days (403 with its end and the appeal)', async () => {
    const { c, resident, inbox } = await threeNoShows()
    expect((await inbox(resident, 'booking_noshow')).map((m) => m.title)).toEqual(['您错过了预约'])
    expect((await inbox(resident, 'booking_warning'))[0].body).toContain('近30天已爽约2次；再爽约1次将暂停预约30天')
    const paused = await inbox(resident, 'booking_paused')
    expect(paused[0].body).toContain('预约已暂停至12月25日')
    const standing = (await c.get('/booking/standing', resident)).body
    expect(standing).toEqual({ noShows: 3, pausedUntil: '2026-12-25T08:30:00.000Z', appeal: null, upcoming: 0, canAppeal: true })
    const refused = await c.post('/bookings', bookingInput({ date: '2026-11-27' }), resident)
    expect(refused.status).toBe(403)
    expect(refused.body.message).toBe('您近30天内爽约3次，预约已暂停至12月25日。如有特殊情况，可在「帮代办」页提出申诉')
    // a paused resident's body is not even looked at: the same 403 for an empty one
    expect((await c.post('/bookings', {}, resident)).status).toBe(403)
  })

  test('the pause ends by itself after 30 days', async () => {
    const { c, clock } = await threeNoShows()
    clock.set('2026-12-25T08:30:00.000Z')
    // sessions last a week: log in again
    const resident = await c.login('demo-resident')
    expect((await c.get('/booking/standing', resident)).body).toMatchObject({ pausedUntil: null, canAppeal: false })
    expect((await c.post('/bookings', bookingInput({ date: '2026-12-28' }), resident)).status).toBe(201)
  })

  test('no-shows older than 30 days do not count', async () => {
    const s = await setup()
    const { c, book, at, clock, inbox } = s
    let resident = s.resident
    const seeded = (await c.get('/bookings', resident, { scope: 'mine', status: 'active' })).body.items.filter((x: Json) => x.status === 'booked')
    for (const x of seeded) await c.post(`/bookings/${x.id}/cancel`, {}, resident)
    const a = await book(resident, { date: '2026-11-23', hour: 10, serviceId: 'sv-sbk' })
    at('2026-11-23', 12)
    await c.get(`/bookings/${a.id}`, resident)
    clock.advance(31 * DAY)
    resident = await c.login('demo-resident')
    const next = workdaysAfter('2026-12-24', 1)[0]
    const b = await book(resident, { date: next, hour: 10 })
    at(next, 12)
    await c.get(`/bookings/${b.id}`, resident)
    expect(await inbox(resident, 'booking_warning')).toEqual([])
    expect((await c.get('/booking/standing', resident)).body.noShows).toBe(1)
  })

  test('appeal → a helper of the place keeps the pause; a second appeal of it is refused', async () => {
    const { c, as, resident, helper, inbox } = await threeNoShows()
    const a = await c.post('/booking/appeals', appealInput(), resident)
    expect(a.status).toBe(201)
    expect(a.body).toMatchObject({ status: 'pending', residentName: '王秀英', pausedUntil: '2026-12-25T08:30:00.000Z', can: [] })
    expect(a.body.noShows).toHaveLength(3)
    expect((await c.post('/booking/appeals', appealInput(), resident)).body.message).toBe('您的申诉正在处理，请留意消息')
    expect((await c.get('/booking/standing', resident)).body).toMatchObject({ appeal: { id: a.body.id, status: 'pending' }, canAppeal: false })
    const told = (await inbox(helper, 'booking_appeal')).find((m) => m.subject.id === a.body.id)
    expect(told).toMatchObject({ title: '爽约申诉待处理', link: links.bookingDesk('appeals') })
    const list = (await c.get('/booking/appeals', helper)).body.items
    expect(list.find((x: Json) => x.id === a.body.id)).toMatchObject({ residentName: '王*英', can: ['decide'] })
    const stranger = await as('hp-xpl')
    expect((await c.post(`/booking/appeals/${a.body.id}/decide`, decideInput(), stranger)).status).toBe(404)
    expect((await c.post(`/booking/appeals/${a.body.id}/decide`, { lift: false }, helper)).body.fields).toEqual({ reply: '请填写答复' })
    const kept = await c.post(`/booking/appeals/${a.body.id}/decide`, decideInput({ lift: false, reply: '三次均未提前告知，维持暂停。' }), helper)
    expect(kept.body).toMatchObject({ status: 'kept', reply: '三次均未提前告知，维持暂停。', can: [] })
    expect((await inbox(resident, 'booking_appeal'))[0]).toMatchObject({ title: '申诉未通过', body: expect.stringContaining('暂停至12月25日') })
    expect((await c.get('/booking/standing', resident)).body).toMatchObject({ pausedUntil: '2026-12-25T08:30:00.000Z', canAppeal: false })
    expect((await c.post('/booking/appeals', appealInput(), resident)).body.message).toBe('这次暂停已申诉过，答复已发到消息')
  })

  test('appeal lifted: booking again, and the forgiven no-shows no longer count', async () => {
    const { c, resident, helper, inbox } = await threeNoShows()
    expect((await c.post('/booking/appeals', appealInput({ reason: '短' }), resident)).body.fields).toEqual({ reason: '申诉理由至少5个字' })
    const a = (await c.post('/booking/appeals', appealInput(), resident)).body
    const lifted = await c.post(`/booking/appeals/${a.id}/decide`, decideInput(), helper)
    expect(lifted.body).toMatchObject({ status: 'lifted', pausedUntil: null })
    expect((await c.post(`/booking/appeals/${a.id}/decide`, decideInput(), helper)).body.message).toBe('该申诉已处理')
    expect((await inbox(resident, 'booking_appeal'))[0]).toMatchObject({ title: '申诉通过，已恢复预约', link: links.booking() })
    expect((await c.get('/booking/standing', resident)).body).toEqual({ noShows: 0, pausedUntil: null, appeal: null, upcoming: 0, canAppeal: false })
    expect((await c.post('/bookings', bookingInput({ date: '2026-11-27' }), resident)).status).toBe(201)
  })

  test('appealing without a pause; the seeded appeal waits for 杨帆', async () => {
    const { c, resident, helper } = await setup()
    expect((await c.post('/booking/appeals', appealInput(), resident)).body.message).toBe('您的预约没有被暂停，无需申诉')
    const seeded = (await c.get('/booking/appeals', helper)).body.items
    expect(seeded[0]).toMatchObject({ status: 'pending', residentName: '谭*海', can: ['decide'] })
    expect(seeded[0].noShows.map((b: Json) => b.status)).toEqual(['no_show', 'no_show', 'no_show'])
  })

  test('waitlisted: expired when its slot starts, and told', async () => {
    const { c, resident, book, at, inbox } = await setup()
    const w = await book(resident, { date: '2026-11-23', hour: 9, waitlist: true })
    at('2026-11-23', 8, 59)
    expect((await c.get(`/bookings/${w.id}`, resident)).body.status).toBe('waitlisted')
    at('2026-11-23', 9, 0)
    expect((await c.get(`/bookings/${w.id}`, resident)).body).toMatchObject({ status: 'expired', can: [] })
    expect((await inbox(resident, 'booking_expired'))[0]).toMatchObject({ title: '候补未约上', subject: { type: 'booking', id: w.id } })
  })
})

describe('a paused booker in a waitlist', () => {
  /**
   * 王秀英 waits for one of the two seats at 西牌楼 on Friday 11-27 10:00 (张国峰 and 李冬梅 hold
   * them), then misses three bookings and is paused on 11-25 16:30 until 12-25; `before3rd` runs
   * before her third miss.
   */
  async function pausedInLine(before3rd: (s: Awaited<ReturnType<typeof setup>>) => Promise<void> = async () => {}) {
    const s = await setup()
    const { c, as, resident, book, at } = s
    const seeded = (await c.get('/bookings', resident, { scope: 'mine', status: 'active' })).body.items.filter((x: Json) => x.status === 'booked')
    for (const x of seeded) await c.post(`/bookings/${x.id}/cancel`, {}, resident)
    const zgf = await as('res-zgf')
    const ldm = await as('res-ldm')
    const slot = { placeId: 'pl-xpl', date: '2026-11-27', hour: 10 }
    const held = await book(zgf, slot)
    await book(ldm, slot)
    const w = await book(resident, { ...slot, waitlist: true })
    expect(w).toMatchObject({ status: 'waitlisted', queue: 1 })
    const a = await book(resident, { date: '2026-11-23', hour: 10, serviceId: 'sv-sbk' })
    at('2026-11-23', 12)
    await c.get(`/bookings/${a.id}`, resident)
    const b = await book(resident, { date: '2026-11-24', hour: 15 })
    at('2026-11-24', 17)
    await c.get(`/bookings/${b.id}`, resident)
    const d = await book(resident, { date: '2026-11-25', hour: 15 })
    await before3rd(s)
    at('2026-11-25', 16, 30)
    expect((await c.get('/booking/standing', resident)).body.pausedUntil).toBe('2026-12-25T08:30:00.000Z')
    return { ...s, zgf, slot, held, w, missed: [a.id, b.id, d.id] }
  }
  const slotOf = async (c: Awaited<ReturnType<typeof setup>>['c']) => {
    const days = (await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-xpl', mode: 'assist' })).body.days
    return days.find((d: Json) => d.date === '2026-11-27').slots.find((x: Json) => x.hour === 10)
  }

  test('a seat freed while she is paused is passed over to whoever books it; she keeps her place', async () => {
    const { c, as, resident, zgf, slot, held, w, at } = await pausedInLine()
    at('2026-11-26', 9)
    expect((await c.post(`/bookings/${held.id}/cancel`, {}, zgf)).status).toBe(200)
    expect((await c.get(`/bookings/${w.id}`, resident)).body).toMatchObject({ status: 'waitlisted', queue: 1 })
    // the slot reads free, with nobody a seat would go to first
    expect(await slotOf(c)).toMatchObject({ left: 1, waiting: 0 })
    const csh = await as('res-csh')
    const r = await c.post('/bookings', bookingInput(slot), csh)
    expect(r.status).toBe(201)
    expect(r.body.status).toBe('booked')
    expect(await slotOf(c)).toMatchObject({ left: 0, waiting: 0 })
  })

  test('an appeal lifted: her waitlisted slot with a free seat is hers at once', async () => {
    const { c, resident, helper, zgf, held, w, at, inbox } = await pausedInLine()
    at('2026-11-26', 9)
    await c.post(`/bookings/${held.id}/cancel`, {}, zgf)
    const a = (await c.post('/booking/appeals', appealInput(), resident)).body
    at('2026-11-26', 9, 30)
    expect((await c.post(`/booking/appeals/${a.id}/decide`, decideInput(), helper)).status).toBe(200)
    const got = (await c.get(`/bookings/${w.id}`, resident)).body
    expect(got).toMatchObject({ status: 'booked', voucher: { shortCode: expect.stringMatching(/^\d{6}$/) } })
    // the place's helpers read the events: nothing in them says she was paused
    expect(got.events.slice(-1)).toEqual([{ at: '2026-11-26T01:30:00.000Z', action: 'promote', text: '有空余名额，候补已自动递补为正式预约' }])
    expect((await inbox(resident, 'booking_promoted')).map((m) => m.subject.id)).toEqual([w.id])
    expect(await slotOf(c)).toMatchObject({ left: 0, waiting: 0 })
  })

  test('the pause ends with the clock: her place takes the free seat at that instant, and a newcomer finds the slot full', async () => {
    const { c, server, as, resident, zgf, slot, held, w, at, inbox } = await pausedInLine()
    // PAUSE_DAYS outlasts the booking horizon: a shorter pause is made by hand
    server.db.bookingStanding['demo-resident'].pausedUntil = '2026-11-26T04:00:00.000Z'
    at('2026-11-26', 9)
    await c.post(`/bookings/${held.id}/cancel`, {}, zgf)
    at('2026-11-26', 11, 59)
    expect((await c.get(`/bookings/${w.id}`, resident)).body.status).toBe('waitlisted')
    at('2026-11-26', 12, 5)
    const got = (await c.get(`/bookings/${w.id}`, resident)).body
    expect(got.status).toBe('booked')
    expect(got.events.slice(-1)).toEqual([{ at: '2026-11-26T04:00:00.000Z', action: 'promote', text: '有空余名额，候补已自动递补为正式预约' }])
    expect((await inbox(resident, 'booking_promoted'))[0]).toMatchObject({ at: '2026-11-26T04:00:00.000Z', subject: { id: w.id } })
    const csh = await as('res-csh')
    expect((await c.post('/bookings', bookingInput(slot), csh)).status).toBe(409)
  })

  test('a clock moved past the pause’s end and the slot replays it all in order: promoted, reminded, missed', async () => {
    const { c, server, resident, zgf, held, w, at } = await pausedInLine()
    server.db.bookingStanding['demo-resident'].pausedUntil = '2026-11-26T04:00:00.000Z'
    at('2026-11-26', 9)
    await c.post(`/bookings/${held.id}/cancel`, {}, zgf)
    at('2026-11-27', 12)
    const got = (await c.get(`/bookings/${w.id}`, resident)).body
    expect(got.status).toBe('no_show')
    // the day-before reminder was due before she got the seat: not sent
    expect(got.events.map((e: Json) => [e.action, e.at])).toEqual([
      ['waitlist', T0],
      ['promote', '2026-11-26T04:00:00.000Z'],
      ['remind', '2026-11-27T01:00:00.000Z'],
      ['no_show', '2026-11-27T03:30:00.000Z'],
    ])
    // her fourth miss in 30 days, no longer paused: paused again from then
    expect(server.db.bookingStanding['demo-resident'].pausedUntil).toBe('2026-12-27T03:30:00.000Z')
  })

  test('missing a booking made before the pause: the real count and the end of the pause', async () => {
    let e = ''
    const { c, resident, at, inbox } = await pausedInLine(async ({ book, resident: me }) => {
      e = (await book(me, { date: '2026-11-26', hour: 10 })).id
    })
    at('2026-11-26', 11, 30)
    expect((await c.get(`/bookings/${e}`, resident)).body.status).toBe('no_show')
    const told = (await inbox(resident, 'booking_noshow')).filter((m) => m.subject.id === e)
    expect(told).toHaveLength(1)
    expect(told[0].body).toBe('您错过了「医保参保·帮办」11月26日 10:00 太平街社区24小时服务站，近30天已爽约4次，预约暂停至12月25日。不能前往请提前取消')
    expect((await c.get('/booking/standing', resident)).body).toMatchObject({ noShows: 4, pausedUntil: '2026-12-25T08:30:00.000Z' })
  })
})

describe('the voucher signature', () => {
  test('SHA-256 and HMAC-SHA-256 give the standard answers', () => {
    expect(hex(sha256(utf8Bytes('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(hex(sha256(utf8Bytes('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(hex(sha256(utf8Bytes('a'.repeat(1000))))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3')
    // RFC 4231, test case 2
    expect(hmac('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })

  test('verify takes back what sign made, and nothing signed with another key', () => {
    const t = signVoucher('k1', 'BK202611220001', '123456', 3)
    expect(verifyVoucher('k1', t)).toEqual({ id: 'BK202611220001', code: '123456', version: 3 })
    expect(verifyVoucher('k2', t)).toBeNull()
    expect(verifyVoucher('', t)).toBeNull()
    expect(verifyVoucher('k1', `${t}0`)).toBeNull()
  })
})

describe('the seed', () => {
  test('bookings in every state, for the demo helper’s station and for 王秀英 and her father', () => {
    const db = createSeedDb(new Date(T0))
    for (const s of BOOKING_STATUSES) expect([s, db.bookings.some((b) => b.status === s)]).toEqual([s, true])
    const tpj = db.bookings.filter((b) => b.placeId === 'pl-tpj')
    expect(new Set(tpj.map((b) => b.status)).size).toBe(BOOKING_STATUSES.length)
    const father = db.bookings.filter((b) => b.bookerId === 'demo-resident' && b.family && b.family.name === '王德福')
    expect(father.map((b) => [b.mode, b.status])).toEqual([
      ['proxy', 'in_progress'],
      ['proxy', 'booked'],
    ])
    expect(db.bookingStanding['res-tzh'].pausedUntil).not.toBeNull()
    expect(db.bookingAppeals.map((a) => a.status)).toEqual(['pending'])
    for (const b of db.bookings) {
      const times = b.events.map((e) => Date.parse(e.at))
      expect(times).toEqual(times.slice().sort((x, y) => x - y))
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(T0))
      if (b.status === 'booked' || b.status === 'waitlisted') expect(Date.parse(b.start)).toBeGreaterThan(Date.parse(T0))
    }
  })

  test('seeds at any time of the years it knows', () => {
    for (let t = Date.parse('2026-01-01T01:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 5 * DAY + 7 * HOUR) {
      const db = createSeedDb(new Date(t))
      expect(db.bookings.length).toBeGreaterThan(10)
      expect(db.bookings.filter((b) => b.status === 'booked' && Date.parse(b.end) + HOUR < t)).toEqual([])
    }
  })
})
