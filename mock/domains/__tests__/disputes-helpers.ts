// Shared by the 解忧小屋 tests: a server with the demo people signed in, a filing body, and a
// case brought to a given step.
import { client, newServer, type Json } from '../../server/__tests__/helpers'

export const caseInput = (over: Record<string, unknown> = {}) => ({
  type: 'noise',
  description: '楼上每天半夜拖动家具，声音很大，影响休息。',
  wants: '希望晚上十点以后保持安静',
  other: { name: '李建国', phone: '13973125678', whereabouts: '楼上 1202' },
  photos: [],
  stationId: 'js-xpl',
  preferredTimes: '周末上午',
  agreeTerms: true,
  ...over,
})

export async function setup() {
  const { server, clock } = newServer()
  const c = client(server)
  const ids = ['demo-resident', 'demo-resident-2', 'demo-mediator', 'demo-police', 'demo-lawyer', 'demo-grid-worker', 'demo-volunteer'] as const
  const [res, res2, med, police, lawyer, grid, vol] = await Promise.all(ids.map((id) => c.login(id)))
  const [med2, medTpj, zgf] = await Promise.all(['med-xpl-2', 'med-tpj', 'res-zgf'].map((id) => c.loginSeeded(id)))
  const file = async (over: Record<string, unknown> = {}, who = res) => {
    const r = await c.post('/disputes', caseInput(over), who)
    expect(r.status).toBe(201)
    return r.body as Json
  }
  /** filed by 王秀英, accepted by 罗桂兰, invitation out */
  const invited = async (over: Record<string, unknown> = {}) => {
    const d = await file(over)
    expect((await c.post(`/disputes/${d.id}/accept`, {}, med)).status).toBe(200)
    const r = await c.post(`/disputes/${d.id}/invite`, {}, med)
    expect(r.status).toBe(200)
    return r.body as Json
  }
  /** …and 李建国 agreed */
  const mediating = async (over: Record<string, unknown> = {}) => {
    const d = await invited(over)
    const r = await c.post(`/disputes/invitations/${d.invitation.code}/answer`, { agree: true }, res2)
    expect(r.status).toBe(200)
    return r.body as Json
  }
  return { server, clock, c, res, res2, med, med2, medTpj, police, lawyer, grid, vol, zgf, file, invited, mediating }
}

export const agreementInput = (over: Record<string, unknown> = {}) => ({
  facts: '楼上住户夜间拖动家具、跳绳，影响楼下老人休息，双方已当面说明情况。',
  obligations: [
    { party: 'respondent', what: '晚上十点以后不跳绳、不拖动家具', amount: null, dueDate: '2026-11-30', how: '家具加装脚垫' },
    { party: 'respondent', what: '赔偿楼下买隔音窗帘的费用', amount: 300, dueDate: '2026-12-10', how: '微信转账' },
  ],
  ...over,
})
