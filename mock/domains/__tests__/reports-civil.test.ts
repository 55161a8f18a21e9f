// 民间纠纷: the assigned grid worker ends a ticket that is a matter between neighbours; its
// reporter (only) is offered 解忧小屋, and nobody else learns of a dispute.
import { reportInput } from '../../../test/utils/bodies'
import { client, newServer, type Json } from '../../server/__tests__/helpers'

async function setup() {
  const { server } = newServer()
  const c = client(server)
  const resident = await c.login('demo-resident')
  const neighbour = await c.login('demo-resident-2')
  const worker = await c.login('demo-grid-worker')
  const otherWorker = await c.login('demo-grid-worker-2')
  const r = (await c.post('/reports', reportInput({ category: 'water_leak', description: '楼上卫生间一直往我家天花板渗水，墙皮都泡掉了' }), resident)).body as Json
  await c.post(`/reports/${r.id}/join`, {}, neighbour)
  const civil = (body: unknown, token: string) => c.post(`/reports/${r.id}/civil`, body, token)
  return { c, resident, neighbour, worker, otherWorker, r, civil }
}

test('the assigned worker ends it as 民间纠纷 with a reason the reporter reads; the ticket is final', async () => {
  const { c, resident, neighbour, worker, r, civil } = await setup()
  await c.post(`/reports/${r.id}/take`, {}, worker)
  const short = await civil({ reason: '邻居' }, worker)
  expect(short.status).toBe(400)
  expect(short.body.fields).toHaveProperty('reason')

  const done = await civil({ reason: '已上门查看，是楼上 1202 卫生间防水层老化渗漏，需两户协商维修' }, worker)
  expect(done.status).toBe(200)
  expect(done.body).toMatchObject({ status: 'civil', currentGate: null, holder: '已转解忧小屋（民间纠纷）', can: [] })
  expect(done.body.events.at(-1)).toMatchObject({ action: 'civil', text: expect.stringContaining('1202') })

  // the reporter is told, with where to go; so is the follower
  const inbox = (await c.get('/inbox', resident)).body.items[0]
  expect(inbox).toMatchObject({ title: '建议到解忧小屋调解' })
  expect(inbox.body).toContain('转到解忧小屋')
  // a follower learns how it ended, not the worker's words about a household
  const told = (await c.get('/inbox', neighbour)).body.items[0]
  expect(told).toMatchObject({ title: '工单已按民间纠纷办结' })
  expect(told.body).not.toContain('1202')

  // final: nothing more to do with it; it leaves the worker's to-do list
  expect((await civil({ reason: '再转一次试试看' }, worker)).status).toBe(409)
  expect((await c.post(`/reports/${r.id}/handle`, { reply: '已处理完毕', photos: [] }, worker)).status).toBe(409)
  const open = await c.get('/reports', worker, { scope: 'queue', status: 'open' })
  expect(open.body.items.map((i: Json) => i.id)).not.toContain(r.id)
  const mine = await c.get('/reports', resident, { scope: 'mine', status: 'done' })
  expect(mine.body.items.map((i: Json) => i.id)).toContain(r.id)
})

test('only the assigned worker may; an untaken order may be sent straight on', async () => {
  const { resident, otherWorker, worker, civil } = await setup()
  const reason = { reason: '是楼上住户卫生间渗水，属于邻里纠纷' }
  expect((await civil(reason, resident)).status).toBe(403)
  expect([403, 404]).toContain((await civil(reason, otherWorker)).status)
  expect((await civil(reason, worker)).status).toBe(200)
})

test('a dispute filed from it is linked for its reporter only', async () => {
  const { c, resident, neighbour, worker, r, civil } = await setup()
  await civil({ reason: '是楼上住户卫生间渗水，属于邻里纠纷' }, worker)
  const mine = await c.get(`/reports/${r.id}`, resident)
  expect(mine.body).toMatchObject({ status: 'civil', disputeId: null })
  expect((await c.get(`/reports/${r.id}`, neighbour)).body.disputeId).toBeNull()
  expect((await c.get(`/reports/${r.id}`, worker)).body.disputeId).toBeNull()
})
