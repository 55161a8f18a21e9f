// 解忧小屋 confidentiality: every dispute route × every kind of caller × their own case or
// another's. Whoever may not see a case gets exactly what a missing case gets (or the role's
// 403, the same for a missing case), and no party's answer ever carries a private note.
import { PNG_DATA_URL, client, type Json } from '../../server/__tests__/helpers'
import { agreementInput, setup } from './disputes-helpers'

const SAT = '2026-11-28T02:00:00.000Z'
const NOTE = '内部备注：申请人曾多次与对方争吵'

/** A case at every interesting point: agreed, a weekend session with the police, recorded with a private note, a draft agreement. */
async function world() {
  const w = await setup()
  const { c, clock, med, mediating } = w
  const d = await mediating()
  const s = await c.post(`/disputes/${d.id}/sessions`, { at: SAT, room: '调解室', withPolice: true }, med)
  expect(s.status).toBe(200)
  const sid = s.body.sessions[0].id
  clock.set(Date.parse(SAT) + 3600e3)
  const fresh = client(w.server)
  const ids = ['demo-resident', 'demo-resident-2', 'demo-mediator', 'med-xpl-2', 'med-tpj', 'demo-police', 'demo-lawyer', 'demo-grid-worker', 'demo-volunteer', 'res-zgf'] as const
  const t = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await fresh.login(id)]))) as Record<(typeof ids)[number], string>
  const rec = await fresh.post(`/disputes/${d.id}/sessions/${sid}/record`, { minutes: '双方到场，说明了情况。', privateNote: NOTE }, t['demo-mediator'])
  expect(rec.status).toBe(200)
  expect((await fresh.post(`/disputes/${d.id}/agreement`, agreementInput(), t['demo-mediator'])).status).toBe(200)
  return { ...w, c: fresh, t, id: d.id as string, sid: sid as string, code: (w.server.db.disputes.find((x) => x.id === d.id) as Json).invitation.code as string }
}

/** Every route that names a case, with a body it would accept from the right caller. */
const caseRoutes = (id: string, sid: string): [string, string, unknown][] => [
  ['GET', `/disputes/${id}`, undefined],
  ['POST', `/disputes/${id}/accept`, {}],
  ['POST', `/disputes/${id}/transfer`, { stationId: 'js-tpj', reason: '对方在太平街' }],
  ['POST', `/disputes/${id}/invite`, {}],
  ['POST', `/disputes/${id}/sessions`, { at: '2026-12-05T02:00:00.000Z', room: '调解室' }],
  ['POST', `/disputes/${id}/sessions/${sid}/record`, { minutes: '再次记录' }],
  ['POST', `/disputes/${id}/agreement`, agreementInput()],
  ['POST', `/disputes/${id}/agreement/confirm`, {}],
  ['POST', `/disputes/${id}/agreement/change`, { reason: '金额需要再商量一下' }],
  ['POST', `/disputes/${id}/refer`, { to: 'court', note: '去法院' }],
  ['POST', `/disputes/${id}/obligations/0/fulfil`, { done: true }],
  ['POST', `/disputes/${id}/close`, { note: '结案' }],
  ['POST', `/disputes/${id}/rate`, { rating: 'satisfied' }],
]

describe('disputes: who may see what', () => {
  test('outsiders get for a real case exactly what they get for a missing one, on every route', async () => {
    const { c, t, id, sid } = await world()
    const outsiders = ['med-xpl-2', 'med-tpj', 'demo-police', 'demo-lawyer', 'demo-grid-worker', 'demo-volunteer', 'res-zgf'] as const
    const real = caseRoutes(id, sid)
    const missing = caseRoutes('JY202611229999', sid)
    for (const who of outsiders) {
      for (let i = 0; i < real.length; i++) {
        const [method, path, body] = real[i]
        const a = method === 'GET' ? await c.get(path, t[who]) : await c.post(path, body, t[who])
        const b = method === 'GET' ? await c.get(missing[i][1], t[who]) : await c.post(missing[i][1], missing[i][2], t[who])
        expect([who, path, a.status]).toEqual([who, path, b.status])
        expect(a.body).toEqual(b.body)
        expect([403, 404]).toContain(a.status)
      }
    }
    // signed out: 401 everywhere
    for (const [method, path, body] of real) expect((method === 'GET' ? await c.get(path) : await c.post(path, body)).status).toBe(401)
  })

  test('the parties see the case, masked, never a private note; the mediator sees all of it', async () => {
    const { c, t, id, code } = await world()
    const app = (await c.get(`/disputes/${id}`, t['demo-resident'])).body
    const resp = (await c.get(`/disputes/${id}`, t['demo-resident-2'])).body
    const med = (await c.get(`/disputes/${id}`, t['demo-mediator'])).body
    expect(app).toMatchObject({ relation: 'applicant', applicant: { name: '王秀英', phone: '13807311234' }, other: { name: '李*国', phone: '139****5678' }, mediatorName: '罗*兰', invitation: { code } })
    expect(resp).toMatchObject({ relation: 'respondent', applicant: { name: '王*英', phone: '138****1234' }, other: { name: '李*国', phone: '139****5678' }, invitation: null, fromReport: null })
    expect(med).toMatchObject({ relation: 'mediator', applicant: { name: '王秀英', phone: '13807311234' }, other: { name: '李建国', phone: '13973125678' }, mediatorName: '罗桂兰' })
    expect(med.sessions[0].privateNote).toBe(NOTE)
    // every answer a party can get: the case, the lists, their messages, the duty list, the invitation
    for (const who of ['demo-resident', 'demo-resident-2'] as const) {
      const answers = [
        await c.get(`/disputes/${id}`, t[who]),
        await c.get('/disputes', t[who]),
        await c.get('/inbox', t[who], { limit: '50' }),
        await c.get('/disputes/duty', t[who]),
        await c.post(`/disputes/${id}/agreement/change`, { reason: '请把期限改晚一点' }, t[who]),
      ]
      for (const r of answers) {
        expect(r.status).toBe(200)
        expect(JSON.stringify(r.body)).not.toMatch('内部备注')
        expect(JSON.stringify(r.body)).not.toMatch('privateNote')
      }
    }
    const police = (await c.get('/disputes/duty', t['demo-police'])).body
    expect(police).toHaveLength(1)
    expect(police[0].session.minutes).toBe('双方到场，说明了情况。')
    expect(JSON.stringify(police)).not.toMatch(/内部备注|privateNote|王秀英|李建国|1380731|1397312/)
    expect((await c.get('/disputes/duty', t['demo-lawyer'])).body).toEqual([])
  })

  test('the seeded case of others: not in the demo mediator\'s queue or reach; its private note reaches neither party', async () => {
    const { c, server, t } = await world()
    const running = server.db.disputes.find((d) => d.status === 'mediating' && d.applicantId === 'res-zgf') as Json
    expect(running.sessions[0].privateNote).toBeTruthy()
    expect((await c.get(`/disputes/${running.id}`, t['demo-mediator'])).status).toBe(404)
    const q = (await c.get('/disputes', t['demo-mediator'], { scope: 'queue' })).body.items
    expect(q.map((x: Json) => x.id)).not.toContain(running.id)
    const theirs = await c.get(`/disputes/${running.id}`, t['med-xpl-2'])
    expect(theirs.body.sessions[0].privateNote).toBe(running.sessions[0].privateNote)
    const own = await c.get(`/disputes/${running.id}`, t['res-zgf'])
    expect(own.status).toBe(200)
    expect(JSON.stringify(own.body)).not.toMatch(running.sessions[0].privateNote)
    expect(JSON.stringify((await c.get('/inbox', t['res-zgf'], { limit: '50' })).body)).not.toMatch(running.sessions[0].privateNote)
  })

  test('photos of a case: the applicant, the mediator, and the other party only once they agreed', async () => {
    const w = await setup()
    const { c, res, res2, med, med2, medTpj, zgf } = w
    const png = PNG_DATA_URL
    const up = (await c.post('/photos', { dataUrl: png }, res)).body.id
    const d = (await c.post('/disputes', { type: 'leak', description: '楼上漏水把我家天花板泡坏了。', wants: '修好并赔偿', other: { whereabouts: '楼上' }, stationId: 'js-xpl', agreeTerms: true, photos: [up] }, res)).body
    expect(d.photos).toEqual([up])
    const see = async (tok: string) => (await c.get(`/photos/${up}`, tok)).status
    expect(await see(res)).toBe(200)
    expect(await see(med)).toBe(200)
    expect(await see(med2)).toBe(200)
    expect(await see(medTpj)).toBe(404)
    expect(await see(zgf)).toBe(404)
    await c.post(`/disputes/${d.id}/accept`, {}, med)
    expect(await see(med2)).toBe(404)
    const code = (await c.post(`/disputes/${d.id}/invite`, {}, med)).body.invitation.code
    expect(await see(res2)).toBe(404)
    await c.post(`/disputes/invitations/${code}/answer`, { agree: true }, res2)
    expect(await see(res2)).toBe(200)
  })
})
