// A stored db survives a new version of the mock: each domain migrates its slice from the version
// it was stored at. Version 1 is the flat db from before the split into domain slices.
import { links, PAGES } from '../../../src/contract'
import { DOMAINS } from '../../domains'
import type { MessageRecord } from '../../domains/inbox'
import { composeDb, createClock, createMemoryPersist, createMockServer, createSeedDb, DB_VERSION, type DomainModule } from '../index'
import { T0, client, newServer, unkeyed, type Json } from './helpers'

/** Where version 1 linked a grid worker's order page (it has moved since). */
const V1_ORDER_PAGE = '/packages/work/order/index'

const REPORT_ID = 'SP202611210001'
const TOKEN = 'tk_storedsessionfromv1xxxx'

/** A small db exactly as version 1 stored it. */
function v1Db() {
  const at = '2026-11-21T02:00:00.000Z'
  const system = { actorId: null, actorRole: 'system', actorName: '系统' }
  return {
    version: 1,
    seededAt: '2026-11-20T01:00:00.000Z',
    counters: { SP20261121: 1, ev: 2, msg: 3 },
    district: { id: 'tianxin', name: '天心区' },
    streets: [{ id: 'st-pzj', name: '坡子街街道' }],
    communities: [{ id: 'cm-xpl', name: '西牌楼社区', streetId: 'st-pzj' }],
    grids: [{ id: 'gd-xpl-1', name: '西牌楼社区第一网格', communityId: 'cm-xpl', servicePhone: '0731-85010001', workerId: 'demo-grid-worker' }],
    users: {
      'demo-resident': { id: 'demo-resident', name: '王秀英', phone: '13807311234', roles: ['resident', 'volunteer'], communityId: 'cm-xpl', gridId: 'gd-xpl-1', demoNote: '居民' },
      'demo-grid-worker': { id: 'demo-grid-worker', name: '刘志华', phone: '13787310101', roles: ['grid_worker'], communityId: 'cm-xpl', gridId: 'gd-xpl-1', demoNote: '网格员' },
    },
    demoAccountIds: ['demo-resident', 'demo-grid-worker'],
    sessions: { [TOKEN]: { token: TOKEN, userId: 'demo-resident', issuedAt: at, expiresAt: '2026-11-28T02:00:00.000Z' } },
    wxUsers: {},
    reports: [
      {
        id: REPORT_ID,
        category: 'noise',
        urgency: 'ordinary',
        status: 'pending',
        description: '楼下商铺半夜还在装修，电钻声很吵。',
        photos: [],
        location: { address: '西牌楼街18号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
        anonymous: false,
        contactPhone: '13807311234',
        reporterId: 'demo-resident',
        followerIds: [],
        assigneeId: 'demo-grid-worker',
        takenAt: null,
        escalatedTo: null,
        reopenCount: 0,
        rating: null,
        ratingComment: null,
        createdAt: at,
        dispatchedAt: at,
        deadline: '2026-11-28T02:00:00.000Z',
        updatedAt: at,
        gateDone: { accept: { at, ...system }, dispatch: { at, ...system } },
        events: [
          { id: 'ev-1', at, gate: 'accept', action: 'submit', ...system, text: '系统已受理：噪音' },
          { id: 'ev-2', at, gate: 'dispatch', action: 'dispatch', ...system, text: '已派发至西牌楼社区第一网格网格员 刘*华，时限：一般 · 7天内' },
        ],
      },
    ],
    messages: [
      { id: 'msg-1', userId: 'demo-resident', kind: 'report_status', title: '问题已受理', body: '已受理', at, read: true, link: `${PAGES.reportDetail}?id=${REPORT_ID}`, reportId: REPORT_ID },
      { id: 'msg-2', userId: 'demo-grid-worker', kind: 'report_order', title: '新工单', body: '西牌楼社区第一网格：噪音', at, read: false, link: `${V1_ORDER_PAGE}?id=${REPORT_ID}`, reportId: REPORT_ID },
      { id: 'msg-3', userId: 'demo-resident', kind: 'system', title: '欢迎', body: '欢迎使用邻里帮', at, read: false },
    ],
    idempotency: { 'demo-resident|POST|/reports|k1': { bodyHash: '{}', status: 201, body: { id: REPORT_ID }, at } },
    clock: { mode: 'fixed', at: Date.parse(T0) },
  }
}

/** Today's seed, written back in the version-1 shape (what a browser that ran the old mock holds). */
function seedAsV1(): string {
  const db = JSON.parse(JSON.stringify(createSeedDb(new Date(T0)))) as Json
  delete db.versions
  delete db.rateLimits
  db.version = 1
  db.messages = db.messages.map((m: Json) => {
    const { subject, ...rest } = m
    if (!subject) return rest
    // version 1 knew only reports: other modules' messages are today's, as the seed made them
    if (subject.type !== 'report') return m
    const link = m.kind === 'report_order' ? `${V1_ORDER_PAGE}?id=${subject.id}` : rest.link
    return { ...rest, link, reportId: subject.id }
  })
  return JSON.stringify(db)
}

describe('a version-1 db', () => {
  test('loads with its reports, messages, sessions and idempotency records; messages get a subject and the new link', async () => {
    const persist = createMemoryPersist(JSON.stringify(v1Db()))
    const server = createMockServer({ clock: createClock(T0), persist })
    const old = v1Db()

    expect(server.db.reports).toEqual(old.reports)
    // its people are kept (帮代办, added since, seeds the helpers of its places)
    expect(server.db.users).toMatchObject(old.users)
    // geo 2 adds each grid's boundary and the compounds (小区) with their buildings
    expect(server.db.grids).toEqual(old.grids.map((g: Json) => ({ ...g, boundary: expect.any(Array) })))
    expect(server.db.grids[0].boundary).toHaveLength(4)
    expect(server.db.compounds.length).toBeGreaterThan(0)
    expect(server.db.sessions).toEqual(old.sessions)
    // the flat idempotency map of old moves into its caller's bucket, the body's JSON becomes a
    // digest, and a replay across the upgrade is still answered
    expect(server.db.idempotency).toEqual({
      'user:demo-resident': { 'POST /reports k1': { bodyHash: expect.stringMatching(/^[0-9a-z]+\.[0-9a-z]+$/), status: 201, body: { id: REPORT_ID }, at: old.idempotency['demo-resident|POST|/reports|k1'].at } },
    })
    const replay = await client(server).post('/reports', {}, TOKEN, 'k1')
    expect(replay).toEqual({ status: 201, body: { id: REPORT_ID }, headers: expect.objectContaining({ 'idempotent-replayed': 'true' }) })
    expect(server.db.counters).toEqual(old.counters)
    expect(server.db.messages).toEqual<MessageRecord[]>([
      { id: 'msg-1', userId: 'demo-resident', kind: 'report_status', title: '问题已受理', body: '已受理', at: old.messages[0].at, read: true, link: links.reportDetail(REPORT_ID), subject: { type: 'report', id: REPORT_ID } },
      { id: 'msg-2', userId: 'demo-grid-worker', kind: 'report_order', title: '新工单', body: '西牌楼社区第一网格：噪音', at: old.messages[1].at, read: false, link: links.reportOrder(REPORT_ID), subject: { type: 'report', id: REPORT_ID } },
      { id: 'msg-3', userId: 'demo-resident', kind: 'system', title: '欢迎', body: '欢迎使用邻里帮', at: old.messages[2].at, read: false },
    ])
    expect(JSON.stringify(server.db)).not.toContain('reportId')
    expect(JSON.stringify(server.db)).not.toContain(V1_ORDER_PAGE)

    // the app goes on where it was: same session, same ticket, the inbox in the new shape
    const c = client(server)
    expect((await c.get(`/reports/${REPORT_ID}`, TOKEN)).body).toMatchObject({ id: REPORT_ID, status: 'pending', reporterName: '王秀英' })
    const inbox = (await c.get('/inbox', TOKEN)).body
    expect(inbox.items.map((m: Json) => m.id)).toEqual(['msg-3', 'msg-1'])
    expect(inbox.items[1]).toEqual({ id: 'msg-1', kind: 'report_status', title: '问题已受理', body: '已受理', at: old.messages[0].at, read: true, link: links.reportDetail(REPORT_ID), subject: { type: 'report', id: REPORT_ID } })
    // new ids continue from the stored counters
    const worker = await c.login('demo-grid-worker')
    await c.post(`/reports/${REPORT_ID}/take`, {}, worker)
    expect(server.db.messages.at(-1)).toMatchObject({ id: 'msg-4', userId: 'demo-resident', subject: { type: 'report', id: REPORT_ID } })

    // it is stored in the new layout, and loading that again changes nothing
    const stored = JSON.parse(persist.peek() as string)
    expect(stored.version).toBe(DB_VERSION)
    expect(stored.versions).toEqual({ geo: 2, auth: 1, reports: 1, bookings: 1, points: 2, disputes: 1, photos: 1, inbox: 2, demo: 1, stats: 1 })
    const again = createMockServer({ clock: createClock(T0), persist })
    expect(JSON.parse(JSON.stringify(again.db))).toEqual(stored)
  })

  test('the seed as version 1 stored it migrates to exactly today’s seed', () => {
    const server = createMockServer({ clock: createClock(T0), persist: createMemoryPersist(seedAsV1()) })
    const { clock, ...migrated } = JSON.parse(JSON.stringify(server.db))
    expect(clock).toEqual({ mode: 'fixed', at: Date.parse(T0) })
    // the signing keys are random (points 2 makes a new one), and the codes that come from them
    expect(unkeyed(migrated)).toEqual(unkeyed(JSON.parse(JSON.stringify(createSeedDb(new Date(T0))))))
  })

  test('a moved clock stored with it is restored', () => {
    const db = { ...v1Db(), clock: { mode: 'fixed', at: Date.parse(T0) + 3600_000 } }
    const clock = createClock(T0)
    createMockServer({ clock, persist: createMemoryPersist(JSON.stringify(db)) })
    expect(clock.now().getTime()).toBe(Date.parse(T0) + 3600_000)
  })
})

describe('stored dbs that cannot be used are replaced by the seed', () => {
  const seeded = () => newServer().server.db.reports.length
  const load = (db: unknown) => createMockServer({ clock: createClock(T0), persist: createMemoryPersist(JSON.stringify(db)) }).db

  test('an unknown layout, or one from a newer mock', () => {
    expect(load({ ...v1Db(), version: 0 }).reports).toHaveLength(seeded())
    expect(load({ ...v1Db(), version: DB_VERSION + 1 }).reports).toHaveLength(seeded())
    expect(load({ ...v1Db(), version: DB_VERSION }).reports).toHaveLength(seeded()) // layout 2 needs `versions`
  })

  test('a slice stored by a newer version of its domain', () => {
    const { server } = newServer()
    const stored = JSON.parse(JSON.stringify(server.db))
    expect(load(stored).reports).toHaveLength(seeded())
    server.db.reports.splice(0, 1)
    const fewer = JSON.parse(JSON.stringify(server.db))
    expect(load(fewer).reports).toHaveLength(seeded() - 1)
    expect(load({ ...fewer, versions: { ...fewer.versions, inbox: 3 } }).reports).toHaveLength(seeded())
  })

  test('a slice of the wrong shape', () => {
    const { server } = newServer()
    server.db.reports.splice(0, 1)
    const stored = JSON.parse(JSON.stringify(server.db))
    expect(load({ ...stored, reports: { not: 'a list' } }).reports).toHaveLength(seeded())
    expect(load({ ...stored, users: [] }).reports).toHaveLength(seeded())
  })
})

describe('domains', () => {
  interface NotesSlice {
    notes: { id: string; text: string }[]
  }
  const notesDomain: DomainModule<NotesSlice> = {
    name: 'notes',
    routes: [],
    empty: () => ({ notes: [] }),
    seed: (db) => {
      // a seed may use the slices of the domains listed before it
      ;(db as unknown as NotesSlice).notes.push({ id: 'n-1', text: `${Object.keys(db.users).length} people` })
    },
  }

  test('a domain added after the db was stored: its slice is created and seeded, the rest is kept', () => {
    const { server, persist } = newServer()
    server.db.reports.splice(0, 1)
    const before = JSON.parse(JSON.stringify(server.db))
    persist.save(JSON.stringify(before))
    const withNotes = createMockServer({ clock: createClock(T0), persist, domains: [...DOMAINS, notesDomain] })
    const db = withNotes.db as unknown as typeof before & NotesSlice
    expect(db.reports).toEqual(before.reports)
    expect(db.notes).toEqual([{ id: 'n-1', text: `${Object.keys(before.users).length} people` }])
    expect(db.versions.notes).toBe(1)
    // without seeding, the new slice starts empty
    persist.save(JSON.stringify(before))
    const unseeded = createMockServer({ clock: createClock(T0), persist, seed: false, domains: [...DOMAINS, notesDomain] })
    expect((unseeded.db as unknown as NotesSlice).notes).toEqual([])
  })

  test('two domains may not claim the same key, nor share a name', () => {
    const clash: DomainModule<{ reports: string[] }> = { name: 'clash', routes: [], empty: () => ({ reports: [] }) }
    expect(() => composeDb([...DOMAINS, clash])).toThrow(/"reports" is claimed by both reports and clash/)
    expect(() => composeDb([...DOMAINS, { ...notesDomain, name: 'inbox' }])).toThrow(/two domains are named "inbox"/)
    expect(() => composeDb([...DOMAINS, { name: 'core-clash', routes: [], empty: () => ({ counters: {} }) }])).toThrow(/"counters" is claimed by both core/)
  })
})
