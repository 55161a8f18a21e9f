import { REPORT_STATUSES } from '../../../src/contract'
import { createSeedDb } from '../../server'
import { T0, client, newServer, unkeyed, type Json } from '../../server/__tests__/helpers'

describe('seed', () => {
  test('is deterministic for a given clock, but for the random signing keys and the codes they make (invitation codes too)', () => {
    const seed = () => {
      const db = createSeedDb(new Date(T0))
      expect(db.bookingSecret).toMatch(/^[0-9a-f]{64}$/)
      expect(db.pointsSecret).toMatch(/^[0-9a-f]{64}$/)
      return JSON.stringify(unkeyed(db))
    }
    expect(seed()).toBe(seed())
    expect(createSeedDb(new Date(T0)).pointsSecret).not.toBe(createSeedDb(new Date(T0)).pointsSecret)
  })

  test('has reports in every status, overdue, escalated, rated and reopened ones', async () => {
    const { server } = newServer()
    const reports = server.db.reports
    expect(reports.length).toBeGreaterThanOrEqual(24)
    for (const s of REPORT_STATUSES) expect(reports.filter((r) => r.status === s).length).toBeGreaterThan(0)
    expect(reports.some((r) => r.escalatedTo)).toBe(true)
    expect(reports.some((r) => r.reopenCount > 0 && r.status === 'handling')).toBe(true)
    expect(reports.filter((r) => r.rating).length).toBeGreaterThan(3)
    expect(new Set(reports.map((r) => r.location.gridId)).size).toBeGreaterThanOrEqual(8)
    expect(reports.filter((r) => r.reporterId === 'demo-resident').length).toBeGreaterThanOrEqual(2)
    const c = client(server)
    const worker = await c.login('demo-grid-worker')
    const queue = (await c.get('/reports', worker, { scope: 'queue', limit: '50' })).body.items as Json[]
    expect(queue.filter((i) => i.overdue).length).toBeGreaterThan(0)
    // every status but 待分派, which waits for the community before any grid has it
    expect(new Set(queue.map((i) => i.status)).size).toBe(REPORT_STATUSES.length - 1)
    const organiser = await c.login('demo-organiser')
    const community = (await c.get('/reports', organiser, { scope: 'community', limit: '50' })).body.items as Json[]
    expect(community[0]).toMatchObject({ status: 'dispatching', gridId: '' })
  })

  test('every report has a consistent history', () => {
    const { server } = newServer()
    for (const r of server.db.reports) {
      expect(r.id).toMatch(/^SP\d{12}$/)
      // a patrol finding is filed and taken by its grid worker at once
      expect(r.events.slice(0, 2).map((e) => e.action)).toEqual(r.patrol ? ['patrol', 'take'] : ['submit', 'dispatch'])
      const times = r.events.map((e) => Date.parse(e.at))
      expect(times).toEqual(times.slice().sort((a, b) => a - b))
      expect(Math.max(...times)).toBeLessThan(Date.parse(T0))
      // a patrol ticket closes at 审核, with no resident to rate it
      if (r.status === 'closed') expect(r.patrol ? r.rating === null : r.rating === 'satisfied' || r.rating === 'basically').toBe(true)
      if (r.status === 'replied' || r.status === 'closed') expect(r.gateDone.review).toBeDefined()
      if (r.status === 'reviewing') expect(r.events.at(-1)).toMatchObject({ action: 'reply', internal: true })
      if (r.status !== 'dispatching' && r.status !== 'pending' && r.status !== 'withdrawn') expect(r.events.some((e) => ['take', 'return'].includes(e.action))).toBe(true)
      if (r.status === 'withdrawn') expect(r.events.some((e) => e.action === 'take')).toBe(false)
      if (r.status === 'replied') expect(r.events.at(-1)!.action).toBe('reply')
      // a report filed without a grid (我不确定) has none until the community assigns one
      if (r.status === 'dispatching') {
        expect(r.location.gridId).toBe('')
        continue
      }
      if (r.events.some((e) => e.action === 'assign')) expect(r.gateDone.dispatch?.actorRole).toBe('organiser')
      const grid = server.db.grids.find((g) => g.id === r.location.gridId)!
      expect(grid.communityId).toBe(r.location.communityId)
    }
  })

  test('the demo accounts have messages, the last day’s still unread', async () => {
    const { server } = newServer()
    const c = client(server)
    const worker = await c.login('demo-grid-worker')
    const inbox = (await c.get('/inbox', worker)).body
    expect(inbox.total).toBeGreaterThan(5)
    expect((await c.get('/inbox/unread', worker)).body.unread).toBeGreaterThan(0)
    expect((await c.get('/inbox/unread', worker)).body.unread).toBeLessThan(inbox.total)
  })
})
