// 帮代办 on the server: catalogue, booking rules, seats and the waitlist under concurrent
// requests, access per role, the voucher at check-in, and every transition after it.
// The clock is the tests' T0: Sunday 2026-11-22 09:00 in China, so the bookable days are
// Monday 11-23 to Friday 11-27. Time-driven rules are in bookings-clock.test.ts.
import { MAX_UPCOMING_BOOKINGS, SLOT_FULL_MESSAGE, links } from '../../../src/contract'
import { bookingDoneInput, bookingInput, bookingRateInput, bookingStepInput, familyInput } from '../../../test/utils/bodies'
import { FORGED_VOUCHER } from '../bookings'
import { PNG_DATA_URL, HOUR, client, newServer, type Json } from '../../server/__tests__/helpers'


async function setup() {
  const { server, clock, persist } = newServer()
  const c = client(server)
  const as = c.loginSeeded
  const resident = await c.login('demo-resident')
  const neighbour = await c.login('demo-resident-2')
  const helper = await c.login('demo-helper')
  const book = async (token: string, over: Json = {}) => {
    const r = await c.post('/bookings', bookingInput(over), token)
    if (r.status !== 201) throw new Error(`booking failed: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body as Json
  }
  const act = (id: string, action: string, body: unknown, token: string) => c.post(`/bookings/${id}/${action}`, body, token)
  /** the clock at `date` `hour`:`min` in China */
  const at = (date: string, hour: number, min = 0) => clock.set(Date.parse(`${date}T00:00:00Z`) + (hour - 8) * HOUR + min * 60e3)
  const upload = async (token: string) => (await c.post('/photos', { dataUrl: PNG_DATA_URL }, token)).body.id as string
  const messages = (userId: string, kind: string) => server.db.messages.filter((m) => m.userId === userId && m.kind === kind)
  return { server, clock, persist, c, as, resident, neighbour, helper, book, act, at, upload, messages }
}

describe('catalogue and places', () => {
  test('at least ten services, searchable by name and filtered by kind, without logging in', async () => {
    const { c } = await setup()
    const all = await c.get('/booking/services', null, { limit: '50' })
    expect(all.status).toBe(200)
    const names = all.body.items.map((s: Json) => s.name)
    for (const n of ['医保参保', '社保卡补办', '居住证', '老年优待证', '高龄津贴', '残疾人证', '企业开办', '公积金提取', '不动产登记咨询', '新生儿落户']) expect(names).toContain(n)
    expect((await c.get('/booking/services', null, { q: '社保' })).body.items.map((s: Json) => s.name)).toEqual(['社保卡补办'])
    const business = (await c.get('/booking/services', null, { kind: 'business' })).body.items
    expect(business.length).toBeGreaterThanOrEqual(2)
    expect(business.every((s: Json) => s.kind === 'business')).toBe(true)
    expect((await c.get('/booking/services', null, { kind: 'other' })).body.fields).toEqual({ kind: '类别应为 personal 或 business' })
  })

  test('a service has its checklist, modes and places; a place its hours, seats, services and helpers', async () => {
    const { c } = await setup()
    const s = (await c.get('/booking/services/sv-gljt')).body
    expect(s).toMatchObject({ name: '高龄津贴', kind: 'personal', modes: ['assist', 'proxy', 'home'], minutes: 20 })
    expect(s.materials[2]).toEqual({ name: '本人银行卡或存折', form: 'copy', count: 1, note: '须为本人账户' })
    expect(s.places.map((p: Json) => p.id)).toEqual(expect.arrayContaining(['pl-hall', 'pl-pzj', 'pl-tpj']))
    expect(s.places.find((p: Json) => p.id === 'pl-tpj')).toMatchObject({ kind: 'community', homeVisits: true, communityId: 'cm-tpj', phone: expect.stringMatching(/^0731-/) })
    expect((await c.get('/booking/services/nope')).status).toBe(404)
    const p = (await c.get('/booking/places/pl-tpj')).body
    expect(p).toMatchObject({ name: '太平街社区24小时服务站', seats: 2, homeSeats: 1, helpers: ['杨*'] })
    expect(p.hours[1]).toEqual([[9, 12], [14, 18]])
    expect(p.hours[0]).toEqual([])
    expect(p.services.map((x: Json) => x.id)).toContain('sv-yb')
    expect((await c.get('/booking/places/pl-hall')).body).toMatchObject({ kind: 'hall', homeSeats: 0, homeVisits: false })
  })

  test('slots: the next five working days, one-hour slots inside opening hours, seats left and waiting', async () => {
    const { c } = await setup()
    const r = await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'assist' })
    expect(r.status).toBe(200)
    expect(r.body.days.map((d: Json) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'])
    expect(r.body.closed).toEqual([])
    const mon = r.body.days[0]
    expect(mon.weekday).toBe(1)
    expect(mon.slots.map((s: Json) => s.hour)).toEqual([9, 10, 11, 14, 15, 16, 17])
    // the seed fills Monday 09:00 (two seats) and one person waits for it
    expect(mon.slots[0]).toMatchObject({ hour: 9, seats: 2, left: 0, waiting: 1, start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T02:00:00.000Z' })
    expect(mon.slots[1]).toMatchObject({ hour: 10, left: 2, waiting: 0 })
    // 上门 has its own seats: the seeded visit on Monday 14:00 takes the only one
    const home = await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'home' })
    expect(home.body.days[0].slots.find((s: Json) => s.hour === 14)).toMatchObject({ seats: 1, left: 0 })
    expect(home.body.days[0].slots.find((s: Json) => s.hour === 15)).toMatchObject({ seats: 1, left: 1 })
  })

  test('slots refuse a mode, place or service that do not go together, at the field', async () => {
    const { c } = await setup()
    const ask = (q: Record<string, string>) => c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-tpj', mode: 'assist', ...q })
    expect((await ask({ serviceId: 'sv-qykb', placeId: 'pl-hall', mode: 'home' })).body.fields).toEqual({ mode: '「企业开办」不支持上门' })
    expect((await ask({ serviceId: 'sv-qykb' })).body.fields).toEqual({ placeId: '所选服务点不办理「企业开办」' })
    expect((await ask({ placeId: 'pl-hall', mode: 'home' })).body.fields).toEqual({ placeId: '所选服务点不提供上门服务' })
    expect((await ask({ serviceId: 'x' })).body.fields).toEqual({ serviceId: '所选事项不存在' })
    expect((await ask({ mode: 'drive' })).body.fields).toEqual({ mode: '请选择帮办、代办或上门' })
  })
})

describe('booking', () => {
  test('for oneself: booked, with a voucher (signed token, 6-digit code) and what to bring', async () => {
    const { book, resident, c } = await setup()
    const b = await book(resident)
    expect(b).toMatchObject({
      id: expect.stringMatching(/^BK20261122\d{4}$/),
      status: 'booked',
      mode: 'assist',
      serviceName: '医保参保',
      date: '2026-11-24',
      hour: 10,
      start: '2026-11-24T02:00:00.000Z',
      placeName: '太平街社区24小时服务站',
      personName: '王秀英',
      forFamily: false,
      relation: 'booker',
      person: { self: true, relation: '本人', name: '王秀英', phone: '13807311234' },
      consent: null,
      cancelBefore: '2026-11-24T00:00:00.000Z',
      checkInUntil: '2026-11-24T03:30:00.000Z',
      helperName: '杨*',
      can: ['cancel'],
    })
    expect(b.voucher.shortCode).toMatch(/^\d{6}$/)
    expect(b.voucher.token).toMatch(new RegExp(`^LB\\.${b.id}\\.${b.voucher.shortCode}\\.1\\.[0-9a-f]{32}$`))
    expect(b.materials[0]).toEqual({ name: '身份证', form: 'original', count: 1 })
    expect(b.place.phone).toMatch(/^0731-/)
    const mine = await c.get('/bookings', resident, { scope: 'mine', status: 'active' })
    expect(mine.body.items.map((x: Json) => x.id)).toContain(b.id)
  })

  test('field errors in Chinese; unknown fields refused', async () => {
    const { c, resident } = await setup()
    const r = await c.post('/bookings', {}, resident)
    expect(r.status).toBe(400)
    expect(r.body.fields).toMatchObject({ serviceId: '请选择办理事项', mode: '请选择帮办、代办或上门', placeId: '请选择服务点', date: '请选择预约日期', hour: '请选择预约时段' })
    expect((await c.post('/bookings', { ...bookingInput(), price: 1 }, resident)).body.fields).toEqual({ price: '不支持的字段：price' })
    expect((await c.post('/bookings', bookingInput({ hour: 9.5 }), resident)).body.fields).toEqual({ hour: '请选择预约时段' })
    expect((await c.post('/bookings', bookingInput({ date: '24/11/2026' }), resident)).body.fields).toEqual({ date: '请选择预约日期' })
  })

  test('lead time, horizon, weekends and opening hours answer at the field', async () => {
    const { c, resident } = await setup()
    const field = async (over: Json) => (await c.post('/bookings', bookingInput(over), resident)).body.fields
    expect(await field({ date: '2026-11-22' })).toEqual({ date: '最早可预约下一个工作日（11月23日）' })
    expect(await field({ date: '2026-11-20' })).toEqual({ date: '最早可预约下一个工作日（11月23日）' })
    expect(await field({ date: '2026-11-30' })).toEqual({ date: '最多可预约5个工作日内（至11月27日）' })
    expect(await field({ date: '2026-11-28' })).toEqual({ date: '11月28日是周末，不办理预约，请选择工作日' })
    expect(await field({ hour: 12 })).toEqual({ hour: '该时段不在服务时间内（09:00–12:00、14:00–18:00）' })
    expect(await field({ hour: 8 })).toEqual({ hour: '该时段不在服务时间内（09:00–12:00、14:00–18:00）' })
    expect(await field({ placeId: 'pl-hall', hour: 17 })).toEqual({ hour: '该时段不在服务时间内（09:00–12:00、13:00–17:00）' })
    expect((await c.post('/bookings', bookingInput({ date: '2026-11-27', hour: 17 }), resident)).status).toBe(201)
  })

  test('at most 3 upcoming (waitlist included), one per service per day', async () => {
    const { c, resident, book } = await setup()
    // the seed gave 王秀英 one upcoming booking (her father's 老年优待证 on 11-24)
    await book(resident, { date: '2026-11-25' })
    const same = await c.post('/bookings', bookingInput({ date: '2026-11-25', hour: 15 }), resident)
    expect(same.status).toBe(409)
    expect(same.body.message).toBe('您11月25日已预约过「医保参保」，同一事项每天只能预约一次')
    // the seeded 09:00 on Monday is full: the third is a place in its waitlist
    const waiting = await book(resident, { date: '2026-11-23', hour: 9, waitlist: true })
    expect(waiting).toMatchObject({ status: 'waitlisted', queue: 2, voucher: null })
    const fourth = await c.post('/bookings', bookingInput({ serviceId: 'sv-sbk', date: '2026-11-26' }), resident)
    expect(fourth.status).toBe(409)
    expect(fourth.body.message).toBe(`您已有${MAX_UPCOMING_BOOKINGS}个待办的预约（含候补），办结或取消后才能再约`)
    expect((await c.get('/booking/standing', resident)).body).toMatchObject({ upcoming: 3, noShows: 0, pausedUntil: null, canAppeal: false })
  })

  test('上门: only for a person served aged 70+ or disabled, with an address, where visits are made', async () => {
    const { c, resident, book } = await setup()
    const home = (over: Json) => c.post('/bookings', bookingInput({ mode: 'home', address: '西牌楼小区3栋2单元301', hour: 15, ...over }), resident)
    expect((await home({ ageGroup: undefined })).body.fields).toEqual({ ageGroup: '上门服务请选择服务对象的年龄段' })
    expect((await home({ ageGroup: '60to69' })).body.fields).toEqual({ mode: '上门服务仅限70岁以上或残疾的服务对象，请选择帮办或代办' })
    expect((await home({ ageGroup: '70plus', address: '' })).body.fields).toEqual({ address: '请填写上门地址（至少5个字）' })
    expect((await home({ ageGroup: '70plus', placeId: 'pl-hall' })).body.fields).toEqual({ placeId: '所选服务点不提供上门服务' })
    expect((await home({ ageGroup: '70plus', serviceId: 'sv-jzz' })).body.fields).toEqual({ mode: '「居住证」不支持上门' })
    const disabled = await home({ ageGroup: '60to69', disabled: true, needs: '需要轮椅' })
    expect(disabled.status).toBe(201)
    expect(disabled.body).toMatchObject({ mode: 'home', address: '西牌楼小区3栋2单元301', person: { ageGroup: '60to69', disabled: true, needs: '需要轮椅' } })
    // one visit an hour at a community station: the next one at 15:00 is full
    const full = await c.post('/bookings', bookingInput({ mode: 'home', address: '西牌楼小区3栋2单元301', hour: 15, serviceId: 'sv-lyz', ageGroup: '70plus', family: familyInput() }), resident)
    expect(full.status).toBe(409)
    await book(resident, { mode: 'home', address: '西牌楼小区3栋2单元301', hour: 16, serviceId: 'sv-lyz', date: '2026-11-25', ageGroup: '70plus', family: familyInput() })
  })

  test('for a family member: consent recorded with its time; 代办 needs the signed 委托书, uploaded by the booker', async () => {
    const { c, resident, neighbour, upload, clock } = await setup()
    const post = (over: Json) => c.post('/bookings', bookingInput(over), resident)
    expect((await post({ family: familyInput({ consent: false as never }) })).body.fields).toEqual({ 'family.consent': '为家人预约，需先征得本人同意并勾选确认' })
    expect((await post({ family: { name: '王德福', relation: '父亲', phone: '13907315678' } })).body.fields).toEqual({ 'family.consent': '为家人预约，需先征得本人同意并勾选确认' })
    expect((await post({ family: familyInput({ phone: '123' }) })).body.fields).toEqual({ 'family.phone': '请输入11位手机号码' })
    expect((await post({ mode: 'proxy', family: familyInput() })).body.fields).toEqual({ 'family.authorization': '为家人代办，请上传家人签字的委托书照片' })
    expect((await post({ mode: 'proxy', family: familyInput({ authorization: 'javascript:alert(1)' }) })).body.fields).toEqual({ 'family.authorization': '请上传家人签字的委托书照片' })
    // a reference somebody else uploaded is not the booker's to use
    const theirs = await upload(neighbour)
    expect((await post({ mode: 'proxy', family: familyInput({ authorization: theirs }) })).body.fields).toEqual({ 'family.authorization.0': '照片已失效，请删除后重新添加' })
    const mine = await upload(resident)
    clock.advance(60e3)
    const r = await post({ mode: 'proxy', family: familyInput({ authorization: mine }), ageGroup: '70plus' })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({
      forFamily: true,
      personName: '王德福',
      person: { self: false, name: '王德福', relation: '父亲', phone: '13907315678', ageGroup: '70plus' },
      consent: { at: clock.now().toISOString(), authorization: mine },
      bookerName: '王秀英',
    })
  })

  test('the person served with an account sees it (and its voucher), and is told', async () => {
    const { c, resident, neighbour, book, messages } = await setup()
    // 李建国 (demo-resident-2) has an account under this phone
    const b = await book(resident, { family: familyInput({ name: '李建国', relation: '邻居', phone: '13973125678' }) })
    const seen = await c.get(`/bookings/${b.id}`, neighbour)
    expect(seen.body).toMatchObject({ relation: 'served', bookerName: '王秀英', voucher: { shortCode: b.voucher.shortCode }, can: [] })
    expect(messages('demo-resident-2', 'booking_status')[0]).toMatchObject({ title: '家人为您预约了服务', link: links.bookingDetail(b.id), subject: { type: 'booking', id: b.id } })
    expect((await c.get('/bookings', neighbour, { scope: 'mine' })).body.items.map((x: Json) => x.id)).toContain(b.id)
    // the booker alone cancels
    expect((await c.post(`/bookings/${b.id}/cancel`, {}, neighbour)).status).toBe(403)
  })

  test('only residents book; a helper or grid worker is refused by role', async () => {
    const { c, helper } = await setup()
    expect((await c.post('/bookings', bookingInput(), helper)).status).toBe(403)
    const worker = await c.login('demo-grid-worker')
    expect((await c.post('/bookings', bookingInput(), worker)).status).toBe(403)
    expect((await c.post('/bookings', bookingInput(), null)).status).toBe(401)
  })

  test('an Idempotency-Key replays the same booking instead of making a second', async () => {
    const { c, resident, server } = await setup()
    const before = server.db.bookings.length
    const [a, b] = await Promise.all([c.post('/bookings', bookingInput(), resident, 'same-key'), c.post('/bookings', bookingInput(), resident, 'same-key')])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const again = await c.post('/bookings', bookingInput(), resident, 'same-key')
    expect(again.status).toBe(201)
    expect(again.headers).toEqual({ 'idempotent-replayed': 'true' })
    expect(server.db.bookings.length).toBe(before + 1)
  })
})

describe('seats and the waitlist', () => {
  test('a full slot answers 409 offering the waitlist; the waitlist is joined with waitlist: true', async () => {
    const { c, resident, neighbour, as, book } = await setup()
    const zgf = await as('res-zgf')
    await book(resident, { placeId: 'pl-xpl' })
    await book(neighbour, { placeId: 'pl-xpl' })
    const full = await c.post('/bookings', bookingInput({ placeId: 'pl-xpl' }), zgf)
    expect(full.status).toBe(409)
    expect(full.body).toEqual({ code: 'STATE_CONFLICT', message: SLOT_FULL_MESSAGE, fields: { hour: SLOT_FULL_MESSAGE } })
    const w = await book(zgf, { placeId: 'pl-xpl', waitlist: true })
    expect(w).toMatchObject({ status: 'waitlisted', queue: 1, voucher: null, can: ['cancel'] })
    const slots = await c.get('/booking/slots', null, { serviceId: 'sv-yb', placeId: 'pl-xpl', mode: 'assist' })
    expect(slots.body.days[1].slots.find((s: Json) => s.hour === 10)).toMatchObject({ left: 0, waiting: 1 })
    // waitlist: true on a slot with room simply books
    expect((await book(zgf, { placeId: 'pl-xpl', serviceId: 'sv-sbk', hour: 11, waitlist: true })).status).toBe('booked')
  })

  test('a cancel promotes the first in line automatically, who is told and gets a voucher', async () => {
    const { c, resident, neighbour, as, book, act, messages } = await setup()
    const zgf = await as('res-zgf')
    const ldm = await as('res-ldm')
    const a = await book(resident, { placeId: 'pl-xpl' })
    await book(neighbour, { placeId: 'pl-xpl' })
    const first = await book(zgf, { placeId: 'pl-xpl', waitlist: true })
    const second = await book(ldm, { placeId: 'pl-xpl', waitlist: true })
    expect(second.queue).toBe(2)
    const cancelled = await act(a.id, 'cancel', { reason: '家里有事' }, resident)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', voucher: null, can: [] })
    const promoted = (await c.get(`/bookings/${first.id}`, zgf)).body
    expect(promoted).toMatchObject({ status: 'booked', voucher: { shortCode: expect.stringMatching(/^\d{6}$/) } })
    expect(promoted.events.map((e: Json) => e.action)).toEqual(['waitlist', 'promote'])
    expect(messages('res-zgf', 'booking_promoted')).toHaveLength(1)
    expect((await c.get(`/bookings/${second.id}`, ldm)).body).toMatchObject({ status: 'waitlisted', queue: 1 })
  })

  test('two residents taking the last seat at the same moment: one booking and one 409 offering the waitlist', async () => {
    const { c, server, resident, neighbour, as, book, upload } = await setup()
    const zgf = await as('res-zgf')
    await book(zgf, { placeId: 'pl-xpl' })
    // both bodies carry a 委托书 to check (an await inside the handler) and the network is slow,
    // so both requests are in flight together
    const docA = await upload(resident)
    const docB = await upload(neighbour)
    server.control.setFaults({ latencyMs: 30 })
    const body = (doc: string) => bookingInput({ placeId: 'pl-xpl', mode: 'proxy', family: familyInput({ authorization: doc }) })
    const [a, b] = await Promise.all([c.post('/bookings', body(docA), resident), c.post('/bookings', body(docB), neighbour)])
    server.control.clearFaults()
    expect([a.status, b.status].sort()).toEqual([201, 409])
    expect([a, b].find((r) => r.status === 409)!.body.message).toBe(SLOT_FULL_MESSAGE)
    const held = server.db.bookings.filter((x) => x.placeId === 'pl-xpl' && x.date === '2026-11-24' && x.hour === 10 && x.status === 'booked')
    expect(held).toHaveLength(2)
  })

  test('concurrent cancels promote one waiting person each, and a booking racing them finds no free seat', async () => {
    const { c, server, resident, neighbour, as, book, act } = await setup()
    const [zgf, ldm, csh, hwq] = [await as('res-zgf'), await as('res-ldm'), await as('res-csh'), await as('res-hwq')]
    const a = await book(resident, { placeId: 'pl-xpl' })
    const b = await book(neighbour, { placeId: 'pl-xpl' })
    const w1 = await book(zgf, { placeId: 'pl-xpl', waitlist: true })
    const w2 = await book(ldm, { placeId: 'pl-xpl', waitlist: true })
    const w3 = await book(csh, { placeId: 'pl-xpl', waitlist: true })
    server.control.setFaults({ latencyMs: 20 })
    const [ca, cb, racer] = await Promise.all([act(a.id, 'cancel', {}, resident), act(b.id, 'cancel', {}, neighbour), c.post('/bookings', bookingInput({ placeId: 'pl-xpl' }), hwq)])
    server.control.clearFaults()
    expect([ca.status, cb.status]).toEqual([200, 200])
    expect(racer.status).toBe(409)
    const status = (id: string) => server.db.bookings.find((x) => x.id === id)!.status
    expect([status(w1.id), status(w2.id), status(w3.id)]).toEqual(['booked', 'booked', 'waitlisted'])
    const held = server.db.bookings.filter((x) => x.placeId === 'pl-xpl' && x.date === '2026-11-24' && x.hour === 10 && x.status === 'booked')
    expect(held).toHaveLength(2)
  })

  test('cancel: the booker until 2 hours before, with the place’s phone after; a waitlist place can be left', async () => {
    const { c, resident, neighbour, book, act, at } = await setup()
    const b = await book(resident, { hour: 15 })
    at('2026-11-24', 12, 59)
    expect((await c.get(`/bookings/${b.id}`, resident)).body.can).toEqual(['cancel'])
    at('2026-11-24', 13, 1)
    expect((await c.get(`/bookings/${b.id}`, resident)).body.can).toEqual([])
    const late = await act(b.id, 'cancel', {}, resident)
    expect(late.status).toBe(409)
    expect(late.body.message).toBe('距预约开始已不足2小时，不能在线取消。如不能前往，请致电太平街社区24小时服务站 0731-85882200说明')
    expect((await c.get(`/bookings/${b.id}`, resident)).body.status).toBe('booked')
    // someone else's booking is not there for them to cancel at all
    expect((await act(b.id, 'cancel', {}, neighbour)).status).toBe(404)
  })

  test('cancel twice, or a waitlist place', async () => {
    const { resident, book, act } = await setup()
    const b = await book(resident, { hour: 15 })
    expect((await act(b.id, 'cancel', {}, resident)).status).toBe(200)
    expect((await act(b.id, 'cancel', {}, resident)).body.message).toBe('预约当前为「已取消」，不能取消')
    const w = await book(resident, { date: '2026-11-23', hour: 9, waitlist: true })
    const left = await act(w.id, 'cancel', {}, resident)
    expect(left.body.status).toBe('cancelled')
    expect(left.body.events.at(-1)).toMatchObject({ action: 'cancel', text: '退出候补' })
  })
})

describe('access', () => {
  test('the booker, the helpers of its place (masked but for the assigned one); nobody else: 404', async () => {
    const { c, as, resident, neighbour, helper, book } = await setup()
    const b = await book(resident, { placeId: 'pl-pzj' })
    const other = await as('hp-pzj')
    const stranger = await as('hp-xpl')
    const worker = await c.login('demo-grid-worker')
    const views = [(await c.get(`/bookings/${b.id}`, helper)).body, (await c.get(`/bookings/${b.id}`, other)).body]
    // one of the station's two helpers is assigned: they see the person in full
    const assigned = views.find((v) => v.person.phone === '13807311234')!
    const unassigned = views.find((v) => v !== assigned)!
    expect(assigned).toMatchObject({ relation: 'helper', personName: '王秀英', bookerPhone: '13807311234', voucher: null })
    expect(unassigned).toMatchObject({ relation: 'helper', personName: '王*英', person: { name: '王*英', phone: '138****1234' }, bookerName: '王*英', bookerPhone: '138****1234' })
    for (const t of [neighbour, stranger, worker]) {
      const r = await c.get(`/bookings/${b.id}`, t)
      expect(r.status).toBe(404)
      expect(r.body.message).toBe('预约不存在或无权查看')
    }
    expect((await c.get('/bookings/BK000', resident)).body.message).toBe('预约不存在或无权查看')
  })

  test('lists: mine for residents, desk for helpers of those places only', async () => {
    const { c, as, resident, helper, book } = await setup()
    const b = await book(resident)
    const desk = (await c.get('/bookings', helper, { scope: 'desk', limit: '50' })).body
    expect(desk.items.map((x: Json) => x.id)).toContain(b.id)
    // by slot, from today on, plus what is still checked in or in progress
    const starts = desk.items.map((x: Json) => x.start)
    expect(starts).toEqual(starts.slice().sort())
    expect(desk.items.every((x: Json) => x.date >= '2026-11-22' || ['checked_in', 'in_progress'].includes(x.status))).toBe(true)
    expect(desk.items.some((x: Json) => x.status === 'in_progress')).toBe(true)
    const day = (await c.get('/bookings', helper, { scope: 'desk', date: '2026-11-23' })).body.items
    expect(day.map((x: Json) => `${x.hour}:${x.status}`)).toEqual(['9:booked', '9:booked', '9:waitlisted', '14:booked'])
    expect(day[3]).toMatchObject({ mode: 'home', address: expect.stringContaining('单元') })
    const stranger = await as('hp-xpl')
    expect((await c.get('/bookings', stranger, { scope: 'desk', limit: '50' })).body.items.map((x: Json) => x.id)).not.toContain(b.id)
    expect((await c.get('/bookings', stranger, { scope: 'desk', placeId: 'pl-tpj' })).body.fields).toEqual({ placeId: '只能查看您所在服务点的预约' })
    expect((await c.get('/bookings', resident, { scope: 'desk' })).status).toBe(403)
    expect((await c.get('/bookings', helper, { scope: 'mine' })).status).toBe(403)
    const mine = (await c.get('/bookings', resident, { scope: 'mine', limit: '50' })).body.items
    // still to come first, soonest first; then the rest, latest first
    expect(mine.slice(0, 3).map((x: Json) => x.status)).toEqual(['in_progress', 'booked', 'booked'])
    expect(mine.slice(3).map((x: Json) => x.status)).toEqual(['done', 'cancelled', 'done'])
    expect((await c.get('/bookings', resident, { scope: 'mine', status: 'closed' })).body.items.map((x: Json) => x.status)).toEqual(['cancelled'])
  })
})

describe('check-in with the voucher', () => {
  test('on the day at its place: the QR once; again, or its short code, is “already used”', async () => {
    const { c, resident, helper, book, at } = await setup()
    const b = await book(resident)
    at('2026-11-24', 9, 50)
    expect((await c.get(`/bookings/${b.id}`, helper)).body.can).toEqual(['checkin'])
    const r = await c.post('/bookings/checkin', { token: b.voucher.token }, helper)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-24T01:50:00.000Z', helperName: '杨帆', can: ['done'] })
    const again = await c.post('/bookings/checkin', { token: b.voucher.token }, helper)
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('该凭证已于11月24日 09:50签到使用，不能重复使用')
    expect((await c.post('/bookings/checkin', { shortCode: b.voucher.shortCode }, helper)).body.message).toBe('该凭证已于11月24日 09:50签到使用，不能重复使用')
    // the resident's voucher is gone once used
    expect((await c.get(`/bookings/${b.id}`, resident)).body.voucher).toBeNull()
  })

  test('a forged or altered token is refused at the field; a typed short code works', async () => {
    const { c, resident, helper, book, at } = await setup()
    const b = await book(resident)
    at('2026-11-24', 10, 0)
    const t: string = b.voucher.token
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === '0' ? '1' : '0') + s.slice(i + 1)
    const forged = [
      flip(t, t.length - 1),
      t.replace(`.${b.voucher.shortCode}.`, '.000000.'),
      t.replace('.1.', '.2.'),
      t.replace(b.id, 'BK202611220001'),
      `LB.${b.id}.${b.voucher.shortCode}.1.${'0'.repeat(32)}`,
      'https://example.com/?x=1',
    ]
    for (const token of forged) {
      const r = await c.post('/bookings/checkin', { token }, helper)
      expect(r.status).toBe(400)
      expect(r.body.fields).toEqual({ token: FORGED_VOUCHER })
    }
    expect((await c.post('/bookings/checkin', {}, helper)).body.fields).toEqual({ shortCode: '请扫描预约凭证，或输入6位数字短码' })
    expect((await c.post('/bookings/checkin', { shortCode: '12ab' }, helper)).body.fields).toEqual({ shortCode: '请输入6位数字短码' })
    const other = (await c.post('/bookings/checkin', { shortCode: b.voucher.shortCode === '000000' ? '000001' : '000000' }, helper))
    expect(other.status).toBe(404)
    const ok = await c.post('/bookings/checkin', { shortCode: b.voucher.shortCode }, helper)
    expect(ok.body.status).toBe('checked_in')
    expect((await c.post('/bookings/checkin', { token: b.voucher.token }, resident)).status).toBe(403)
  })

  test('another place, another day, cancelled, waitlisted: each a clear answer', async () => {
    const { c, server, as, resident, neighbour, helper, book, act, at } = await setup()
    const stranger = await as('hp-xpl')
    const b = await book(resident)
    at('2026-11-23', 10, 0)
    const early = await c.post('/bookings/checkin', { token: b.voucher.token }, helper)
    expect(early.status).toBe(409)
    expect(early.body.message).toBe('这是11月24日 10:00的预约，不是今天的，请当天再来签到')
    at('2026-11-24', 10, 0)
    const elsewhere = await c.post('/bookings/checkin', { token: b.voucher.token }, stranger)
    expect(elsewhere.status).toBe(409)
    expect(elsewhere.body.message).toBe('这是太平街社区24小时服务站的预约，不在本服务点，请居民前往该服务点签到')
    // a short code is easy to guess: at another place it is just not found
    expect((await c.post('/bookings/checkin', { shortCode: b.voucher.shortCode }, stranger)).status).toBe(404)
    at('2026-11-22', 9, 0)
    const gone = await book(neighbour, { hour: 15 })
    await act(gone.id, 'cancel', {}, neighbour)
    const w = await book(neighbour, { date: '2026-11-23', hour: 9, waitlist: true })
    at('2026-11-23', 8, 30)
    expect((await c.post('/bookings/checkin', { token: gone.voucher.token }, helper)).body.message).toBe('该预约已取消，凭证已失效')
    // a place in a waitlist has no voucher; its code, if somebody typed it, is not yet valid
    expect((await c.get(`/bookings/${w.id}`, neighbour)).body).toMatchObject({ status: 'waitlisted', voucher: null })
    const code = server.db.bookings.find((x) => x.id === w.id)!.code
    expect((await c.post('/bookings/checkin', { shortCode: code }, helper)).body.message).toBe('该预约仍在候补中，还没有约上，不能签到')
  })

  test('after the no-show time the voucher says so', async () => {
    const { c, resident, helper, book, at } = await setup()
    const b = await book(resident)
    at('2026-11-24', 11, 31)
    const r = await c.post('/bookings/checkin', { token: b.voucher.token }, helper)
    expect(r.status).toBe(409)
    expect(r.body.message).toBe('已超过签到时间（11月24日 10:00时段结束后30分钟），该预约已记为爽约')
  })
})

describe('after check-in', () => {
  test('帮办: done with a record, the resident is told, rates once', async () => {
    const { c, resident, helper, book, act, at, messages } = await setup()
    const b = await book(resident)
    expect((await act(b.id, 'rate', bookingRateInput(), resident)).body.message).toBe('办结后才能评价')
    at('2026-11-24', 10, 0)
    expect((await act(b.id, 'done', bookingDoneInput(), helper)).body.message).toBe('请先扫码签到，再办结')
    expect((await act(b.id, 'steps', bookingStepInput(), helper)).body.message).toBe('只有代办需要登记办理步骤')
    await c.post('/bookings/checkin', { token: b.voucher.token }, helper)
    expect((await act(b.id, 'done', { record: '' }, helper)).body.fields).toEqual({ record: '请填写办理记录' })
    const done = await act(b.id, 'done', bookingDoneInput({ record: '已完成参保登记' }), helper)
    expect(done.body).toMatchObject({ status: 'done', record: '已完成参保登记', doneAt: '2026-11-24T02:00:00.000Z', can: [] })
    expect(messages('demo-resident', 'booking_done').at(-1)).toMatchObject({ title: '已办结，请评价', link: links.bookingDetail(b.id) })
    expect((await c.get(`/bookings/${b.id}`, resident)).body.can).toEqual(['rate'])
    expect((await act(b.id, 'done', bookingDoneInput(), helper)).body.message).toBe('预约当前为「已办结」，不能办结')
    expect((await act(b.id, 'rate', { rating: 'unsatisfied', comment: '' }, resident)).body.fields).toEqual({ comment: '请说明不满意的原因' })
    expect((await act(b.id, 'rate', bookingRateInput(), helper)).status).toBe(403)
    const rated = await act(b.id, 'rate', bookingRateInput({ rating: 'basically', comment: '还行' }), resident)
    expect(rated.body).toMatchObject({ rating: 'basically', ratingComment: '还行', can: [] })
    expect((await act(b.id, 'rate', bookingRateInput(), resident)).body.message).toBe('您已评价过这次服务')
    const desk = (await c.get('/booking/desk', helper)).body
    expect(desk.recent[0]).toMatchObject({ bookingId: b.id, rating: 'basically', comment: '还行', serviceName: '医保参保' })
    expect(desk.ratings.basically).toBeGreaterThanOrEqual(2)
    expect(desk.places.map((p: Json) => p.id).sort()).toEqual(['pl-pzj', 'pl-tpj'])
    expect(desk.appealsPending).toBe(1)
  })

  test('代办: four steps in order, each told to the resident; the last one finishes it', async () => {
    const { c, resident, helper, book, act, at, upload, messages } = await setup()
    const doc = await upload(resident)
    const b = await book(resident, { mode: 'proxy', serviceId: 'sv-gljt', hour: 15, family: familyInput({ authorization: doc }) })
    at('2026-11-24', 15, 5)
    await c.post('/bookings/checkin', { shortCode: b.voucher.shortCode }, helper)
    expect((await act(b.id, 'done', bookingDoneInput(), helper)).body.message).toBe('代办请按步骤登记，最后一步「已取件/已寄回」即办结')
    expect((await act(b.id, 'steps', bookingStepInput({ step: 'submitted', department: '区民政局' }), helper)).body.message).toBe('请按顺序登记：下一步是「材料已收取」')
    let r = await act(b.id, 'steps', bookingStepInput({ note: '身份证、户口簿、银行卡复印件已收' }), helper)
    expect(r.body).toMatchObject({ status: 'in_progress', lastStep: 'received', nextStep: 'submitted', can: ['step'] })
    expect((await act(b.id, 'steps', bookingStepInput({ step: 'submitted' }), helper)).body.fields).toEqual({ department: '请填写提交到哪个部门' })
    r = await act(b.id, 'steps', bookingStepInput({ step: 'submitted', department: '天心区民政局' }), helper)
    expect(r.body.steps[1]).toMatchObject({ step: 'submitted', department: '天心区民政局', actorName: '杨帆' })
    r = await act(b.id, 'steps', bookingStepInput({ step: 'finished' }), helper)
    r = await act(b.id, 'steps', bookingStepInput({ step: 'returned', note: '已寄回家中' }), helper)
    expect(r.body).toMatchObject({ status: 'done', nextStep: null, doneAt: expect.any(String) })
    const seen = (await c.get(`/bookings/${b.id}`, resident)).body
    expect(seen.steps.map((s: Json) => `${s.step}:${s.actorName}`)).toEqual(['received:杨*', 'submitted:杨*', 'finished:杨*', 'returned:杨*'])
    expect(seen.can).toEqual(['rate'])
    expect(messages('demo-resident', 'booking_step').slice(-4).map((m) => m.title)).toEqual(['代办进度：材料已收取', '代办进度：已提交部门', '代办进度：已办结', '代办进度：已取件/已寄回'])
    expect((await act(b.id, 'steps', bookingStepInput({ step: 'returned' }), helper)).body.message).toBe('预约当前为「已办结」，不能登记办理步骤')
  })

  test('helpers of another place cannot see it to act (404); residents are refused by role (403)', async () => {
    const { as, resident, book, act } = await setup()
    const b = await book(resident)
    const stranger = await as('hp-xpl')
    for (const a of ['done', 'steps', 'no-show']) expect((await act(b.id, a, {}, stranger)).status).toBe(404)
    for (const a of ['done', 'steps', 'no-show']) expect((await act(b.id, a, {}, resident)).status).toBe(403)
  })

  test('no-show by a helper only once the slot has ended', async () => {
    const { resident, helper, book, act, at, c } = await setup()
    const b = await book(resident)
    at('2026-11-24', 10, 59)
    expect((await act(b.id, 'no-show', {}, helper)).body.message).toBe('时段结束（11:00）后才能标记爽约')
    at('2026-11-24', 11, 0)
    expect((await c.get(`/bookings/${b.id}`, helper)).body.can).toEqual(['checkin', 'no_show'])
    const r = await act(b.id, 'no-show', {}, helper)
    expect(r.body).toMatchObject({ status: 'no_show', can: [] })
    expect((await act(b.id, 'no-show', {}, helper)).body.message).toBe('预约当前为「爽约」，不能标记爽约')
    expect((await act(b.id, 'no-show', { why: 1 }, helper)).body.fields).toEqual({ why: '不支持的字段：why' })
  })
})
