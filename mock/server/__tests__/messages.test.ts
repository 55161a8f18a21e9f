// Every message a resident may read is Chinese: the contract's schemas, whatever is wrong with a
// field, answer in Chinese through validate() (the client's forms and the mock share it).
import type { z } from 'zod'
import {
  demoLoginSchema,
  inboxReadSchema,
  pageQuerySchema,
  phoneCodeSchema,
  reportCreateSchema,
  reportEscalateSchema,
  reportHandleSchema,
  reportListQuerySchema,
  reportNoteSchema,
  reportRateSchema,
  reportReturnSchema,
  similarQuerySchema,
  validate,
  wxLoginSchema,
} from '../../../src/contract'
import { escalateInput, handleInput, noteInput, rateInput, reportInput, returnInput } from '../../../test/utils/bodies'
import { client, newServer } from './helpers'

const CHINESE = /[\u4e00-\u9fff]/

/** Each schema with a valid input; every field of it is replaced in turn by each wrong value. */
const BODIES: [string, z.ZodTypeAny, Record<string, unknown>][] = [
  ['wxLogin', wxLoginSchema, { code: 'wx-code' }],
  ['phoneCode', phoneCodeSchema, { code: 'phone-code' }],
  ['demoLogin', demoLoginSchema, { accountId: 'demo-resident' }],
  ['reportCreate', reportCreateSchema, reportInput({ location: { address: '西牌楼街35号院', communityId: 'cm-xpl', gridId: 'gd-xpl-1', latitude: 28.19, longitude: 112.98 } })],
  ['reportNote', reportNoteSchema, noteInput()],
  ['reportEscalate', reportEscalateSchema, escalateInput()],
  ['reportReturn', reportReturnSchema, returnInput()],
  ['reportHandle', reportHandleSchema, handleInput()],
  ['reportRate', reportRateSchema, rateInput({ rating: 'unsatisfied', comment: '还是没有修好' })],
  ['inboxRead', inboxReadSchema, { ids: ['msg-1'], all: false }],
  ['pageQuery', pageQuerySchema, { cursor: 'o1', limit: '10' }],
  ['reportListQuery', reportListQuerySchema, { scope: 'mine', status: 'open', cursor: 'o1', limit: '10' }],
  ['similarQuery', similarQuerySchema, { category: 'noise', gridId: 'gd-xpl-1', cursor: 'o1', limit: '10' }],
]

const WRONG: unknown[] = [null, 0, 12.5, -1e9, true, false, '', ' ', 'x', '\u200b', {}, [], [1], [{}], { a: 1 }, 'x'.repeat(2000)]

/** Every path to a leaf of a plain value: ['location', 'gridId'], ['photos'], … */
function leaves(v: Record<string, unknown>, prefix: string[] = []): string[][] {
  const out: string[][] = []
  for (const k of Object.keys(v)) {
    const x = v[k]
    if (x && typeof x === 'object' && !Array.isArray(x)) out.push(...leaves(x as Record<string, unknown>, prefix.concat(k)))
    else out.push(prefix.concat(k))
  }
  return out
}

function withValue(v: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(v)) as Record<string, unknown>
  let o = copy
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>
  o[path[path.length - 1]] = value
  return copy
}

describe('every message of every schema is Chinese', () => {
  test.each(BODIES)('%s: the valid input passes', (_, schema, valid) => {
    expect(validate(schema, valid)).toMatchObject({ ok: true })
  })

  test.each(BODIES)('%s: wrong types in every field', (_, schema, valid) => {
    const english: string[] = []
    let checked = 0
    for (const path of leaves(valid)) {
      for (const wrong of WRONG) {
        const r = validate(schema, withValue(valid, path, wrong))
        if (r.ok) continue
        for (const [field, message] of Object.entries(r.fields)) {
          checked++
          if (!CHINESE.test(message)) english.push(`${path.join('.')}=${JSON.stringify(wrong).slice(0, 20)} → ${field}: ${message}`)
        }
      }
    }
    expect(english).toEqual([])
    expect(checked).toBeGreaterThan(0)
  })

  test.each(BODIES)('%s: a whole body of the wrong kind, missing fields, unknown fields', (_, schema, valid) => {
    const english: string[] = []
    const inputs: unknown[] = [undefined, null, 'text', 42, true, [], [valid]]
    for (const k of Object.keys(valid)) {
      const rest = { ...valid }
      delete rest[k]
      inputs.push(rest)
    }
    for (const input of inputs) {
      const r = validate(schema, input)
      if (!r.ok) for (const [field, message] of Object.entries(r.fields)) if (!CHINESE.test(message)) english.push(`${JSON.stringify(input)?.slice(0, 30)} → ${field}: ${message}`)
    }
    expect(english).toEqual([])
  })

  test('unknown body fields are refused by name; queries ignore unknown parameters', () => {
    expect(validate(demoLoginSchema, { accountId: 'demo-resident', foo: 1, bar: 2 })).toEqual({ ok: false, fields: { foo: '不支持的字段：foo', bar: '不支持的字段：bar' } })
    expect(validate(reportListQuerySchema, { scope: 'mine', _t: '123' })).toMatchObject({ ok: true })
  })
})

describe('text fields', () => {
  const describeOf = (description: string) => validate(reportCreateSchema, reportInput({ description }))

  test('lengths count characters as people see them: three emoji are three characters', () => {
    expect(describeOf('😀😀😀😀')).toEqual({ ok: false, fields: { description: '问题描述至少5个字' } })
    expect(describeOf('😀😀😀😀😀')).toMatchObject({ ok: true })
    expect(describeOf('😀'.repeat(500))).toMatchObject({ ok: true })
    expect(describeOf('😀'.repeat(501))).toEqual({ ok: false, fields: { description: '问题描述最多500个字' } })
    expect(validate(reportRateSchema, { rating: 'satisfied', comment: '👍'.repeat(200) })).toMatchObject({ ok: true })
    expect(validate(reportRateSchema, { rating: 'satisfied', comment: '👍'.repeat(201) })).toEqual({ ok: false, fields: { comment: '评价最多200个字' } })
  })

  test('only spaces, zero-width characters or combining marks → 请填写…', () => {
    for (const blank of ['     ', '\u200b\u200b\u200b\u200b\u200b\u200b', '\u200c\u200d\ufeff\u200b\u200c\u200d', '\u0301\u0301\u0301\u0301\u0301\u0301', ' \u200b \u0308 \ufeff \u3000 ']) {
      expect(describeOf(blank)).toEqual({ ok: false, fields: { description: '请填写问题描述' } })
    }
    // invisible characters do not make a short text long enough
    expect(describeOf('垃圾\u200b\u200b\u200b')).toEqual({ ok: false, fields: { description: '问题描述至少5个字' } })
    expect(validate(reportNoteSchema, noteInput({ text: '\u200b\u200b\u200b' }))).toEqual({ ok: false, fields: { text: '请填写进展说明' } })
  })

  test('latitude in [-90, 90], longitude in [-180, 180]', () => {
    const at = (latitude: number, longitude: number) =>
      validate(reportCreateSchema, reportInput({ location: { address: '西牌楼街35号院', communityId: 'cm-xpl', gridId: 'gd-xpl-1', latitude, longitude } }))
    expect(at(90, 180)).toMatchObject({ ok: true })
    expect(at(-90, -180)).toMatchObject({ ok: true })
    const bad = at(90.5, -180.5)
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(Object.keys(bad.fields).sort()).toEqual(['location.latitude', 'location.longitude'])
      for (const m of Object.values(bad.fields)) expect(m).toMatch(CHINESE)
    }
  })

  test('the server answers the same Chinese messages', async () => {
    const { server } = newServer()
    const c = client(server)
    const token = await c.login('demo-resident')
    const r = await c.post('/inbox/read', { ids: 'msg-1', all: 'yes' }, token)
    expect(r.status).toBe(400)
    expect(Object.keys(r.body.fields).sort()).toEqual(['all', 'ids'])
    for (const m of Object.values(r.body.fields)) expect(m).toMatch(CHINESE)
  })
})
