// 解忧小屋 through the server: guides, stations and their roster, filing, the queue, acceptance,
// transfer, invitations (one-time, expiring, rate-limited) and who may see a case.
import { reportInput } from '../../../test/utils/bodies'
import { PNG_DATA_URL, DAY, HOUR, T0, client, newServer, type Json } from '../../server/__tests__/helpers'
import { caseInput, setup } from './disputes-helpers'

describe('disputes: guides and stations', () => {
  test('a guide per type, in plain Chinese; stations with mediators, phone, hours and 16 weekend days', async () => {
    const { c } = await setup()
    const g = (await c.get('/disputes/guides')).body
    expect(g.map((x: Json) => x.type)).toEqual(['leak', 'noise', 'parking', 'property', 'family', 'wages', 'consumer', 'other'])
    for (const x of g) {
      expect(x.settles.length).toBeGreaterThan(5)
      expect(x.prepare.length).toBeGreaterThan(0)
      expect(x.selfHelp.length).toBeGreaterThan(5)
      expect(x.rule).toMatch(/《.+》/)
    }
    expect(g.find((x: Json) => x.type === 'wages').elsewhere).toMatch(/劳动仲裁/)
    expect(g.find((x: Json) => x.type === 'leak').rule).toMatch('第二百八十八条')
    expect(g.find((x: Json) => x.type === 'other').elsewhere).toMatch('110')
    const s = (await c.get('/disputes/stations')).body
    expect(s.length).toBeGreaterThanOrEqual(4)
    const xpl = s.find((x: Json) => x.id === 'js-xpl')
    expect(xpl).toMatchObject({ name: '西牌楼社区解忧小屋', communityId: 'cm-xpl', communityName: '西牌楼社区', phone: expect.stringMatching(/^0731-/) })
    expect(xpl.mediators).toEqual(['罗*兰', '周*平'])
    // the seed is on Sunday 22 November 2026: that day, then seven full weekends and a Saturday
    expect(xpl.roster.length).toBe(16)
    expect(xpl.roster[0].date).toBe('2026-11-22')
    for (const d of xpl.roster) expect([0, 6]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay())
    expect(xpl.roster.some((d: Json) => d.police && d.lawyer)).toBe(true)
    expect(xpl.roster.some((d: Json) => d.police && !d.lawyer)).toBe(true)
    expect(xpl.roster.some((d: Json) => !d.police && d.lawyer)).toBe(true)
    expect(xpl.roster.some((d: Json) => !d.police && !d.lawyer)).toBe(true)
    expect(xpl.roster.find((d: Json) => d.police).police).toEqual({ kind: 'police', name: '秦卫国', org: '坡子街派出所' })
    expect(JSON.stringify(s)).not.toMatch(/userId|demo-/)
  })

  test('the roster keeps eight weekends ahead of a moved clock, the rota going on; days already there stay as they were', async () => {
    const { server, clock, c, mediating } = await setup()
    const d = await mediating()
    const rosterOf = (id: string) => server.db.disputeStations.find((x) => x.id === id)!.roster
    const seeded = JSON.parse(JSON.stringify(rosterOf('js-xpl')))
    expect(seeded).toHaveLength(16)
    // to Sunday 29 November: the past weekend gone from view, two more days at the end
    clock.set('2026-11-29T01:00:00.000Z')
    const week = (await c.get('/disputes/stations')).body.find((x: Json) => x.id === 'js-xpl').roster
    expect(week.map((x: Json) => x.date)).toEqual(seeded.slice(2).map((x: Json) => x.date).concat(['2027-01-17', '2027-01-23']))
    // past the seeded roster by weeks (its last day is 16 January): Monday 1 March 2027
    clock.set('2027-03-01T01:00:00.000Z')
    const s = (await c.get('/disputes/stations')).body
    for (const st of s) {
      expect(st.roster).toHaveLength(16)
      expect(st.roster[0].date).toBe('2027-03-06')
      expect(st.roster[15].date).toBe('2027-04-25')
      expect(st.roster.some((x: Json) => x.police || x.lawyer)).toBe(true)
    }
    for (const id of ['js-xpl', 'js-tpj']) {
      const all = rosterOf(id)
      // one run of weekend days with no gap, repeating the first round
      for (let i = 1; i < all.length; i++) {
        const gap = (Date.parse(all[i].date) - Date.parse(all[i - 1].date)) / DAY
        expect([1, 6]).toContain(gap)
      }
      for (let i = 16; i < all.length; i++) expect({ police: all[i].police, lawyer: all[i].lawyer }).toEqual({ police: all[i - 16].police, lawyer: all[i - 16].lawyer })
    }
    expect(rosterOf('js-xpl').slice(0, 16)).toEqual(seeded)
    // a session that far ahead takes the officer on duty then
    const onDuty = rosterOf('js-xpl').find((x) => x.date >= '2027-03-06' && x.police)!
    const med = await c.login('demo-mediator')
    // 10:00 China
    const at = `${onDuty.date}T02:00:00.000Z`
    const r = await c.post(`/disputes/${d.id}/sessions`, { at, durationMinutes: 60, room: '西牌楼社区解忧小屋调解室', withPolice: true }, med)
    expect(r.status).toBe(200)
    expect(r.body.sessions[0].police).toEqual({ kind: 'police', name: '秦卫国', org: '坡子街派出所' })
  })

  test('the roster made by one jump of the clock is the one made week by week', async () => {
    const a = newServer()
    const b = newServer()
    const end = Date.parse('2027-06-01T01:00:00.000Z')
    for (let t = Date.parse(T0); t < end; t += 7 * DAY + 5 * HOUR) {
      b.clock.set(new Date(t).toISOString())
      await client(b.server).get('/disputes/stations')
    }
    for (const s of [a, b]) {
      s.clock.set(new Date(end).toISOString())
      await client(s.server).get('/disputes/stations')
    }
    expect(a.server.db.disputeStations[0].roster.length).toBeGreaterThan(16)
    expect(a.server.db.disputeStations).toEqual(b.server.db.disputeStations)
  })

  test('the demo accounts of the police officer and the lawyer are listed with notes', async () => {
    const { c } = await setup()
    const list = (await c.get('/auth/demo-accounts')).body
    expect(list.find((a: Json) => a.id === 'demo-police')).toMatchObject({ roles: ['mediator'], note: expect.stringContaining('民警') })
    expect(list.find((a: Json) => a.id === 'demo-lawyer')).toMatchObject({ roles: ['mediator'], note: expect.stringContaining('律师') })
  })
})

describe('disputes: filing', () => {
  test('a resident files; the applicant sees their own name and phone, the other party masked; the mediators of the station get a 消息', async () => {
    const { c, res, med, file } = await setup()
    const d = await file()
    expect(d).toMatchObject({ status: 'filed', relation: 'applicant', stationName: '西牌楼社区解忧小屋', overdue: false, days: 0, applicant: { name: '王秀英', phone: '13807311234' }, other: { name: '李*国', phone: '139****5678', whereabouts: '楼上 1202' }, invitation: null, mediatorName: '' })
    expect(d.id).toMatch(/^JY20261122\d{4}$/)
    expect(d.gates[0]).toMatchObject({ gate: 'filed', at: expect.any(String) })
    expect(d.gates[1]).toEqual({ gate: 'accepted', at: null, by: '' })
    expect(d.can).toEqual([])
    const m = (await c.get(`/disputes/${d.id}`, med)).body
    expect(m).toMatchObject({ relation: 'mediator', applicant: { name: '王秀英', phone: '13807311234' }, other: { name: '李建国', phone: '13973125678' }, can: ['accept', 'transfer'] })
    const inbox = (await c.get('/inbox', med)).body.items
    expect(inbox[0]).toMatchObject({ title: '新的调解申请', link: `/packages/dispute/case/index?id=${d.id}` })
    expect((await c.get('/disputes', res)).body.items[0]).toMatchObject({ id: d.id, relation: 'applicant' })
  })

  test('bad input is answered at the field in Chinese', async () => {
    const { c, res, med, grid } = await setup()
    const short = await c.post('/disputes', caseInput({ description: '太吵了啊啊' }), res)
    expect(short.status).toBe(400)
    expect(short.body.fields.description).toMatch('10')
    const many = await c.post('/disputes', caseInput({ photos: Array.from({ length: 10 }, (_, i) => `ph_j${'a'.repeat(20)}${i}`) }), res)
    expect([many.status, many.body.fields.photos]).toEqual([400, '最多上传9张照片'])
    const station = await c.post('/disputes', caseInput({ stationId: 'js-nowhere' }), res)
    expect([station.status, station.body.fields.stationId]).toEqual([400, '请选择解忧小屋'])
    const terms = await c.post('/disputes', caseInput({ agreeTerms: false }), res)
    expect(terms.body.fields.agreeTerms).toBe('请阅读并同意人民调解须知')
    const extra = await c.post('/disputes', caseInput({ mediatorId: 'x' }), res)
    expect(extra.status).toBe(400)
    const other = await c.post('/disputes', caseInput({ other: { whereabouts: '' } }), res)
    expect(other.body.fields['other.whereabouts']).toBeTruthy()
    const phone = await c.post('/disputes', caseInput({ other: { phone: '123', whereabouts: '楼上' } }), res)
    expect(phone.body.fields['other.phone']).toBe('请输入11位手机号码')
    expect((await c.post('/disputes', caseInput(), med)).status).toBe(403)
    expect((await c.post('/disputes', caseInput(), grid)).status).toBe(403)
    expect((await c.post('/disputes', caseInput(), null)).status).toBe(401)
  })

  test('a photo must be the applicant\'s own upload', async () => {
    const { c, res, res2 } = await setup()
    const png = PNG_DATA_URL
    const up = await c.post('/photos', { dataUrl: png }, res2)
    expect(up.status).toBe(201)
    const r = await c.post('/disputes', caseInput({ photos: [up.body.id] }), res)
    expect(r.status).toBe(400)
    expect(r.body.fields['photos.0']).toBeTruthy()
    const mine = await c.post('/photos', { dataUrl: png }, res)
    const second = await c.post('/disputes', caseInput({ photos: [mine.body.id, up.body.id] }), res)
    expect([second.status, Object.keys(second.body.fields)]).toEqual([400, ['photos.1']])
    expect((await c.post('/disputes', caseInput({ photos: [mine.body.id] }), res)).status).toBe(201)
  })

  test('five cases a day per resident, then 429', async () => {
    const { c, res } = await setup()
    for (let i = 0; i < 5; i++) expect((await c.post('/disputes', caseInput(), res)).status).toBe(201)
    const r = await c.post('/disputes', caseInput(), res)
    expect(r.status).toBe(429)
  })

  test('from a report its grid worker ended as 民间纠纷: a draft for its reporter; filing links the report, once', async () => {
    const { c, server, res, res2, med, grid } = await setup()
    const r = (await c.post('/reports', reportInput({ category: 'water_leak', description: '楼上卫生间一直往我家天花板渗水，墙皮都泡掉了', location: { address: '西牌楼小区 3栋', communityId: 'cm-xpl', gridId: 'gd-xpl-1' } }), res)).body as Json
    expect(r.id).toBeTruthy()
    const open = await c.get(`/disputes/from-report/${r.id}`, res)
    expect([open.status, open.body.message]).toEqual([409, '这张工单没有按民间纠纷办结，不能转为调解申请'])
    expect((await c.post('/disputes', caseInput({ fromReportId: r.id }), res)).body.fields.fromReportId).toMatch('民间纠纷')
    await c.post(`/reports/${r.id}/take`, {}, grid)
    expect((await c.post(`/reports/${r.id}/civil`, { reason: '楼上防水层老化渗漏，需两户协商维修' }, grid)).status).toBe(200)
    const draft = await c.get(`/disputes/from-report/${r.id}`, res)
    expect(draft.body).toEqual({ reportId: r.id, type: 'leak', description: '楼上卫生间一直往我家天花板渗水，墙皮都泡掉了', photos: [], place: '西牌楼小区 3栋', stationId: 'js-xpl' })
    expect((await c.get(`/disputes/from-report/${r.id}`, res2)).status).toBe(404)
    expect((await c.get('/disputes/from-report/nope', res)).status).toBe(404)
    const theirs = await c.post('/disputes', caseInput({ fromReportId: r.id }), res2)
    expect([theirs.status, theirs.body.fields.fromReportId]).toEqual([400, '来源工单无效'])
    const d = await c.post('/disputes', caseInput({ type: draft.body.type, description: draft.body.description, fromReportId: r.id }), res)
    expect(d.status).toBe(201)
    expect(d.body.fromReport.id).toBe(r.id)
    expect(d.body.fromReport.events.at(-1).text).toMatch('防水层')
    expect((await c.get(`/disputes/${d.body.id}`, med)).body.fromReport.id).toBe(r.id)
    expect((server.db.reports.find((x) => x.id === r.id) as Json).disputeId).toBe(d.body.id)
    expect((await c.get(`/reports/${r.id}`, res)).body.disputeId).toBe(d.body.id)
    expect((await c.post('/disputes', caseInput({ fromReportId: r.id }), res)).status).toBe(409)
    expect((await c.get(`/disputes/from-report/${r.id}`, res)).status).toBe(409)
  })

  test('a report\'s photos come along (the seed\'s built-in pictures too) and the mediator may open them', async () => {
    const { c, server, res, med } = await setup()
    const report = server.db.reports.find((r) => r.reporterId === 'demo-resident' && r.location.communityId === 'cm-xpl' && r.photos.length > 0) as Json
    // as the grid worker's 民间纠纷 leaves it
    report.status = 'civil'
    const draft = await c.get(`/disputes/from-report/${report.id}`, res)
    expect(draft.body.photos).toEqual(report.photos)
    const d = await c.post('/disputes', caseInput({ fromReportId: report.id, photos: draft.body.photos }), res)
    expect(d.status).toBe(201)
    expect(d.body.photos).toEqual(report.photos)
    expect(report.photos[0]).toMatch(/^ph_s/)
    expect((await c.get(`/photos/${report.photos[0]}`, med)).status).toBe(200)
  })
})

describe('disputes: the queue, acceptance and transfer', () => {
  test('the queue: new cases of the station (flagged first), then the mediator\'s own; done lists referred and closed', async () => {
    const { c, med, medTpj, res, file } = await setup()
    const q = (await c.get('/disputes', med, { scope: 'queue' })).body.items
    expect(q.length).toBeGreaterThan(0)
    expect(q[0]).toMatchObject({ status: 'filed', overdue: true, relation: 'mediator' })
    const d = await file()
    expect((await c.post(`/disputes/${d.id}/accept`, {}, med)).body).toMatchObject({ status: 'accepted', mediatorName: '罗桂兰', can: expect.arrayContaining(['invite', 'refer']) })
    const q2 = (await c.get('/disputes', med, { scope: 'queue' })).body.items
    expect(q2[q2.length - 1]).toMatchObject({ id: d.id, status: 'accepted' })
    expect((await c.get('/disputes', medTpj, { scope: 'done' })).body.items[0]).toMatchObject({ status: 'closed' })
    expect((await c.get('/disputes', res, { scope: 'queue' })).status).toBe(403)
    expect((await c.get('/disputes', med, { scope: 'all' })).status).toBe(400)
    const inbox = (await c.get('/inbox', res)).body.items
    expect(inbox[0]).toMatchObject({ title: '调解申请已受理', link: `/packages/dispute/detail/index?id=${d.id}` })
  })

  test('acceptance: once; another station\'s mediator 404; after acceptance the other mediator of the station no longer sees it', async () => {
    const { c, med, med2, medTpj, res, file } = await setup()
    const d = await file()
    expect((await c.get(`/disputes/${d.id}`, med2)).status).toBe(200)
    expect((await c.get(`/disputes/${d.id}`, medTpj)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/accept`, {}, medTpj)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/accept`, {}, res)).status).toBe(403)
    expect((await c.post(`/disputes/${d.id}/accept`, {}, med)).status).toBe(200)
    const again = await c.post(`/disputes/${d.id}/accept`, {}, med)
    expect([again.status, again.body.message]).toEqual([409, expect.stringContaining('已被受理')])
    expect((await c.get(`/disputes/${d.id}`, med2)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/accept`, { x: 1 }, med)).status).toBe(400)
  })

  test('the 2-working-day flag: Friday\'s case is flagged from Wednesday', async () => {
    const { c, clock, med, file } = await setup()
    clock.set(Date.parse('2026-11-27T02:00:00Z')) // Friday 10:00
    const d = await file()
    clock.set(Date.parse('2026-12-01T15:59:00Z')) // Tuesday 23:59
    const m = await c.login('demo-mediator')
    expect((await c.get(`/disputes/${d.id}`, m)).body.overdue).toBe(false)
    clock.set(Date.parse('2026-12-01T16:00:00Z')) // Wednesday 00:00
    const r = (await c.get(`/disputes/${d.id}`, m)).body
    expect(r).toMatchObject({ overdue: true, days: 4 })
    void med
    expect((await c.post(`/disputes/${d.id}/accept`, {}, m)).body.overdue).toBe(false)
  })

  test('transfer: to another station, with a reason; the new station sees it, the old one no more', async () => {
    const { c, med, med2, medTpj, res, file } = await setup()
    const d = await file()
    const bad = await c.post(`/disputes/${d.id}/transfer`, { stationId: 'js-xpl', reason: '不在本社区' }, med)
    expect([bad.status, bad.body.fields.stationId]).toEqual([400, expect.stringContaining('其他')])
    expect((await c.post(`/disputes/${d.id}/transfer`, { stationId: 'js-nope', reason: '不在本社区' }, med)).body.fields.stationId).toBeTruthy()
    expect((await c.post(`/disputes/${d.id}/transfer`, { stationId: 'js-tpj' }, med)).body.fields.reason).toBeTruthy()
    const r = await c.post(`/disputes/${d.id}/transfer`, { stationId: 'js-tpj', reason: '对方住在太平街社区' }, med)
    expect(r.status).toBe(200)
    expect(r.body.stationId).toBe('js-tpj')
    expect(r.body.can).toEqual([])
    expect((await c.get(`/disputes/${d.id}`, med2)).status).toBe(404)
    expect((await c.get(`/disputes/${d.id}`, medTpj)).body.can).toContain('accept')
    expect((await c.get(`/disputes/${d.id}`, res)).body.stationName).toBe('太平街社区解忧小屋')
    await c.post(`/disputes/${d.id}/accept`, {}, medTpj)
    expect((await c.post(`/disputes/${d.id}/transfer`, { stationId: 'js-xpl', reason: '再转回去' }, medTpj)).status).toBe(409)
  })
})

describe('disputes: invitations', () => {
  test('an 8-character code and link, valid 7 days; the other party views it without contact details and agrees once', async () => {
    const { c, res, res2, med, vol, invited } = await setup()
    const d = await invited()
    expect(d.status).toBe('inviting')
    expect(d.invitation.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/)
    expect(d.invitation.link).toBe(`/packages/dispute/invitation/index?code=${d.invitation.code}`)
    expect(Date.parse(d.invitation.expiresAt) - Date.parse(d.createdAt)).toBe(7 * DAY)
    const v = await c.get(`/disputes/invitations/${d.invitation.code}`, res2)
    expect(v.status).toBe(200)
    expect(v.body).toMatchObject({ disputeId: d.id, applicantName: '王*英', open: true, stationName: '西牌楼社区解忧小屋' })
    expect(JSON.stringify(v.body)).not.toMatch(/13807311234|王秀英/)
    // lower case typed works as well
    expect((await c.get(`/disputes/invitations/${d.invitation.code.toLowerCase()}`, res2)).status).toBe(200)
    expect((await c.get(`/disputes/invitations/${d.invitation.code}`, vol)).status).toBe(403)
    // before agreeing, the other party does not see the case
    expect((await c.get(`/disputes/${d.id}`, res2)).status).toBe(404)
    const own = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: true }, res)
    expect([own.status, own.body.message]).toEqual([409, expect.stringContaining('您自己')])
    const ok = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: true }, res2)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ status: 'mediating', relation: 'respondent', respondentAgreed: true, applicant: { name: '王*英', phone: '138****1234' }, invitation: null, mediatorName: '罗*兰' })
    expect(ok.body.gates[2]).toMatchObject({ gate: 'invited', by: '李建国' })
    const again = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: true }, res2)
    expect([again.status, again.body.message]).toEqual([409, '这个邀请码已经使用过了'])
    // the one who used it may look at it again; someone else is told it is used
    expect((await c.get(`/disputes/invitations/${d.invitation.code}`, res2)).body.open).toBe(false)
    expect((await c.get(`/disputes/${d.id}`, res2)).status).toBe(200)
    expect((await c.get('/disputes', res2)).body.items[0]).toMatchObject({ id: d.id, relation: 'respondent' })
    expect((await c.get('/inbox', med)).body.items[0].title).toBe('对方同意调解')
  })

  test('forged, malformed, replaced and expired codes', async () => {
    const { c, clock, res, res2, invited } = await setup()
    const d = await invited()
    const forged = await c.get('/disputes/invitations/ABCDEFGH', res2)
    expect([forged.status, forged.body.message]).toEqual([404, '邀请码不存在，请核对后重新输入'])
    const bad = await c.get('/disputes/invitations/ABC0', res2)
    expect([bad.status, bad.body.fields.code]).toEqual([400, expect.stringContaining('8 位')])
    expect((await c.get('/disputes/invitations/__proto__', res2)).status).toBe(400)
    const again = await c.post(`/disputes/${d.id}/invite`, {}, res)
    expect(again.status).toBe(200)
    expect(again.body.invitation.code).not.toBe(d.invitation.code)
    expect((await c.get(`/disputes/invitations/${d.invitation.code}`, res2)).status).toBe(404)
    clock.advance(7 * DAY - 60000)
    expect((await c.get(`/disputes/invitations/${again.body.invitation.code}`, res2)).body.open).toBe(true)
    clock.advance(60000)
    const li = await c.login('demo-resident-2')
    const late = await c.get(`/disputes/invitations/${again.body.invitation.code}`, li)
    expect([late.status, late.body.message]).toEqual([409, expect.stringContaining('已过期')])
    expect((await c.post(`/disputes/invitations/${again.body.invitation.code}/answer`, { agree: true }, li)).status).toBe(409)
  })

  test('lookups are limited per user, found or not: 20 an hour', async () => {
    const { c, res2, invited } = await setup()
    const d = await invited()
    for (let i = 0; i < 20; i++) expect((await c.get(`/disputes/invitations/ZZZZZZ${'23456789ABCDEFGHJKMN'[i]}2`, res2)).status).toBe(404)
    const r = await c.get(`/disputes/invitations/${d.invitation.code}`, res2)
    expect(r.status).toBe(429)
    expect(r.body.retryAfterSeconds).toBeGreaterThan(0)
  })

  test('declining ends the case as referred with a referral fitting the type; the decliner does not see the case', async () => {
    const { c, res, res2, invited } = await setup()
    const d = await invited({ type: 'wages', description: '帮邻居装修干了二十天活，说好的工钱一直拖着不给。' })
    // a reason is the decliner's to give or not (mediation is voluntary); it is bounded
    const long = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: false, reason: '长'.repeat(201) }, res2)
    expect(long.status).toBe(400)
    expect(long.body.fields).toHaveProperty('reason')
    const r = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: false, reason: '我不认识这个人' }, res2)
    expect(r.status).toBe(200)
    // the answer is the case as it ends, this once: masked, with where to turn, nothing more
    expect(r.body).toMatchObject({ status: 'referred', relation: 'respondent', applicant: { name: '王*英', phone: '138****1234' }, sessions: [], invitation: null, can: [], referral: { to: 'labour' } })
    expect((await c.get(`/disputes/${d.id}`, res2)).status).toBe(404)
    expect((await c.get('/disputes', res2)).body.items).toEqual([])
    const mine = (await c.get(`/disputes/${d.id}`, res)).body
    expect(mine).toMatchObject({ status: 'referred', respondentAgreed: false, respondentReason: '我不认识这个人', referral: { to: 'labour' }, can: ['rate'] })
    expect(mine.gates.find((g: Json) => g.gate === 'outcome').at).toBeTruthy()
  })

  test('only its applicant or mediator invites, once accepted', async () => {
    const { c, res, res2, med, file } = await setup()
    const d = await file()
    expect((await c.post(`/disputes/${d.id}/invite`, {}, res)).status).toBe(409)
    expect((await c.post(`/disputes/${d.id}/invite`, {}, res2)).status).toBe(404)
    await c.post(`/disputes/${d.id}/accept`, {}, med)
    expect((await c.post(`/disputes/${d.id}/invite`, {}, res)).body.status).toBe('inviting')
  })
})

