// The community's side of the report loop: 审核 (passed by the community worker, or by itself
// after one working day), the review of returned and thrice-rejected tickets, patrol findings,
// and overdue chasing (督办), on a frozen clock. T0 is Sunday 2026-11-22 09:00 in China.
import { handleInput, rateInput, reportInput, returnInput } from '../../../test/utils/bodies'
import { DAY, HOUR, T0, type Json } from '../../server/__tests__/helpers'
import { communityWorkerIds } from '../reports/machine'
import { reportsSetup } from './reports-helpers'

async function setup() {
  const base = await reportsSetup()
  const { c, neighbour, worker, organiser, act, create } = base
  const review = (id: string, body: unknown, token = organiser) => c.post(`/reports/${id}/review`, body, token)
  /** a fresh ticket of demo-resident, followed by demo-resident-2, taken and handled: at 审核 */
  const handled = async (over = {}) => {
    const r = await create(over)
    await act(r.id, 'join', {}, neighbour)
    await act(r.id, 'take', {}, worker)
    const h = await act(r.id, 'handle', handleInput({ reply: '垃圾已清运完毕，垃圾桶已复位。' }), worker)
    expect(h.body.status).toBe('reviewing')
    return h.body as Json
  }
  /** returned by its worker: at 社区复核 */
  const returned = async () => {
    const r = await create()
    await act(r.id, 'join', {}, neighbour)
    const ret = await act(r.id, 'return', returnInput({ reason: '不属于本网格范围，请社区复核处理。' }), worker)
    expect(ret.body.status).toBe('community_review')
    return ret.body as Json
  }
  const inbox = async (token: string) => (await c.get('/inbox', token, { limit: '50' })).body.items as Json[]
  return { ...base, worker2: base.otherWorker, review, handled, returned, inbox }
}

const REASON = '经核实属于物业管理范围，已转交物业公司处理。'

describe('审核 (reviewing)', () => {
  test('the community worker is told, sees 审核 with its deadline, and passes it: the resident then reads the reply and rates', async () => {
    const { c, act, review, handled, resident, organiser, inbox } = await setup()
    const r = await handled()
    // Sunday: the next working day is Monday, so it passes by itself at 00:00 Tuesday, China time
    expect(r.deadline).toBe('2026-11-23T16:00:00.000Z')
    expect(r.gates[3]).toMatchObject({ gate: 'review', state: 'current', deadline: '2026-11-23T16:00:00.000Z' })
    expect((await inbox(organiser))[0]).toMatchObject({ kind: 'report_review', title: '工单待审核', body: expect.stringContaining('11-24 00:00') })
    const asResident = (await c.get(`/reports/${r.id}`, resident)).body
    expect(asResident).toMatchObject({ status: 'reviewing', currentGate: 'review', can: [] })
    expect(asResident.events.some((e: Json) => e.action === 'reply')).toBe(false)
    // the community's review queue has it
    const queue = (await c.get('/reports', organiser, { scope: 'review' })).body.items as Json[]
    expect(queue.map((i) => i.id)).toContain(r.id)

    const passed = await review(r.id, { action: 'pass' })
    expect(passed.status).toBe(200)
    expect(passed.body).toMatchObject({ status: 'replied', currentGate: 'visit' })
    expect(passed.body.events.slice(-2)).toMatchObject([
      { action: 'review', actorRole: 'organiser', actorName: '唐文斌', text: '社区审核通过' },
      { action: 'reply', actorRole: 'grid_worker', text: '垃圾已清运完毕，垃圾桶已复位。' },
    ])
    expect((await inbox(resident))[0]).toMatchObject({ title: '问题已办结，请评价' })
    // passing twice is refused
    const again = await review(r.id, { action: 'pass' })
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('该工单已审核通过')
    expect((await act(r.id, 'rate', rateInput(), resident)).body.status).toBe('closed')
    expect((await review(r.id, { action: 'pass' })).body.message).toBe('该工单已审核通过')
  })

  test('send_back: back to the worker at 办理 with the reason and a fresh time limit', async () => {
    const { c, clock, review, handled, worker, inbox } = await setup()
    const r = await handled()
    clock.advance(HOUR)
    const short = await review(r.id, { action: 'send_back', reason: '不行' })
    expect(short.status).toBe(400)
    expect(short.body.fields).toEqual({ reason: '请写明说明（至少5个字）' })
    const back = await review(r.id, { action: 'send_back', reason: '现场照片没有拍到垃圾桶复位，请补拍后再办结。' })
    expect(back.body).toMatchObject({ status: 'handling', currentGate: 'handle', deadline: new Date(clock.now().getTime() + 7 * DAY).toISOString() })
    expect(back.body.events.at(-1)).toMatchObject({ action: 'review', gate: 'review', actorName: '唐文斌', text: expect.stringContaining('请补拍后再办结') })
    expect((await inbox(worker))[0]).toMatchObject({ title: '审核未通过，请重新办理', body: expect.stringContaining('请补拍后再办结') })
    expect((await c.get(`/reports/${r.id}`, worker)).body.can).toContain('handle')
  })

  test('nobody acts within one working day: it passes by itself, and the timeline says so', async () => {
    const { c, clock, handled, resident } = await setup()
    const r = await handled()
    clock.set('2026-11-23T15:59:00.000Z')
    expect((await c.get(`/reports/${r.id}`, resident)).body.status).toBe('reviewing')
    clock.set('2026-11-23T16:01:00.000Z')
    const after = (await c.get(`/reports/${r.id}`, resident)).body
    expect(after.status).toBe('replied')
    expect(after.events.slice(-2)).toMatchObject([
      { action: 'review', actorRole: 'community', actorName: '西牌楼社区', at: '2026-11-23T16:00:00.000Z', text: '社区1个工作日内未审核，超时自动通过' },
      { action: 'reply', text: '垃圾已清运完毕，垃圾桶已复位。' },
    ])
    expect(after.can).toEqual(['rate'])
  })

  test('over a weekend: handled on Friday, it waits through Saturday, Sunday and Monday', async () => {
    const { c, clock, handled } = await setup()
    clock.set('2026-11-27T02:00:00.000Z') // Friday 10:00
    const r = await handled()
    // a session of the day: the clock moves days on
    const status = async () => (await c.get(`/reports/${r.id}`, await c.login('demo-resident'))).body.status
    expect(r.deadline).toBe('2026-11-30T16:00:00.000Z') // Tuesday 00:00
    for (const at of ['2026-11-28T04:00:00.000Z', '2026-11-29T04:00:00.000Z', '2026-11-30T15:00:00.000Z']) {
      clock.set(at)
      expect(await status()).toBe('reviewing')
    }
    clock.set('2026-12-01T01:00:00.000Z')
    expect(await status()).toBe('replied')
  })

  test('every action that does not fit 审核 is a 409 that says what fits', async () => {
    const { review, handled } = await setup()
    const r = await handled()
    for (const body of [
      { action: 'close', closeAs: 'out_of_scope', reason: REASON },
      { action: 'reassign', gridId: 'gd-xpl-2', reason: REASON },
      { action: 'escalate', department: 'wuye', reason: REASON },
    ]) {
      const res = await review(r.id, body)
      expect(res.status).toBe(409)
      expect(res.body.message).toMatch(/^工单正在审核，只能审核通过或退回网格员，不能/)
    }
  })
})

describe('社区复核 (community_review)', () => {
  test('close: the reason reaches the reporter and followers; the reporter rates it once; it stays closed', async () => {
    const { c, act, review, returned, resident, neighbour, worker, inbox } = await setup()
    const r = await returned()
    const noKind = await review(r.id, { action: 'close', reason: REASON })
    expect(noKind.status).toBe(400)
    expect(noKind.body.fields).toEqual({ closeAs: '请选择办结类型' })
    // 书面说明 is for a thrice-rejected ticket only
    const explained = await review(r.id, { action: 'close', closeAs: 'explained', reason: REASON })
    expect(explained.status).toBe(400)
    expect(explained.body.fields).toHaveProperty('closeAs')

    const closed = await review(r.id, { action: 'close', closeAs: 'out_of_scope', reason: REASON })
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: { as: 'out_of_scope', reason: REASON }, currentGate: null })
    expect(closed.body.events.at(-1)).toMatchObject({ action: 'close', actorRole: 'organiser', text: `不属于受理范围：${REASON}` })
    for (const token of [resident, neighbour]) expect((await inbox(token))[0]).toMatchObject({ title: '社区已办结：不属于受理范围', body: expect.stringContaining('物业公司') })
    expect((await c.get(`/reports/${r.id}`, neighbour)).body.can).toEqual(['leave'])
    expect((await c.get(`/reports/${r.id}`, resident)).body.can).toEqual(['rate'])
    const rated = await act(r.id, 'rate', rateInput({ rating: 'unsatisfied', comment: '物业根本不管' }), resident)
    expect(rated.body).toMatchObject({ status: 'closed', rating: 'unsatisfied', can: [] })
    expect((await act(r.id, 'rate', rateInput(), resident)).body.message).toBe('该工单已评价')
    expect((await review(r.id, { action: 'send_back', reason: REASON })).body.message).toBe('该工单已由社区办结')
    expect((await act(r.id, 'take', {}, worker)).status).toBe(409)
  })

  test('reassign: only to another grid of the community; its worker gets it at 待接单 with a fresh deadline', async () => {
    const { clock, review, returned, worker2, inbox } = await setup()
    const r = await returned()
    clock.advance(HOUR)
    expect((await review(r.id, { action: 'reassign', gridId: 'gd-tpj-1', reason: REASON })).body.fields).toEqual({ gridId: '请选择本社区的网格' })
    expect((await review(r.id, { action: 'reassign', gridId: 'gd-nope', reason: REASON })).body.fields).toEqual({ gridId: '请选择本社区的网格' })
    expect((await review(r.id, { action: 'reassign', gridId: 'gd-xpl-1', reason: REASON })).body.fields).toHaveProperty('gridId')
    const moved = await review(r.id, { action: 'reassign', gridId: 'gd-xpl-2', reason: '位置在古潭街一侧，属第二网格。' })
    expect(moved.body).toMatchObject({ status: 'pending', gridId: 'gd-xpl-2', assigneeName: '陈*', deadline: new Date(clock.now().getTime() + 7 * DAY).toISOString() })
    expect(moved.body.events.at(-1)).toMatchObject({ action: 'assign', actorRole: 'organiser', text: expect.stringContaining('社区已改派至') })
    expect((await inbox(worker2))[0]).toMatchObject({ title: '新工单' })
  })

  test('escalate: a department with the community as sponsor; send_back: to the same worker at 办理', async () => {
    const { c, review, returned, worker, resident } = await setup()
    const a = await returned()
    const esc = await review(a.id, { action: 'escalate', department: 'wuye', reason: '请物业公司限期清理，社区牵头督促。' })
    expect(esc.body).toMatchObject({ status: 'handling', escalatedTo: 'wuye', holder: '物业（西牌楼社区主办，网格员 刘*华 跟进）' })
    expect(esc.body.events.at(-1)).toMatchObject({ action: 'escalate', department: 'wuye', actorRole: 'organiser' })
    expect((await c.get(`/reports/${a.id}`, worker)).body.can).toContain('handle')

    const b = await returned()
    const back = await review(b.id, { action: 'send_back', reason: '属于本网格范围，请继续办理。' })
    expect(back.body).toMatchObject({ status: 'handling', assigneeName: '刘*华' })
    expect((await c.get(`/reports/${b.id}`, resident)).body.holder).toBe('网格员 刘*华')
    expect((await review(b.id, { action: 'pass' })).status).toBe(409)
  })

  test('a thrice-rejected ticket may be closed with the community’s written explanation', async () => {
    const { act, review, create, worker, resident, organiser } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    for (let i = 0; i < 3; i++) {
      await act(r.id, 'handle', handleInput(), worker)
      await review(r.id, { action: 'pass' }, organiser)
      await act(r.id, 'rate', rateInput({ rating: 'unsatisfied', comment: '还是没有解决' }), resident)
    }
    const pass = await review(r.id, { action: 'pass' })
    expect(pass.status).toBe(409)
    expect(pass.body.message).toMatch(/^工单在社区复核中/)
    const closed = await review(r.id, { action: 'close', closeAs: 'explained', reason: '已书面说明：需全体业主表决后由维修基金支付。' })
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: { as: 'explained' } })
  })

  test('an open ticket is neither reviewed nor passed', async () => {
    const { review, create } = await setup()
    const r = await create()
    const res = await review(r.id, { action: 'pass' })
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('工单当前为「待接单」，不在社区复核或审核中，不能审核通过')
  })
})

describe('who may review', () => {
  test('resident and grid worker: 403 by role; the community worker of another community: 404; bodies are checked', async () => {
    const { server, c, review, returned, resident, worker } = await setup()
    const r = await returned()
    const bad = await review(r.id, { action: 'nuke', extra: 1 })
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toHaveProperty('action', '请选择处理方式')
    expect((await review(r.id, { action: 'send_back', reason: REASON }, resident)).status).toBe(403)
    expect((await review(r.id, { action: 'send_back', reason: REASON }, worker)).status).toBe(403)
    // the demo organiser moved to 太平街社区 for the rest of this test
    const other = await c.login('demo-organiser')
    server.db.users['demo-organiser'].communityId = 'cm-tpj'
    const seen = await review(r.id, { action: 'send_back', reason: REASON }, other)
    expect(seen.status).toBe(404)
    expect(seen.body.message).toBe('工单不存在或无权查看')
    // seen (a follower), but not of their community: 403
    server.db.reports.find((x) => x.id === r.id)!.followerIds.push('demo-organiser')
    const follower = await review(r.id, { action: 'send_back', reason: REASON }, other)
    expect(follower.status).toBe(403)
    expect(follower.body.message).toBe('只有本社区的社区工作者可以复核和审核')
  })

  test('a replay of the same review is its first answer', async () => {
    const { c, returned, organiser } = await setup()
    const r = await returned()
    const a = await c.post(`/reports/${r.id}/review`, { action: 'close', closeAs: 'elsewhere', reason: REASON }, organiser, 'replay-1')
    const b = await c.post(`/reports/${r.id}/review`, { action: 'close', closeAs: 'elsewhere', reason: REASON }, organiser, 'replay-1')
    expect(b).toEqual({ ...a, headers: { 'idempotent-replayed': 'true' } })
    expect(a.body.status).toBe('closed')
  })
})

describe('巡查 (patrol)', () => {
  const patrolInput = (gridId: string) => ({
    category: 'parking',
    description: '巡查发现三王街口的共享单车倒了一排，占了盲道。',
    photos: [],
    location: { address: '三王街口', communityId: gridId.startsWith('gd-xpl') ? 'cm-xpl' : 'cm-tpj', gridId },
  })

  test('in their own grid: filed taken, at 办理, no phone; 办结 → 审核 → closed, with nobody to rate it', async () => {
    const { c, act, review, worker, resident, organiser } = await setup()
    const res = await c.post('/reports/patrol', patrolInput('gd-xpl-1'), worker)
    expect(res.status).toBe(201)
    const r = res.body
    expect(r).toMatchObject({ status: 'handling', patrol: true, contactPhone: '', relation: 'assignee', reporterName: '刘志华', currentGate: 'handle', can: ['note', 'escalate', 'return', 'civil', 'handle'] })
    expect(r.events.map((e: Json) => [e.action, e.text.slice(0, 7)])).toEqual([
      ['patrol', '网格员巡查发现'],
      ['take', '网格员巡查发现'],
    ])
    const asOrganiser = (await c.get(`/reports/${r.id}`, organiser)).body
    expect(asOrganiser.reporterName).toBe('网格员 刘*华')
    expect(asOrganiser.contactPhone).toBe('')
    // a resident may follow it while it is open, but never rates it
    expect((await act(r.id, 'join', {}, resident)).body.can).toEqual(['leave'])

    await act(r.id, 'handle', handleInput({ reply: '已扶正单车并通知企业清运。' }), worker)
    const done = await review(r.id, { action: 'pass' })
    expect(done.body).toMatchObject({ status: 'closed', rating: null, currentGate: null })
    expect(done.body.gates.every((g: Json) => g.state === 'done')).toBe(true)
    expect(done.body.events.at(-1)).toMatchObject({ action: 'close', text: expect.stringContaining('无需居民回访') })
    expect((await c.get(`/reports/${r.id}`, resident)).body.can).toEqual(['leave'])
    expect((await act(r.id, 'rate', rateInput(), resident)).status).toBe(403)
  })

  test('another grid is refused at the field; residents cannot file patrol reports', async () => {
    const { c, worker, resident } = await setup()
    const other = await c.post('/reports/patrol', patrolInput('gd-xpl-2'), worker)
    expect(other.status).toBe(400)
    expect(other.body.fields).toEqual({ 'location.gridId': '只能上报本网格巡查发现的问题' })
    const far = await c.post('/reports/patrol', patrolInput('gd-tpj-1'), worker)
    expect(far.body.fields).toEqual({ 'location.gridId': '只能上报本网格巡查发现的问题' })
    expect((await c.post('/reports/patrol', { ...patrolInput('gd-xpl-1'), contactPhone: '13800000000' }, worker)).status).toBe(400)
    expect((await c.post('/reports/patrol', patrolInput('gd-xpl-1'), resident)).status).toBe(403)
  })
})

describe('overdue chasing (督办)', () => {
  test('the holder is told once when the 办理 gate runs out; at twice its limit the ticket is supervised', async () => {
    const { c, clock, create, worker, organiser, resident, inbox } = await setup()
    const r = await create({ category: 'safety', description: '楼道里有人飞线给电动车充电，很危险。' })
    const chased = async () => (await inbox(worker)).filter((m) => m.subject?.id === r.id && m.title === '工单已超时（办理）')
    clock.advance(2 * HOUR - 60 * 1000)
    await c.get(`/reports/${r.id}`, worker)
    expect(await chased()).toHaveLength(0)
    clock.advance(2 * 60 * 1000)
    expect(await chased()).toHaveLength(1)
    clock.advance(HOUR)
    await c.get(`/reports/${r.id}`, worker)
    expect(await chased()).toHaveLength(1)
    expect((await c.get(`/reports/${r.id}`, resident)).body.supervised).toBe(false)

    clock.advance(HOUR)
    const seen = (await c.get(`/reports/${r.id}`, resident)).body
    expect(seen.supervised).toBe(true)
    expect(seen.events.at(-1)).toMatchObject({ action: 'supervise', actorRole: 'community', at: new Date(Date.parse(T0) + 4 * HOUR).toISOString(), text: '办理已超过时限2倍，西牌楼社区督办' })
    expect((await inbox(organiser))[0]).toMatchObject({ kind: 'report_supervise', title: '工单督办', subject: { id: r.id } })
    const queue = (await c.get('/reports', organiser, { scope: 'review' })).body.items as Json[]
    expect(queue.find((i) => i.id === r.id)).toMatchObject({ supervised: true, overdue: true })
    clock.advance(DAY)
    await c.get(`/reports/${r.id}`, worker)
    expect(seen.events.filter((e: Json) => e.action === 'supervise')).toHaveLength(1)
    expect((await c.get(`/reports/${r.id}`, worker)).body.events.filter((e: Json) => e.action === 'supervise')).toHaveLength(1)
  })

  test('the 派发 gate of a ticket without a grid: the community worker is told', async () => {
    const { c, clock, organiser, resident, inbox } = await setup()
    const r = (await c.post('/reports', reportInput({ location: { address: '西牌楼街口', communityId: 'cm-xpl', gridUnknown: true } }), resident)).body
    expect(r.status).toBe('dispatching')
    clock.advance(25 * HOUR)
    const mine = (await inbox(organiser)).filter((m) => m.subject?.id === r.id)
    expect(mine[0]).toMatchObject({ kind: 'report_dispatch', title: '工单已超时（派发）' })
    clock.advance(24 * HOUR)
    expect((await c.get(`/reports/${r.id}`, organiser)).body).toMatchObject({ supervised: true })
  })
})

describe('every community has its 社区工作者', () => {
  test('a ticket of 太平街 at 审核 reaches 太平街’s worker (in 消息 and the review queue), not 西牌楼’s', async () => {
    const { server, c, resident, organiser, act, inbox } = await setup()
    for (const cm of server.db.communities) expect(communityWorkerIds(server.db, cm.id)).toHaveLength(1)
    const filed = await c.post('/reports', reportInput({ location: { address: '太平街12号', communityId: 'cm-tpj', gridId: 'gd-tpj-1' } }), resident)
    expect(filed.status).toBe(201)
    const gw = await c.loginSeeded('gw-tpj-1')
    const tian = await c.loginSeeded('cw-tpj')
    await act(filed.body.id, 'take', {}, gw)
    expect((await act(filed.body.id, 'handle', handleInput(), gw)).body.status).toBe('reviewing')
    expect((await inbox(tian)).filter((m) => m.kind === 'report_review' && m.subject.id === filed.body.id)).toHaveLength(1)
    expect(((await c.get('/reports', tian, { scope: 'review' })).body.items as Json[]).map((i) => i.id)).toContain(filed.body.id)
    expect((await inbox(organiser)).some((m) => m.subject && m.subject.id === filed.body.id)).toBe(false)
    expect(((await c.get('/reports', organiser, { scope: 'review' })).body.items as Json[]).map((i) => i.id)).not.toContain(filed.body.id)
    // and she passes it
    expect((await act(filed.body.id, 'review', { action: 'pass' }, tian)).body.status).toBe('replied')
  })
})
