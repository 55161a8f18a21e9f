import { OPEN_REPORT_STATUSES, links } from '../../../src/contract'
import { escalateInput, handleInput, noteInput, rateInput, returnInput } from '../../../test/utils/bodies'
import { PNG_DATA_URL, DAY, HOUR, T0, client, type Json } from '../../server/__tests__/helpers'
import { reportsSetup } from './reports-helpers'

const setup = reportsSetup

const gateStates = (r: Json) => r.gates.map((g: Json) => `${g.gate}:${g.state}`)

describe('creating a report', () => {
  test('accept + dispatch at once, routed to the grid worker, deadline from dispatch', async () => {
    const { create, c, worker, resident } = await setup()
    const r = await create()
    expect(r.id).toMatch(/^SP20261122\d{4}$/)
    expect(r).toMatchObject({
      status: 'pending',
      category: 'environment',
      urgency: 'ordinary',
      currentGate: 'handle',
      relation: 'owner',
      overdue: false,
      createdAt: T0,
      deadline: new Date(Date.parse(T0) + 7 * DAY).toISOString(),
      reporterName: '王秀英',
      contactPhone: '13807311234',
      assigneeName: '刘*华',
      holder: '网格员 刘*华',
      reopenCount: 0,
      urgeCount: 0,
      servicePhone: expect.stringMatching(/^0731-/),
      myLastUrgeAt: null,
      // not taken yet: the reporter may add to it or take it back
      can: ['supplement', 'withdraw'],
      location: { communityName: '西牌楼社区', gridName: '西牌楼社区第一网格', gridId: 'gd-xpl-1' },
    })
    expect(gateStates(r)).toEqual(['accept:done', 'dispatch:done', 'handle:current', 'review:waiting', 'reply:waiting', 'visit:waiting'])
    expect(r.gates[2].deadline).toBe(r.deadline)
    expect(r.events.map((e: Json) => e.action)).toEqual(['submit', 'dispatch'])

    // the worker gets the order in the inbox and in the queue
    const inbox = await c.get('/inbox', worker)
    expect(inbox.body.items[0]).toMatchObject({ kind: 'report_order', title: '新工单', read: false, subject: { type: 'report', id: r.id }, link: links.reportOrder(r.id) })
    expect(inbox.body.items[0]).not.toHaveProperty('reportId')
    const queue = await c.get('/reports', worker, { scope: 'queue' })
    expect(queue.body.items.map((i: Json) => i.id)).toContain(r.id)
    // the reporter is told it was accepted
    const mine = await c.get('/inbox', resident)
    expect(mine.body.items[0]).toMatchObject({ kind: 'report_status', title: '问题已受理', subject: { type: 'report', id: r.id }, link: links.reportDetail(r.id) })
  })

  test('ticket numbers count up within a day', async () => {
    const { create } = await setup()
    const a = await create()
    const b = await create()
    expect(Number(b.id.slice(-4))).toBe(Number(a.id.slice(-4)) + 1)
  })

  test('an emergency has 2 hours; then it is overdue and goes to the top of the queue', async () => {
    const { create, c, worker, clock } = await setup()
    const r = await create({ category: 'safety', description: '楼道里有人飞线给电动车充电，很危险。' })
    expect(r.urgency).toBe('emergency')
    expect(r.deadline).toBe(new Date(Date.parse(T0) + 2 * HOUR).toISOString())
    clock.advance(2 * HOUR)
    expect((await c.get(`/reports/${r.id}`, worker)).body.overdue).toBe(false)
    clock.advance(60 * 1000)
    const later = await c.get(`/reports/${r.id}`, worker)
    expect(later.body.overdue).toBe(true)
    const queue = (await c.get('/reports', worker, { scope: 'queue', limit: '50' })).body.items as Json[]
    // 待接单 first, then the overdue ones, then by deadline ascending, closed last
    const pending = queue.filter((i) => i.status === 'pending')
    expect(queue.slice(0, pending.length).every((i) => i.status === 'pending')).toBe(true)
    const rest = queue.slice(pending.length)
    const overdue = rest.filter((i) => i.overdue)
    expect(rest.slice(0, overdue.length).every((i) => i.overdue)).toBe(true)
    expect(pending.map((i) => i.id)).toContain(r.id)
    const open = queue.filter((i) => i.status === 'pending' || i.status === 'handling')
    const sorted = (list: Json[]) => {
      const deadlines = list.map((i) => Date.parse(i.deadline))
      return deadlines.every((d, k) => k === 0 || deadlines[k - 1] <= d)
    }
    // within the untaken ones and within the taken ones, soonest deadline first (overdue ones are the soonest)
    expect(sorted(pending)).toBe(true)
    expect(sorted(open.filter((i) => i.status === 'handling'))).toBe(true)
    expect(queue.slice(0, open.length)).toEqual(open)
    const closedAt = queue.findIndex((i) => i.status === 'closed')
    expect(closedAt).toBeGreaterThan(0)
    expect(queue.slice(closedAt).every((i) => i.status === 'closed')).toBe(true)
  })

  test('a utilities problem has 24 hours', async () => {
    const { create } = await setup()
    const r = await create({ category: 'water_leak', description: '楼上渗水，厨房吊顶一直滴水。' })
    expect(Date.parse(r.deadline) - Date.parse(r.createdAt)).toBe(24 * HOUR)
  })
})

describe('the closed loop', () => {
  test('take → note → escalate → handle → rate satisfied closes it, with all six gates', async () => {
    const { create, act, c, resident, worker, organiser, clock } = await setup()
    const r = await create()

    clock.advance(HOUR)
    const taken = await act(r.id, 'take', {}, worker)
    expect(taken.status).toBe(200)
    expect(taken.body).toMatchObject({ status: 'handling', holder: '网格员 刘志华', relation: 'assignee', assigneeName: '刘志华' })
    expect(taken.body.can).toEqual(['note', 'escalate', 'return', 'civil', 'handle'])

    // a photo sent as a data URL (an older draft) is stored on receipt: the note holds its reference
    const png = PNG_DATA_URL
    const noted = await act(r.id, 'notes', noteInput({ text: '已到现场查看，联系环卫清运。', photos: [png] }), worker)
    expect(noted.body.events.at(-1)).toMatchObject({ action: 'note', gate: 'handle', text: '已到现场查看，联系环卫清运。', photos: [expect.stringMatching(/^ph_p[0-9a-z]+$/)] })

    const esc = await act(r.id, 'escalate', escalateInput({ department: 'huanwei', note: '垃圾量大，需环卫派车。' }), worker)
    expect(esc.body).toMatchObject({ escalatedTo: 'huanwei', holder: '环卫（网格员 刘志华 跟进）', status: 'handling' })
    // the resident sees the department holding it, with the worker masked
    expect((await c.get(`/reports/${r.id}`, resident)).body.holder).toBe('环卫（网格员 刘*华 跟进）')

    clock.advance(HOUR)
    const handled = await act(r.id, 'handle', handleInput({ reply: '垃圾已全部清运完毕。' }), worker)
    // 办结 goes to 审核: the reply waits there, seen by the workers only
    expect(handled.body).toMatchObject({ status: 'reviewing', currentGate: 'review', holder: '西牌楼社区（审核中）', can: [] })
    expect(gateStates(handled.body)).toEqual(['accept:done', 'dispatch:done', 'handle:done', 'review:current', 'reply:waiting', 'visit:waiting'])
    expect((await c.get(`/reports/${r.id}`, resident)).body.events.some((e: Json) => e.action === 'reply')).toBe(false)
    expect((await c.get('/inbox', organiser)).body.items[0]).toMatchObject({ kind: 'report_review', title: '工单待审核', subject: { type: 'report', id: r.id } })
    expect((await c.get(`/reports/${r.id}`, organiser)).body.can).toEqual(['review'])

    clock.advance(HOUR)
    const passed = await act(r.id, 'review', { action: 'pass' }, organiser)
    expect(passed.body.status).toBe('replied')
    expect(passed.body.deadline).toBeNull()
    expect(passed.body.currentGate).toBe('visit')
    expect(gateStates(passed.body)).toEqual(['accept:done', 'dispatch:done', 'handle:done', 'review:done', 'reply:done', 'visit:current'])
    expect(passed.body.gates[3]).toMatchObject({ actorName: '唐文斌' })
    expect(passed.body.events.slice(-2).map((e: Json) => [e.action, e.actorRole, e.text])).toEqual([
      ['review', 'organiser', '社区审核通过'],
      ['reply', 'grid_worker', '垃圾已全部清运完毕。'],
    ])
    const seen = await c.get(`/reports/${r.id}`, resident)
    expect(seen.body.can).toEqual(['rate'])
    expect((await c.get('/inbox', resident)).body.items[0]).toMatchObject({ title: '问题已办结，请评价', subject: { type: 'report', id: r.id } })

    const rated = await act(r.id, 'rate', rateInput({ comment: '很及时' }), resident)
    expect(rated.body).toMatchObject({ status: 'closed', rating: 'satisfied', ratingComment: '很及时', currentGate: null, holder: '已办结', can: [] })
    expect(rated.body.gates.every((g: Json) => g.state === 'done')).toBe(true)
    expect(rated.body.gates[5].actorName).toBe('王秀英')
    const workerInbox = await c.get('/inbox', worker)
    expect(workerInbox.body.items[0]).toMatchObject({ kind: 'report_order', title: '居民已评价', body: expect.stringContaining('满意：很及时') })
  })

  test('basically satisfied closes too', async () => {
    const { create, act, resident, worker, handleAndPass } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    await handleAndPass(r.id)
    const rated = await act(r.id, 'rate', rateInput({ rating: 'basically' }), resident)
    expect(rated.body.status).toBe('closed')
    expect(rated.body.rating).toBe('basically')
  })

  test('return: pending → community_review with the reason', async () => {
    const { create, act, worker } = await setup()
    const r = await create()
    const ret = await act(r.id, 'return', returnInput({ reason: '不属于本网格范围，请社区重新分派。' }), worker)
    expect(ret.body).toMatchObject({ status: 'community_review', currentGate: 'review', holder: '西牌楼社区（社区复核）', can: [], deadline: null })
    expect(ret.body.events.at(-1)).toMatchObject({ action: 'return', text: '不属于本网格范围，请社区重新分派。' })
  })

  test('return also works from handling', async () => {
    const { create, act, worker } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    expect((await act(r.id, 'return', returnInput({ reason: '需要业主自行协商解决。' }), worker)).body.status).toBe('community_review')
  })

  test('不满意 reopens with a new deadline from now, twice; the third time goes to the community', async () => {
    const { create, act, resident, worker, clock, c, handleAndPass } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    for (let round = 1; round <= 2; round++) {
      clock.advance(3 * DAY)
      await handleAndPass(r.id, handleInput({ reply: `第${round}次处理完毕。` }))
      clock.advance(HOUR)
      const reopened = await act(r.id, 'rate', rateInput({ rating: 'unsatisfied', comment: '还是没解决' }), resident)
      expect(reopened.body).toMatchObject({ status: 'handling', reopenCount: round, rating: 'unsatisfied', overdue: false, currentGate: 'handle' })
      expect(reopened.body.deadline).toBe(new Date(clock.now().getTime() + 7 * DAY).toISOString())
      expect(gateStates(reopened.body)).toEqual(['accept:done', 'dispatch:done', 'handle:current', 'review:waiting', 'reply:waiting', 'visit:waiting'])
      expect(reopened.body.events.at(-1)).toMatchObject({ action: 'reopen', actorRole: 'system' })
      expect((await c.get('/inbox', worker)).body.items[0]).toMatchObject({ title: '工单被重新打开', kind: 'report_order' })
    }
    await handleAndPass(r.id, handleInput({ reply: '第3次处理完毕。' }))
    const third = await act(r.id, 'rate', rateInput({ rating: 'unsatisfied', comment: '依然不行' }), resident)
    expect(third.body).toMatchObject({ status: 'community_review', reopenCount: 2, currentGate: 'review' })
    expect(third.body.events.at(-1)).toMatchObject({ action: 'to_community', actorRole: 'community' })
  })

  test('不满意 needs a reason', async () => {
    const { create, act, resident, worker, handleAndPass } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    await handleAndPass(r.id)
    const bad = await act(r.id, 'rate', rateInput({ rating: 'unsatisfied' }), resident)
    expect(bad.status).toBe(400)
    expect(bad.body.fields).toEqual({ comment: '请说明不满意的原因' })
  })
})

describe('refused transitions', () => {
  test('each action in a wrong state → 409 STATE_CONFLICT with a Chinese message', async () => {
    const { create, act, resident, worker, organiser } = await setup()
    const r = await create()
    const conflict = async (action: string, body: unknown, token: string, message: string) => {
      const res = await act(r.id, action, body, token)
      expect({ action, status: res.status, body: res.body }).toEqual({ action, status: 409, body: { code: 'STATE_CONFLICT', message } })
    }
    const note = noteInput()
    const escalate = escalateInput()
    const handle = handleInput()
    const rate = rateInput()
    // pending
    await conflict('notes', note, worker, '请先接单，再记录进展')
    await conflict('escalate', escalate, worker, '请先接单，再吹哨部门')
    await conflict('handle', handle, worker, '请先接单，再办结')
    await conflict('rate', rate, resident, '工单尚未办结，暂不能评价')
    // handling
    await act(r.id, 'take', {}, worker)
    await conflict('take', {}, worker, '该工单已被接单')
    await conflict('rate', rate, resident, '工单尚未办结，暂不能评价')
    // reviewing
    await act(r.id, 'handle', handle, worker)
    await conflict('handle', handle, worker, '工单当前为「待审核」，不能办结')
    await conflict('rate', rate, resident, '网格员已办结，社区审核通过后即可评价')
    // replied
    await act(r.id, 'review', { action: 'pass' }, organiser)
    await conflict('take', {}, worker, '工单当前为「待评价」，不能接单')
    await conflict('notes', note, worker, '工单当前为「待评价」，不能记录进展')
    await conflict('escalate', escalate, worker, '工单当前为「待评价」，不能吹哨部门')
    await conflict('handle', handle, worker, '工单当前为「待评价」，不能办结')
    await conflict('return', returnInput(), worker, '工单当前为「待评价」，不能退单')
    // closed
    await act(r.id, 'rate', rate, resident)
    await conflict('rate', rate, resident, '该工单已评价')
    await conflict('take', {}, worker, '工单当前为「已办结」，不能接单')
    await conflict('return', returnInput(), worker, '工单当前为「已办结」，不能退单')
  })

  test('only the reporter rates; another grid worker cannot act', async () => {
    const { create, act, neighbour, worker, otherWorker, handleAndPass } = await setup()
    const r = await create()
    await act(r.id, 'join', {}, neighbour)
    await act(r.id, 'take', {}, worker)
    await handleAndPass(r.id)
    const byFollower = await act(r.id, 'rate', rateInput(), neighbour)
    expect(byFollower.status).toBe(403)
    expect(byFollower.body).toEqual({ code: 'FORBIDDEN', message: '只有提交人可以评价' })
    expect((await act(r.id, 'notes', noteInput(), otherWorker)).status).toBe(404)
  })

  test('action bodies are validated', async () => {
    const { create, act, worker } = await setup()
    const r = await create()
    await act(r.id, 'take', {}, worker)
    expect((await act(r.id, 'escalate', { department: 'nasa', note: '' }, worker)).body.fields).toEqual({ department: '请选择协同部门', note: '请填写吹哨说明' })
    expect((await act(r.id, 'return', { reason: '不' }, worker)).body.fields).toEqual({ reason: '退单理由至少5个字' })
    expect((await act(r.id, 'handle', {}, worker)).body.fields).toEqual({ reply: '请填写办结回复' })
  })
})

describe('me too (join) and similar reports', () => {
  test('a neighbour finds the open report, joins once, sees it as joined and gets its updates', async () => {
    const { create, act, c, neighbour, worker } = await setup()
    const r = await create()
    const similar = await c.get('/reports/similar', neighbour, { category: 'environment', gridId: 'gd-xpl-1' })
    expect(similar.status).toBe(200)
    const hit = similar.body.items.find((i: Json) => i.id === r.id)
    expect(hit).toBeDefined()
    // summaries only: no names, no phones
    expect(Object.keys(hit)).not.toEqual(expect.arrayContaining(['reporterName']))
    expect(JSON.stringify(similar.body)).not.toMatch(/1380731|王秀英|reporterName|contactPhone/)

    const joined = await act(r.id, 'join', {}, neighbour)
    expect(joined.status).toBe(200)
    expect(joined.body).toMatchObject({ relation: 'joined', followers: 1, can: ['leave'] })
    expect((await act(r.id, 'join', {}, neighbour)).body.followers).toBe(1)
    expect((await c.get('/inbox', worker)).body.items[0]).toMatchObject({ title: '又有居民遇到同一问题', kind: 'report_order' })

    const mine = await c.get('/reports', neighbour, { scope: 'mine' })
    expect(mine.body.items.find((i: Json) => i.id === r.id)).toMatchObject({ relation: 'joined' })

    await act(r.id, 'take', {}, worker)
    const inbox = await c.get('/inbox', neighbour)
    expect(inbox.body.items[0]).toMatchObject({ kind: 'report_status', title: '网格员已接单', subject: { type: 'report', id: r.id } })
    expect((await c.get('/inbox/unread', neighbour)).body.unread).toBeGreaterThan(0)
  })

  test('joining your own report or a closed one is refused; a stranger cannot join a closed one at all', async () => {
    const { server, create, act, c, resident, neighbour, worker, handleAndPass } = await setup()
    const r = await create()
    expect((await act(r.id, 'join', {}, resident)).body).toEqual({ code: 'STATE_CONFLICT', message: '这是您自己反映的问题，无需加入' })
    await act(r.id, 'join', {}, neighbour)
    await act(r.id, 'take', {}, worker)
    await handleAndPass(r.id)
    await act(r.id, 'rate', rateInput(), resident)
    const closedOther = server.db.reports.find((x) => x.status === 'closed' && x.reporterId !== 'demo-resident' && x.followerIds.indexOf('demo-resident') < 0)!
    expect((await act(closedOther.id, 'join', {}, resident)).status).toBe(404)
    const grid1Worker = await c.login('demo-grid-worker')
    expect((await act(r.id, 'join', {}, grid1Worker)).status).toBe(403)
  })

  test('the seed already has open environment and parking reports in grid 1 for demo-resident', async () => {
    const { c, resident } = await setup()
    for (const category of ['environment', 'parking']) {
      const s = await c.get('/reports/similar', resident, { category, gridId: 'gd-xpl-1' })
      expect(s.body.items.length).toBeGreaterThan(0)
      expect(s.body.items.every((i: Json) => i.category === category && i.gridId === 'gd-xpl-1' && OPEN_REPORT_STATUSES.includes(i.status))).toBe(true)
    }
  })
})

describe('privacy', () => {
  test('phone and names are masked for everyone but the person themself', async () => {
    const { create, act, c, resident, neighbour, worker } = await setup()
    const r = await create()
    await act(r.id, 'join', {}, neighbour)
    await act(r.id, 'take', {}, worker)

    const asOwner = (await c.get(`/reports/${r.id}`, resident)).body
    const asNeighbour = (await c.get(`/reports/${r.id}`, neighbour)).body
    const asWorker = (await c.get(`/reports/${r.id}`, worker)).body

    expect([asOwner.contactPhone, asWorker.contactPhone, asNeighbour.contactPhone]).toEqual(['13807311234', '13807311234', '138****1234'])
    // residents see each other as 居民 (the form's privacy note promises it); the worker a masked name
    expect([asOwner.reporterName, asWorker.reporterName, asNeighbour.reporterName]).toEqual(['王秀英', '王*英', '居民'])
    const takeBy = (x: Json) => x.events.find((e: Json) => e.action === 'take').actorName
    expect([takeBy(asOwner), takeBy(asWorker), takeBy(asNeighbour)]).toEqual(['刘*华', '刘志华', '刘*华'])
    const joinBy = (x: Json) => x.events.find((e: Json) => e.action === 'join').actorName
    expect([joinBy(asOwner), joinBy(asWorker), joinBy(asNeighbour)]).toEqual(['居民', '李*国', '李建国'])
    expect(JSON.stringify(asNeighbour)).not.toContain('王')
  })

  test('an anonymous report shows 匿名, even to the grid worker', async () => {
    const { create, act, c, resident, worker, neighbour, handleAndPass } = await setup()
    const r = await create({ anonymous: true })
    await act(r.id, 'join', {}, neighbour)
    await act(r.id, 'take', {}, worker)
    await handleAndPass(r.id)
    await act(r.id, 'rate', rateInput(), resident)
    const asWorker = (await c.get(`/reports/${r.id}`, worker)).body
    const asNeighbour = (await c.get(`/reports/${r.id}`, neighbour)).body
    expect(asWorker.reporterName).toBe('匿名')
    expect(asNeighbour.reporterName).toBe('匿名')
    expect(asWorker.contactPhone).toBe('13807311234')
    expect(asWorker.gates[5].actorName).toBe('匿名')
    expect(asNeighbour.events.find((e: Json) => e.action === 'rate').actorName).toBe('匿名')
    expect(JSON.stringify(asWorker)).not.toContain('王')
  })
})

describe('lists', () => {
  test('mine: own + joined, filtered by open/done', async () => {
    const { c, resident, neighbour } = await setup()
    const all = (await c.get('/reports', resident, { scope: 'mine' })).body
    expect(all.total).toBeGreaterThanOrEqual(2)
    expect(all.items.every((i: Json) => i.relation === 'owner' || i.relation === 'joined')).toBe(true)
    const open = (await c.get('/reports', resident, { scope: 'mine', status: 'open' })).body.items as Json[]
    const done = (await c.get('/reports', resident, { scope: 'mine', status: 'done' })).body.items as Json[]
    expect(open.length + done.length).toBe(all.total)
    expect(done.every((i) => ['closed', 'withdrawn', 'civil'].includes(i.status))).toBe(true)
    expect(done.some((i) => i.status === 'civil')).toBe(true)
    expect(open.some((i) => i.status === 'replied')).toBe(true)
    // demo-resident-2 sees the report they joined in the seed
    const n = (await c.get('/reports', neighbour, { scope: 'mine' })).body.items as Json[]
    expect(n.some((i) => i.relation === 'joined')).toBe(true)
  })

  test('queue: only the worker’s own grid; open = pending/handling', async () => {
    const { c, worker, otherWorker } = await setup()
    const q1 = (await c.get('/reports', worker, { scope: 'queue', limit: '50' })).body.items as Json[]
    const q2 = (await c.get('/reports', otherWorker, { scope: 'queue', limit: '50' })).body.items as Json[]
    expect(q1.every((i) => i.gridId === 'gd-xpl-1')).toBe(true)
    expect(q2.every((i) => i.gridId === 'gd-xpl-2')).toBe(true)
    expect(q2.length).toBeGreaterThan(0)
    const open = (await c.get('/reports', worker, { scope: 'queue', status: 'open' })).body.items as Json[]
    expect(open.length).toBeGreaterThan(0)
    expect(open.every((i) => i.status === 'pending' || i.status === 'handling')).toBe(true)
  })
})

describe('what followers see (我也遇到了)', () => {
  test('an internal note stays with the grid workers: residents neither see it nor are told', async () => {
    const { create, c, act, resident, neighbour, worker, otherWorker, server } = await setup()
    const r = await create()
    expect((await c.post(`/reports/${r.id}/join`, {}, neighbour)).status).toBe(200)
    expect((await act(r.id, 'take', {}, worker)).status).toBe(200)
    const inboxOf = async (token: string) => (await c.get('/inbox', token)).body.items.map((m: Json) => m.body).join('\n')

    const internal = await act(r.id, 'notes', noteInput({ text: '物业经理说周五前派人，电话已留', visibility: 'internal' }), worker)
    expect(internal.status).toBe(200)
    expect(internal.body.events.find((e: Json) => e.text === '物业经理说周五前派人，电话已留')).toMatchObject({ internal: true })
    expect(server.db.reports.find((x) => x.id === r.id)!.events.some((e) => e.internal && e.action === 'note')).toBe(true)
    const open = await act(r.id, 'notes', noteInput({ text: '已联系物业，周五前清运' }), worker)
    expect(open.status).toBe(200)

    for (const token of [resident, neighbour]) {
      const seen = (await c.get(`/reports/${r.id}`, token)).body
      const texts = seen.events.map((e: Json) => e.text)
      expect(texts).toContain('已联系物业，周五前清运')
      expect(texts).not.toContain('物业经理说周五前派人，电话已留')
      const inbox = await inboxOf(token)
      expect(inbox).toContain('已联系物业')
      expect(inbox).not.toContain('物业经理')
    }
    // another grid's worker cannot open the ticket at all
    expect((await c.get(`/reports/${r.id}`, otherWorker)).status).toBe(404)
    // a visibility the contract does not know is refused at the field
    const bad = await act(r.id, 'notes', { ...noteInput(), visibility: 'everyone' }, worker)
    expect(bad.status).toBe(400)
    expect(bad.body.fields.visibility).toBe('请选择谁能看到这条进展')
  })

  test('the similar list shows no one\'s photo', async () => {
    const { create, c, neighbour, server } = await setup()
    const withPhoto = server.db.reports.find((x) => x.location.gridId === 'gd-xpl-1' && x.photos.length && OPEN_REPORT_STATUSES.includes(x.status))
    expect(withPhoto).toBeTruthy()
    await create({ category: withPhoto!.category })
    const list = await c.get('/reports/similar', neighbour, { category: withPhoto!.category, gridId: 'gd-xpl-1' })
    expect(list.status).toBe(200)
    expect(list.body.items.map((i: Json) => i.id)).toContain(withPhoto!.id)
    expect(list.body.items.every((i: Json) => i.thumb === undefined)).toBe(true)
  })
})

test('the similar list answers for the grids a resident reports in, not for every grid', async () => {
  const { c, resident, worker } = await setup()
  const ask = (gridId: string, token = resident) => c.get('/reports/similar', token, { category: 'environment', gridId })
  // the home grid always answers
  for (let i = 0; i < 20; i++) expect((await ask('gd-xpl-1')).status).toBe(200)
  const others = ['gd-xpl-2', 'gd-tpj-1', 'gd-tpj-2', 'gd-gnq-1', 'gd-gnq-2', 'gd-bsj-1', 'gd-bsj-2', 'gd-htl-1']
  for (const g of others) expect((await ask(g)).status).toBe(200)
  // coming back to a grid already looked at today is free
  expect((await ask('gd-xpl-2')).status).toBe(200)
  const more = await ask('gd-htl-2')
  expect(more.status).toBe(429)
  expect(more.body.retryAfterSeconds).toBeGreaterThan(0)
  const headers = (more as { headers?: Record<string, string> }).headers ?? {}
  expect(Object.keys(headers).some((k) => k.toLowerCase() === 'retry-after')).toBe(true)
  // a grid worker has no use for it
  expect((await ask('gd-xpl-1', worker)).status).toBe(403)
})

describe('the resident’s next steps on an open ticket', () => {
  const PNG_URL = PNG_DATA_URL
  const stored = (server: { db: { reports: { id: string }[] } }, id: string) => server.db.reports.find((x) => x.id === id) as Json
  const inboxOf = async (c: ReturnType<typeof client>, token: string) => (await c.get('/inbox', token)).body.items as Json[]

  describe('催办 (urge)', () => {
    test('not before the deadline; once overdue it is recorded, counted and sent to the holder; once a day per person', async () => {
      const { create, act, c, clock, server, resident, neighbour, worker } = await setup()
      // 水电气: 24 hours (a session lasts 7 days, so the clock moves less than that)
      const r = await create({ category: 'water_leak', description: '楼上卫生间渗水，厨房吊顶一直在滴水。' })
      expect((await act(r.id, 'join', {}, neighbour)).status).toBe(200)

      const early = await act(r.id, 'urge', {}, resident)
      expect(early.status).toBe(409)
      expect(early.body.code).toBe('STATE_CONFLICT')
      expect(early.body.message).toBe('还没到办理时限（11-23 09:00），超时后才能催办')
      expect((await c.get(`/reports/${r.id}`, resident)).body.can).not.toContain('urge')

      clock.advance(DAY + HOUR)
      const before = (await c.get(`/reports/${r.id}`, resident)).body
      expect(before).toMatchObject({ overdue: true, urgeCount: 0, myLastUrgeAt: null })
      expect(before.can).toContain('urge')

      const ok = await act(r.id, 'urge', {}, resident)
      expect(ok.status).toBe(200)
      expect(ok.body.urgeCount).toBe(1)
      expect(ok.body.myLastUrgeAt).toBe(clock.now().toISOString())
      expect(ok.body.can).not.toContain('urge')
      expect(ok.body.events.at(-1)).toMatchObject({ action: 'urge', gate: 'handle', actorRole: 'resident', actorName: '王秀英', text: '已超时 1 小时，居民催办（第1次）' })
      expect(stored(server, r.id).urges).toEqual([{ userId: 'demo-resident', at: clock.now().toISOString() }])
      // the holder of an untaken order is the grid's worker: a 消息 of its own kind, opening the order
      expect((await inboxOf(c, worker))[0]).toMatchObject({ kind: 'report_urge', title: '居民催办', link: links.reportOrder(r.id), subject: { type: 'report', id: r.id } })
      expect((await inboxOf(c, worker))[0].body).toContain('第1次催办')
      // the worker sees the count on the order and in the queue
      expect((await c.get(`/reports/${r.id}`, worker)).body.urgeCount).toBe(1)
      const queued = ((await c.get('/reports', worker, { scope: 'queue', limit: '50' })).body.items as Json[]).find((i) => i.id === r.id)
      expect(queued.urgeCount).toBe(1)

      // twice within 24 hours: refused, with when to try again; nothing recorded
      clock.advance(23 * HOUR)
      const again = await act(r.id, 'urge', {}, resident)
      expect(again.status).toBe(409)
      expect(again.body.message).toBe('您已催办过，24小时内只能催办一次，请 60 分钟后再试')
      expect(stored(server, r.id).urges).toHaveLength(1)

      // a follower urges on their own account
      const theirs = await act(r.id, 'urge', {}, neighbour)
      expect(theirs.status).toBe(200)
      expect(theirs.body.urgeCount).toBe(2)
      // …and the reporter sees the follower as 居民
      expect((await c.get(`/reports/${r.id}`, resident)).body.events.at(-1).actorName).toBe('居民')

      // after 24 hours the reporter may urge again; a taken order's holder is the worker who took it
      clock.advance(HOUR)
      expect((await act(r.id, 'take', {}, worker)).status).toBe(200)
      const third = await act(r.id, 'urge', {}, resident)
      expect(third.status).toBe(200)
      expect(third.body.urgeCount).toBe(3)
      expect((await inboxOf(c, worker))[0]).toMatchObject({ kind: 'report_urge' })
    })

    test('a replay of the same request is the first answer, not a second urge', async () => {
      const { create, c, clock, server, resident } = await setup()
      const r = await create({ category: 'safety', description: '楼道里有人飞线给电动车充电，很危险。' })
      clock.advance(3 * HOUR)
      const a = await c.post(`/reports/${r.id}/urge`, {}, resident, 'urge-key-1')
      const b = await c.post(`/reports/${r.id}/urge`, {}, resident, 'urge-key-1')
      expect([a.status, b.status]).toEqual([200, 200])
      expect(b.body.urgeCount).toBe(1)
      expect(stored(server, r.id).urges).toHaveLength(1)
    })

    test('someone else’s ticket: 404 for a resident who does not follow it, 403 for the grid worker; closed and replied → 409', async () => {
      const { create, act, c, clock, resident, neighbour, worker, handleAndPass } = await setup()
      const r = await create({ category: 'water_leak', description: '楼上卫生间渗水，厨房吊顶一直在滴水。' })
      clock.advance(2 * DAY)
      const stranger = await act(r.id, 'urge', {}, neighbour)
      expect(stranger.status).toBe(404)
      expect(stranger.body.message).toBe('工单不存在或无权查看')
      expect((await act(r.id, 'urge', {}, worker)).status).toBe(403)
      expect((await act('SP209901010001', 'urge', {}, resident)).status).toBe(404)

      await act(r.id, 'take', {}, worker)
      await handleAndPass(r.id)
      const replied = await act(r.id, 'urge', {}, resident)
      expect(replied.status).toBe(409)
      expect(replied.body.message).toBe('网格员已办结回复，请您评价，无需催办')
      await act(r.id, 'rate', rateInput(), resident)
      const closed = await act(r.id, 'urge', {}, resident)
      expect(closed.status).toBe(409)
      expect(closed.body.message).toBe('工单当前为「已办结」，不能催办')
      expect((await c.get(`/reports/${r.id}`, resident)).body.urgeCount).toBe(0)
    })
  })

  describe('补充说明 / 补充照片 (supplement)', () => {
    test('the reporter adds text and photos while it is open; recorded, the workers are told', async () => {
      const { create, act, c, server, resident, neighbour, worker } = await setup()
      const r = await create()
      await act(r.id, 'join', {}, neighbour)
      const res = await act(r.id, 'supplement', { text: '今天早上又多了两袋建筑垃圾', photos: [PNG_URL] }, resident)
      expect(res.status).toBe(200)
      expect(res.body.photos).toHaveLength(1)
      expect(res.body.photos[0]).toMatch(/^ph_/)
      expect(res.body.events.at(-1)).toMatchObject({ action: 'supplement', text: '今天早上又多了两袋建筑垃圾', photos: res.body.photos })
      expect((await inboxOf(c, worker))[0]).toMatchObject({ kind: 'report_supplement', title: '居民补充了情况', link: links.reportOrder(r.id) })
      expect((await inboxOf(c, worker))[0].body).toContain('补充照片 1 张')
      // photos only is fine too
      expect((await act(r.id, 'supplement', { photos: [res.body.photos[0]] }, resident)).status).toBe(200)

      // a follower may not; nor a stranger
      expect((await act(r.id, 'supplement', { text: '我家门口也有很多垃圾' }, neighbour)).status).toBe(403)
      expect((await act(r.id, 'supplement', { text: '我家门口也有很多垃圾' }, worker)).status).toBe(403)
      expect(stored(server, r.id).events.filter((e: Json) => e.action === 'supplement')).toHaveLength(2)
    })

    test('validated like the description: 5–500 characters as people count them, something to add, at most 9 photos in all', async () => {
      const { create, act, resident } = await setup()
      const r = await create()
      const empty = await act(r.id, 'supplement', {}, resident)
      expect(empty.status).toBe(400)
      expect(empty.body.fields).toEqual({ text: '请填写补充说明或添加照片' })
      expect((await act(r.id, 'supplement', { text: '又多了' }, resident)).body.fields).toEqual({ text: '补充说明至少5个字' })
      expect((await act(r.id, 'supplement', { text: '😀'.repeat(501) }, resident)).body.fields).toEqual({ text: '补充说明最多500个字' })
      expect((await act(r.id, 'supplement', { text: '😀'.repeat(500) }, resident)).status).toBe(200)
      expect((await act(r.id, 'supplement', { text: '今天更严重了', extra: 1 }, resident)).status).toBe(400)

      const first = await act(r.id, 'supplement', { photos: Array(7).fill(PNG_URL) }, resident)
      expect(first.status).toBe(200)
      const tooMany = await act(r.id, 'supplement', { photos: Array(3).fill(first.body.photos[0]) }, resident)
      expect(tooMany.status).toBe(400)
      expect(tooMany.body.fields).toEqual({ photos: '每张工单最多9张照片，还能补充2张' })
      expect((await act(r.id, 'supplement', { photos: Array(2).fill(first.body.photos[0]) }, resident)).status).toBe(200)
      expect((await act(r.id, 'supplement', { photos: [first.body.photos[0]] }, resident)).body.fields).toEqual({ photos: '这张工单已有9张照片，不能再添加' })
    })

    test('not once it is replied or closed', async () => {
      const { create, act, resident, worker, handleAndPass } = await setup()
      const r = await create()
      await act(r.id, 'take', {}, worker)
      await handleAndPass(r.id)
      const res = await act(r.id, 'supplement', { text: '又多了两袋建筑垃圾' }, resident)
      expect(res.status).toBe(409)
      expect(res.body.message).toBe('工单当前为「待评价」，不能再补充')
    })
  })

  describe('撤回 (withdraw)', () => {
    test('before it is taken: withdrawn, recorded, the workers and followers are told, it leaves the to-do list', async () => {
      const { create, act, c, resident, neighbour, worker } = await setup()
      const r = await create()
      await act(r.id, 'join', {}, neighbour)
      expect((await act(r.id, 'withdraw', {}, neighbour)).status).toBe(403)
      expect((await act(r.id, 'withdraw', {}, worker)).status).toBe(403)

      const res = await act(r.id, 'withdraw', { reason: '物业已经清理了' }, resident)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status: 'withdrawn', currentGate: null, deadline: null, overdue: false, holder: '已撤回', can: [] })
      expect(res.body.events.at(-1)).toMatchObject({ action: 'withdraw', text: '居民撤回：物业已经清理了' })
      expect((await inboxOf(c, worker))[0]).toMatchObject({ kind: 'report_withdraw', title: '工单已撤回' })
      expect((await inboxOf(c, neighbour))[0]).toMatchObject({ kind: 'report_status', title: '问题已撤回' })

      const todo = (await c.get('/reports', worker, { scope: 'queue', status: 'open', limit: '50' })).body.items as Json[]
      expect(todo.map((i) => i.id)).not.toContain(r.id)
      const done = (await c.get('/reports', worker, { scope: 'queue', status: 'done', limit: '50' })).body.items as Json[]
      expect(done.map((i) => i.id)).toContain(r.id)
      const mineDone = (await c.get('/reports', resident, { scope: 'mine', status: 'done', limit: '50' })).body.items as Json[]
      expect(mineDone.find((i) => i.id === r.id)).toMatchObject({ status: 'withdrawn' })

      // it cannot be worked any more, nor withdrawn twice
      expect((await act(r.id, 'take', {}, worker)).body.message).toBe('工单当前为「已撤回」，不能接单')
      expect((await act(r.id, 'withdraw', {}, resident)).body.message).toBe('该工单已撤回')
    })

    test('not once a worker has taken it; the reason is optional and bounded', async () => {
      const { create, act, resident, worker } = await setup()
      const r = await create()
      expect((await act(r.id, 'withdraw', { reason: '长'.repeat(201) }, resident)).body.fields).toEqual({ reason: '撤回原因最多200个字' })
      await act(r.id, 'take', {}, worker)
      const res = await act(r.id, 'withdraw', {}, resident)
      expect(res.status).toBe(409)
      expect(res.body.message).toBe('网格员已接单，不能撤回了；如已不需要处理，请联系网格说明')
    })
  })

  describe('我也遇到了: join and leave', () => {
    test('leave is idempotent, gives back what anyone may see, and ends access', async () => {
      const { create, act, c, resident, neighbour, worker } = await setup()
      const r = await create()
      await act(r.id, 'join', {}, neighbour)
      const asFollower = (await c.get(`/reports/${r.id}`, neighbour)).body
      expect(asFollower.reporterName).toBe('居民')
      expect(asFollower.can).toEqual(expect.arrayContaining(['leave']))

      const left = await act(r.id, 'leave', {}, neighbour)
      expect(left.status).toBe(200)
      expect(left.body).toMatchObject({ id: r.id, followers: 0 })
      expect(left.body).not.toHaveProperty('relation')
      expect(left.body).not.toHaveProperty('thumb')
      expect(JSON.stringify(left.body)).not.toMatch(/1\d{10}|王/)
      // again: nothing changes
      const again = await act(r.id, 'leave', {}, neighbour)
      expect(again.status).toBe(200)
      expect(again.body.followers).toBe(0)
      // the ticket is no longer theirs to read
      expect((await c.get(`/reports/${r.id}`, neighbour)).status).toBe(404)
      // the reporter cannot leave their own; a worker has no such step
      expect((await act(r.id, 'leave', {}, resident)).body.message).toBe('这是您自己反映的问题，不能退出关注')
      expect((await act(r.id, 'leave', {}, worker)).status).toBe(403)
      // joining again works
      expect((await act(r.id, 'join', {}, neighbour)).body.followers).toBe(1)
    })

    test('a closed ticket one does not follow stays private: leave → 404', async () => {
      const { create, act, resident, neighbour, worker, handleAndPass } = await setup()
      const r = await create()
      await act(r.id, 'take', {}, worker)
      await handleAndPass(r.id)
      await act(r.id, 'rate', rateInput(), resident)
      expect((await act(r.id, 'leave', {}, neighbour)).status).toBe(404)
    })
  })
})
