// 解忧小屋 after the other party agreed: sessions with the weekend roster, minutes and private
// notes, the agreement (versions, change requests, confirmation, sealing, immutability), referral,
// follow-up, closing, rating, and what time does by itself (reminders, the judicial deadline).
import { DAY, HOUR, type Json } from '../../server/__tests__/helpers'
import { agreementInput, setup } from './disputes-helpers'

const SAT = '2026-11-28T02:00:00.000Z' // Saturday 10:00 China: 民警 on duty, no 律师
const SUN = '2026-11-29T02:00:00.000Z' // Sunday: 律师 only
const BOTH = '2026-12-05T02:00:00.000Z' // both
const NOBODY = '2026-12-19T02:00:00.000Z' // neither
const WEEKDAY = '2026-11-25T11:00:00.000Z'

const session = (at: string, over: Record<string, unknown> = {}) => ({ at, durationMinutes: 60, room: '西牌楼社区解忧小屋调解室', ...over })

describe('disputes: sessions', () => {
  test('a weekend session takes the roster\'s people; nobody on duty → 409 at the field; a weekday with police → 409', async () => {
    const { c, res, res2, med, police, lawyer, mediating } = await setup()
    const d = await mediating()
    expect(d.can).toEqual([])
    expect((await c.get(`/disputes/${d.id}`, med)).body.can).toEqual(expect.arrayContaining(['schedule', 'draft', 'refer']))
    const noLawyer = await c.post(`/disputes/${d.id}/sessions`, session(SAT, { withPolice: true, withLawyer: true }), med)
    expect(noLawyer.status).toBe(409)
    expect(noLawyer.body.fields).toEqual({ withLawyer: '这一天没有律师值班，请换一天或不请律师' })
    const noPolice = await c.post(`/disputes/${d.id}/sessions`, session(SUN, { withPolice: true }), med)
    expect([noPolice.status, noPolice.body.fields]).toEqual([409, { withPolice: '这一天没有民警值班，请换一天或不请民警' }])
    const nobody = await c.post(`/disputes/${d.id}/sessions`, session(NOBODY, { withPolice: true, withLawyer: true }), med)
    expect([nobody.status, Object.keys(nobody.body.fields).sort()]).toEqual([409, ['withLawyer', 'withPolice']])
    const weekday = await c.post(`/disputes/${d.id}/sessions`, session(WEEKDAY, { withPolice: true }), med)
    expect([weekday.status, weekday.body.fields.withPolice]).toEqual([409, expect.stringContaining('周末')])
    const past = await c.post(`/disputes/${d.id}/sessions`, session('2026-11-21T02:00:00.000Z'), med)
    expect([past.status, past.body.fields.at]).toEqual([400, '调解时间应晚于现在'])
    expect((await c.post(`/disputes/${d.id}/sessions`, session(SAT, { durationMinutes: 10 }), med)).body.fields.durationMinutes).toBe('至少 30 分钟')
    expect((await c.post(`/disputes/${d.id}/sessions`, session('tomorrow'), med)).body.fields.at).toBe('请选择调解时间')
    expect((await c.post(`/disputes/${d.id}/sessions`, session(SAT), res)).status).toBe(403)
    const ok = await c.post(`/disputes/${d.id}/sessions`, session(SAT, { withPolice: true }), med)
    expect(ok.status).toBe(200)
    expect(ok.body.sessions[0]).toMatchObject({ at: SAT, police: { kind: 'police', name: '秦卫国', org: '坡子街派出所' }, lawyer: null, minutes: '', recordedAt: null, privateNote: '' })
    const both = await c.post(`/disputes/${d.id}/sessions`, session(BOTH, { withPolice: true, withLawyer: true }), med)
    expect(both.body.sessions[1].lawyer).toMatchObject({ name: '苏婉清' })
    for (const t of [res, res2]) {
      const m = (await c.get('/inbox', t)).body.items.filter((x: Json) => x.title === '调解时间已安排')
      expect(m.map((x: Json) => x.body)).toEqual([
        '12-05 10:00 在西牌楼社区解忧小屋调解室调解，参加人员：调解员、坡子街派出所民警秦卫国、湖南湘江律师事务所律师苏婉清',
        '11-28 10:00 在西牌楼社区解忧小屋调解室调解，参加人员：调解员、坡子街派出所民警秦卫国',
      ])
    }
    // the police officer and the lawyer see their sessions, never the case
    const pd = (await c.get('/disputes/duty', police)).body
    expect(pd.map((x: Json) => [x.as, x.session.at])).toEqual([['police', SAT], ['police', BOTH]])
    expect(pd[0]).toMatchObject({ disputeId: d.id, type: 'noise', stationName: '西牌楼社区解忧小屋' })
    expect(pd[0].session).not.toHaveProperty('privateNote')
    expect(JSON.stringify(pd)).not.toMatch(/王秀英|李建国|13807311234|13973125678|description/)
    expect((await c.get('/disputes/duty', lawyer)).body.map((x: Json) => x.as)).toEqual(['lawyer'])
    expect((await c.get(`/disputes/${d.id}`, police)).status).toBe(404)
    expect((await c.get(`/disputes/${d.id}`, lawyer)).status).toBe(404)
    expect((await c.get('/disputes/duty', res)).body).toEqual([])
  })

  test('a reminder the day before, once, through tick; minutes after the start; the private note stays with the mediator', async () => {
    const { c, clock, res, res2, med, mediating } = await setup()
    const d = await mediating()
    await c.post(`/disputes/${d.id}/sessions`, session(SAT, { withPolice: true }), med)
    const early = await c.post(`/disputes/${d.id}/sessions/${(await c.get(`/disputes/${d.id}`, med)).body.sessions[0].id}/record`, { minutes: '双方到场', privateNote: '' }, med)
    expect([early.status, early.body.message]).toEqual([409, '调解开始后才能填写记录'])
    clock.set(Date.parse(SAT) - DAY - HOUR)
    const [r1, r2, m1] = await Promise.all(['demo-resident', 'demo-resident-2', 'demo-mediator'].map((id) => c.login(id)))
    expect((await c.get('/inbox', r1)).body.items.filter((x: Json) => x.title === '明天调解提醒')).toHaveLength(0)
    clock.set(Date.parse(SAT) - DAY + HOUR)
    for (const t of [r1, r2]) {
      const list = (await c.get('/inbox', t)).body.items.filter((x: Json) => x.title === '明天调解提醒')
      expect(list).toHaveLength(1)
      expect(list[0].at).toBe(new Date(Date.parse(SAT) - DAY).toISOString())
    }
    clock.set(Date.parse(SAT) + 2 * HOUR)
    expect((await c.get('/inbox', r1)).body.items.filter((x: Json) => x.title === '明天调解提醒')).toHaveLength(1)
    const sid = d.id && (await c.get(`/disputes/${d.id}`, m1)).body.sessions[0].id
    const rec = await c.post(`/disputes/${d.id}/sessions/${sid}/record`, { minutes: '双方到场，楼上同意晚上十点后保持安静。', privateNote: '楼上情绪激动，下次请民警在场' }, m1)
    expect(rec.status).toBe(200)
    expect(rec.body.sessions[0]).toMatchObject({ minutes: '双方到场，楼上同意晚上十点后保持安静。', privateNote: '楼上情绪激动，下次请民警在场', recordedAt: expect.any(String) })
    expect(rec.body.gates.find((g: Json) => g.gate === 'mediating').at).toBeTruthy()
    for (const t of [r1, r2]) {
      const v = await c.get(`/disputes/${d.id}`, t)
      expect(v.body.sessions[0].minutes).toMatch('保持安静')
      expect(v.body.sessions[0]).not.toHaveProperty('privateNote')
      expect(JSON.stringify(v.body)).not.toMatch('情绪激动')
      expect(JSON.stringify((await c.get('/inbox', t)).body)).not.toMatch('情绪激动')
    }
    expect((await c.post(`/disputes/${d.id}/sessions/ms-999/record`, { minutes: '双方到场' }, m1)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/sessions/${sid}/record`, { minutes: '双方到场' }, r1)).status).toBe(403)
    void res
    void res2
    void med
  })

  test('no session before the other party agreed', async () => {
    const { c, med, invited } = await setup()
    const d = await invited()
    const r = await c.post(`/disputes/${d.id}/sessions`, session(SAT), med)
    expect([r.status, r.body.message]).toEqual([409, expect.stringContaining('对方同意调解后')])
  })
})

describe('disputes: the agreement', () => {
  test('drafted, changed on request (a new version needed), confirmed by both → sealed, numbered, immutable', async () => {
    const { c, res, res2, med, mediating } = await setup()
    const d = await mediating()
    const early = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    expect([early.status, early.body.message]).toEqual([409, '调解员还没有起草协议'])
    const bad = await c.post(`/disputes/${d.id}/agreement`, agreementInput({ facts: '太短', obligations: [] }), med)
    expect(bad.status).toBe(400)
    expect(bad.body.fields.facts).toBeTruthy()
    expect(bad.body.fields.obligations).toBe('请至少写一项履行内容')
    const past = await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: [{ party: 'respondent', what: '道歉', amount: null, dueDate: '2026-11-01', how: '当面' }] }), med)
    expect(past.body.fields['obligations.0.dueDate']).toBe('履行期限不能早于今天')
    const noDay = await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: [{ party: 'respondent', what: '道歉', amount: null, dueDate: '2027-02-31', how: '当面' }] }), med)
    expect(noDay.body.fields['obligations.0.dueDate']).toBe('请选择履行期限')
    const eleven = await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: Array.from({ length: 11 }, () => agreementInput().obligations[0]) }), med)
    expect(eleven.body.fields.obligations).toBe('最多 10 项履行内容')
    expect((await c.post(`/disputes/${d.id}/agreement`, agreementInput(), res)).status).toBe(403)
    const v1 = await c.post(`/disputes/${d.id}/agreement`, agreementInput(), med)
    expect(v1.body.agreement).toMatchObject({ no: null, version: 1, sealedAt: null, confirmedAt: { applicant: null, respondent: null } })
    expect(v1.body.agreement.obligations[1]).toMatchObject({ amount: 300, done: null, reports: [] })
    expect((await c.get(`/disputes/${d.id}`, res)).body.can).toEqual(['confirm', 'change'])
    expect((await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)).body.agreement.confirmedAt.applicant).toBeTruthy()
    const twice = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    expect([twice.status, twice.body.message]).toEqual([409, '您已确认过第 1 版协议，请等待对方确认'])
    expect((await c.post(`/disputes/${d.id}/agreement/change`, { reason: '太短' }, res2)).body.fields.reason).toBeTruthy()
    const ch = await c.post(`/disputes/${d.id}/agreement/change`, { reason: '赔偿金额希望改为两百元' }, res2)
    expect(ch.body.agreement.changes).toEqual([{ by: 'respondent', reason: '赔偿金额希望改为两百元', at: expect.any(String), version: 1 }])
    expect(ch.body.agreement.confirmedAt).toEqual({ applicant: null, respondent: null })
    expect((await c.get('/inbox', med)).body.items[0].title).toBe('协议修改意见')
    // the questioned version cannot be sealed: neither party may confirm it until it is revised
    for (const party of [res, res2]) {
      const stale = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, party)
      expect([stale.status, stale.body.message]).toEqual([409, '第 1 版协议有修改意见，请等调解员重新起草后再确认'])
    }
    expect((await c.get(`/disputes/${d.id}`, res)).body.can).toEqual([])
    const v2 = await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: [{ party: 'respondent', what: '赔偿楼下买隔音窗帘的费用', amount: 200, dueDate: '2026-12-10', how: '微信转账' }] }), med)
    expect(v2.body.agreement).toMatchObject({ version: 2, changes: [{ version: 1 }] })
    expect((await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)).body.status).toBe('mediating')
    const sealed = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    expect(sealed.body).toMatchObject({ status: 'fulfilling', agreement: { no: 'XY20260002', version: 2, sealedAt: expect.any(String) } })
    expect(Date.parse(sealed.body.agreement.judicialDeadline) - Date.parse(sealed.body.agreement.sealedAt)).toBe(30 * DAY)
    expect(sealed.body.gates.find((g: Json) => g.gate === 'outcome')).toMatchObject({ at: expect.any(String), by: '王秀英' })
    const after = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)
    expect(after.status).toBe(409)
    expect(after.body.message).toMatch('已经双方确认生效')
    const edit = await c.post(`/disputes/${d.id}/agreement`, agreementInput(), med)
    expect([edit.status, edit.body.message]).toEqual([409, '协议已经双方确认生效，不能再修改'])
    expect((await c.post(`/disputes/${d.id}/agreement/change`, { reason: '还想再改一下金额' }, res)).status).toBe(409)
    expect((await c.post(`/disputes/${d.id}/refer`, { to: 'court', note: '改去法院' }, med)).status).toBe(409)
    expect((await c.get(`/disputes/${d.id}`, res)).body.agreement.obligations[0].amount).toBe(200)
    for (const t of [res, res2]) expect((await c.get('/inbox', t)).body.items[0]).toMatchObject({ title: '调解协议已生效', body: expect.stringContaining('XY20260002') })
  })

  test('the judicial reminder 7 days before the deadline, once; days count from filing', async () => {
    const { c, clock, res, res2, med, mediating } = await setup()
    const d = await mediating()
    await c.post(`/disputes/${d.id}/agreement`, agreementInput(), med)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    const s = (await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)).body
    const deadline = Date.parse(s.agreement.judicialDeadline)
    clock.set(deadline - 7 * DAY - 60000)
    let r1 = await c.login('demo-resident')
    expect((await c.get('/inbox', r1)).body.items.filter((x: Json) => x.title === '司法确认期限提醒')).toHaveLength(0)
    clock.set(deadline - 5 * DAY)
    r1 = await c.login('demo-resident')
    const r2 = await c.login('demo-resident-2')
    for (const t of [r1, r2]) {
      const list = (await c.get('/inbox', t)).body.items.filter((x: Json) => x.title === '司法确认期限提醒')
      expect(list).toHaveLength(1)
      expect(list[0].at).toBe(new Date(deadline - 7 * DAY).toISOString())
    }
    expect((await c.get(`/disputes/${d.id}`, r1)).body.days).toBe(25)
    void med
  })
})

describe('disputes: referral, follow-up, closing, rating', () => {
  test('refer without an agreement: the parties are told; the applicant rates once', async () => {
    const { c, res, res2, med, mediating } = await setup()
    const d = await mediating()
    expect((await c.post(`/disputes/${d.id}/refer`, { to: 'x', note: '调解不成' }, med)).body.fields.to).toBe('请选择转介去处')
    expect((await c.post(`/disputes/${d.id}/refer`, { to: 'court', note: '调解不成' }, res)).status).toBe(403)
    const r = await c.post(`/disputes/${d.id}/refer`, { to: 'court', note: '双方分歧较大，建议诉讼' }, med)
    expect(r.body).toMatchObject({ status: 'referred', referral: { to: 'court', note: '双方分歧较大，建议诉讼' }, can: [] })
    expect((await c.get('/inbox', res2)).body.items[0].title).toBe('案件已转介')
    expect((await c.post(`/disputes/${d.id}/refer`, { to: 'court', note: '再转一次' }, med)).status).toBe(409)
    expect((await c.post(`/disputes/${d.id}/rate`, { rating: 'satisfied' }, res2)).status).toBe(403)
    expect((await c.post(`/disputes/${d.id}/rate`, { rating: 'unsatisfied' }, res)).body.fields.comment).toBe('请说明不满意的原因')
    const rated = await c.post(`/disputes/${d.id}/rate`, { rating: 'basically', comment: '' }, res)
    expect(rated.body).toMatchObject({ rating: { rating: 'basically' }, can: [] })
    expect((await c.post(`/disputes/${d.id}/rate`, { rating: 'satisfied' }, res)).status).toBe(409)
    expect((await c.get('/disputes', med, { scope: 'done' })).body.items[0].id).toBe(d.id)
  })

  test('follow-up: a party reports, the mediator records; close once all are carried out; rate only when closed', async () => {
    const { c, res, res2, med, mediating } = await setup()
    const d = await mediating()
    expect((await c.post(`/disputes/${d.id}/rate`, { rating: 'satisfied' }, res)).status).toBe(409)
    await c.post(`/disputes/${d.id}/agreement`, agreementInput(), med)
    expect((await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: true }, med)).status).toBe(409)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)
    const rep = await c.post(`/disputes/${d.id}/obligations/1/fulfil`, { done: true, note: '已转账 300 元' }, res2)
    expect(rep.body.agreement.obligations[1]).toMatchObject({ done: null, reports: [{ by: 'respondent', done: true, note: '已转账 300 元' }] })
    expect((await c.get('/inbox', med)).body.items[0].title).toBe('履行情况反馈')
    expect((await c.post(`/disputes/${d.id}/obligations/5/fulfil`, { done: true }, med)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/obligations/x/fulfil`, { done: true }, med)).status).toBe(404)
    expect((await c.post(`/disputes/${d.id}/obligations/0/fulfil`, {}, med)).body.fields.done).toBe('请选择是否已履行')
    expect((await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: true, note: '回访确认' }, med)).body.can).not.toContain('close')
    const notYet = await c.post(`/disputes/${d.id}/close`, { note: '结案' }, med)
    expect([notYet.status, notYet.body.message]).toEqual([409, expect.stringContaining('还有履行事项未完成')])
    const all = await c.post(`/disputes/${d.id}/obligations/1/fulfil`, { done: true, note: '申请人确认收到' }, med)
    expect(all.body.can).toContain('close')
    expect(all.body.gates.find((g: Json) => g.gate === 'followup').at).toBeTruthy()
    expect((await c.post(`/disputes/${d.id}/close`, { note: '结案' }, res)).status).toBe(403)
    const closed = await c.post(`/disputes/${d.id}/close`, { note: '协议全部履行' }, med)
    expect(closed.body).toMatchObject({ status: 'closed' })
    expect(closed.body.gates.every((g: Json) => !!g.at)).toBe(true)
    expect((await c.post(`/disputes/${d.id}/close`, { note: '协议全部履行' }, med)).status).toBe(409)
    expect((await c.get(`/disputes/${d.id}`, res)).body.can).toEqual(['rate'])
    expect((await c.post(`/disputes/${d.id}/rate`, { rating: 'satisfied', comment: '很满意' }, res)).status).toBe(200)
  })

  test('close after the final visit when an obligation was not carried out and its time is up', async () => {
    const { c, clock, res, res2, med, mediating } = await setup()
    const d = await mediating()
    await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: [agreementInput().obligations[0]] }), med)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)
    await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: false, note: '回访：仍有噪音' }, med)
    expect((await c.post(`/disputes/${d.id}/close`, { note: '最终回访未履行' }, med)).status).toBe(409)
    clock.set(Date.parse('2026-12-01T02:00:00Z'))
    const m = await c.login('demo-mediator')
    // the visit before the due date says nothing of whether it was carried out in time
    expect((await c.post(`/disputes/${d.id}/close`, { note: '最终回访仍未履行' }, m)).status).toBe(409)
    await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: false, note: '到期后回访：仍未履行' }, m)
    const r = await c.post(`/disputes/${d.id}/close`, { note: '最终回访仍未履行，告知可申请司法确认' }, m)
    expect(r.body.status).toBe('closed')
  })

  test('a party reports an obligation once until the mediator visits it', async () => {
    const { c, res, res2, med, mediating } = await setup()
    const d = await mediating()
    await c.post(`/disputes/${d.id}/agreement`, agreementInput({ obligations: [agreementInput().obligations[0]] }), med)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res)
    await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res2)
    expect((await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: true, note: '' }, res)).status).toBe(200)
    const again = await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: false, note: '' }, res)
    expect(again.status).toBe(409)
    expect((await c.get(`/disputes/${d.id}`, res)).body.can).not.toContain('fulfil')
    await c.post(`/disputes/${d.id}/obligations/0/fulfil`, { done: false, note: '回访：还没修' }, med)
    expect((await c.get(`/disputes/${d.id}`, res)).body.can).toContain('fulfil')
  })
})

describe('disputes: idempotent writes', () => {
  test('a replayed confirm answers the first answer; a replayed filing files once', async () => {
    const { c, server, res, res2, med, mediating } = await setup()
    const d = await mediating()
    await c.post(`/disputes/${d.id}/agreement`, agreementInput(), med)
    const a = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res, 'k-confirm')
    const b = await c.post(`/disputes/${d.id}/agreement/confirm`, {}, res, 'k-confirm')
    expect([a.status, b.status]).toEqual([200, 200])
    const n = server.db.disputes.length
    const body = { type: 'other', description: '邻居在楼道堆放杂物，影响通行和消防。', wants: '希望清理楼道', other: { whereabouts: '对门 301' }, stationId: 'js-xpl', agreeTerms: true }
    const f1 = await c.post('/disputes', body, res2, 'k-file')
    const f2 = await c.post('/disputes', body, res2, 'k-file')
    expect(f2.body.id).toBe(f1.body.id)
    expect(server.db.disputes.length).toBe(n + 1)
  })
})

describe('disputes: every step in every state', () => {
  type W = Awaited<ReturnType<typeof setup>>
  const STATES: Record<string, (w: W) => Promise<string>> = {
    filed: async (w) => (await w.file()).id,
    accepted: async (w) => {
      const d = await w.file()
      await w.c.post(`/disputes/${d.id}/accept`, {}, w.med)
      return d.id
    },
    inviting: async (w) => (await w.invited()).id,
    mediating: async (w) => (await w.mediating()).id,
    drafted: async (w) => {
      const d = await w.mediating()
      await w.c.post(`/disputes/${d.id}/agreement`, agreementInput(), w.med)
      return d.id
    },
    fulfilling: async (w) => {
      const d = await w.mediating()
      await w.c.post(`/disputes/${d.id}/agreement`, agreementInput(), w.med)
      await w.c.post(`/disputes/${d.id}/agreement/confirm`, {}, w.res)
      await w.c.post(`/disputes/${d.id}/agreement/confirm`, {}, w.res2)
      return d.id
    },
    referred: async (w) => {
      const d = await w.mediating()
      await w.c.post(`/disputes/${d.id}/refer`, { to: 'court', note: '调解不成' }, w.med)
      return d.id
    },
    closed: async (w) => {
      const id = await STATES.fulfilling(w)
      await w.c.post(`/disputes/${id}/obligations/0/fulfil`, { done: true }, w.med)
      await w.c.post(`/disputes/${id}/obligations/1/fulfil`, { done: true }, w.med)
      await w.c.post(`/disputes/${id}/close`, { note: '全部履行' }, w.med)
      return id
    },
  }
  const ACTIONS: [string, 'med' | 'res', (id: string) => string, unknown][] = [
    ['accept', 'med', (id) => `/disputes/${id}/accept`, {}],
    ['transfer', 'med', (id) => `/disputes/${id}/transfer`, { stationId: 'js-tpj', reason: '对方在太平街' }],
    ['invite', 'med', (id) => `/disputes/${id}/invite`, {}],
    ['invite', 'res', (id) => `/disputes/${id}/invite`, {}],
    ['schedule', 'med', (id) => `/disputes/${id}/sessions`, session(SAT)],
    ['draft', 'med', (id) => `/disputes/${id}/agreement`, agreementInput()],
    ['confirm', 'res', (id) => `/disputes/${id}/agreement/confirm`, {}],
    ['change', 'res', (id) => `/disputes/${id}/agreement/change`, { reason: '金额需要再商量一下' }],
    ['refer', 'med', (id) => `/disputes/${id}/refer`, { to: 'legal_aid', note: '调解不成' }],
    ['fulfil', 'med', (id) => `/disputes/${id}/obligations/0/fulfil`, { done: true }],
    ['fulfil', 'res', (id) => `/disputes/${id}/obligations/0/fulfil`, { done: true }],
    ['close', 'med', (id) => `/disputes/${id}/close`, { note: '结案' }],
    ['rate', 'res', (id) => `/disputes/${id}/rate`, { rating: 'satisfied' }],
  ]
  for (const state of Object.keys(STATES)) {
    test(`${state}: a step succeeds exactly when \`can\` offers it, and is refused with 409 otherwise`, async () => {
      for (const [action, who, path, body] of ACTIONS) {
        const w = await setup()
        const id = await STATES[state](w)
        const tok = who === 'med' ? w.med : w.res
        const can = (await w.c.get(`/disputes/${id}`, tok)).body.can as string[]
        const r = await w.c.post(path(id), body, tok)
        const ok = can.indexOf(action) >= 0
        expect([state, action, who, r.status]).toEqual([state, action, who, ok ? 200 : 409])
        if (!ok) expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    })
  }
})
