// 登录: WeChat one-tap login (a device, or a code, → a stable new resident), demo accounts,
// logout, /me. Logins are limited per device (X-Device-Id; 'anon' without one).
import { authEndpoints, demoLoginSchema, maskPhone, phoneCodeSchema, wxLoginSchema, type DemoAccount, type MyPhone } from '../../../src/contract'
import { bearerToken, createSession, toUserDto } from '../../server/auth'
import type { DbState } from '../../server/db'
import type { DomainModule } from '../../server/domain'
import { fail } from '../../server/errors'
import { body } from '../../server/input'
import type { RouteDef } from '../../server/router'
import { rateLimit } from '../../server/limit'
import { getOwn, hash32, setOwn } from '../../server/util'
import { findCommunity, findGrid } from '../geo/state'
import { seedAuth } from './seed'
import { emptyAuth, type AuthSlice, type UserRecord } from './state'

export * from './state'
export { DEMO } from './seed'

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** Logins (wx-login and demo-login together) per device: 20 in 10 minutes. */
export const LOGINS_PER_10_MINUTES = 20
const loginLimit = rateLimit({ name: 'auth.login', max: LOGINS_PER_10_MINUTES, windowMs: 10 * 60 * 1000 })

/** H5's pseudo code: stable per browser, so it names the person by itself. */
const isH5Code = (code: string) => code.indexOf('h5-') === 0

/**
 * The user a WeChat login stands for, created on first sight as a new resident. A weapp code is
 * new on every Taro.login, so with a device id the device names the person (as the openid a
 * real server gets for any of its codes); H5's pseudo code 'h5-<id>', or a code without a device
 * id, names the person by itself.
 */
export function wxUser(db: DbState, code: string, deviceId: string | null = null): UserRecord {
  const byDevice = !!deviceId && !isH5Code(code)
  const map = byDevice ? db.wxDevices : db.wxUsers
  const name = byDevice ? (deviceId as string) : code
  const known = getOwn(map, name)
  const knownUser = known ? getOwn(db.users, known) : undefined
  if (knownUser) return knownUser
  const seed = byDevice ? `device:${name}` : code
  const h = hash32(seed)
  let suffix = ''
  let x = h
  for (let i = 0; i < 4; i++) {
    suffix += ID_CHARS[x % ID_CHARS.length]
    x = Math.floor(x / ID_CHARS.length)
  }
  let id = `wx-${h.toString(36)}`
  while (getOwn(db.users, id)) id += 'x'
  const digits = String(100000000 + (hash32(`phone:${seed}`) % 900000000))
  const user: UserRecord = {
    id,
    name: `微信用户${suffix}`,
    phone: `13${digits.slice(0, 9)}`,
    roles: ['resident'],
    communityId: null,
    gridId: null,
  }
  setOwn(db.users, id, user)
  setOwn(map, name, id)
  return user
}

export function demoAccounts(db: DbState): DemoAccount[] {
  return db.demoAccountIds
    .map((id) => db.users[id])
    .filter((u): u is UserRecord => !!u)
    .map((u) => {
      const c = findCommunity(db, u.communityId)
      const g = findGrid(db, u.gridId)
      return {
        id: u.id,
        name: u.name,
        phoneMasked: maskPhone(u.phone),
        roles: u.roles.slice(),
        communityName: c ? c.name : '',
        gridName: g ? g.name : '',
        note: u.demoNote || '',
      }
    })
}

const routes: RouteDef[] = [
  {
    method: 'POST',
    pattern: authEndpoints.wxLogin.pattern,
    auth: 'public',
    handler: (ctx) => {
      loginLimit.take(ctx.db, ctx.deviceId || 'anon', ctx.now)
      const { code } = body(ctx, wxLoginSchema)
      return { status: 200, body: createSession(ctx.db, wxUser(ctx.db, code, ctx.deviceId), ctx.now) }
    },
  },
  {
    method: 'POST',
    pattern: authEndpoints.demoLogin.pattern,
    auth: 'public',
    handler: (ctx) => {
      loginLimit.take(ctx.db, ctx.deviceId || 'anon', ctx.now)
      const { accountId } = body(ctx, demoLoginSchema)
      const user = ctx.db.demoAccountIds.indexOf(accountId) >= 0 ? getOwn(ctx.db.users, accountId) : undefined
      if (!user) throw fail.validation({ accountId: '演示账号不存在' })
      return { status: 200, body: createSession(ctx.db, user, ctx.now) }
    },
  },
  {
    method: 'GET',
    pattern: authEndpoints.demoAccounts.pattern,
    auth: 'public',
    handler: (ctx) => ({ status: 200, body: demoAccounts(ctx.db) }),
  },
  {
    method: 'POST',
    pattern: authEndpoints.logout.pattern,
    // public: logging out with an expired token still succeeds
    auth: 'public',
    handler: (ctx) => {
      const token = bearerToken(ctx.req.headers)
      if (token && getOwn(ctx.db.sessions, token)) delete ctx.db.sessions[token]
      return { status: 200, body: { ok: true } }
    },
  },
  {
    method: 'GET',
    pattern: authEndpoints.me.pattern,
    handler: (ctx) => ({ status: 200, body: toUserDto(ctx.me()) }),
  },
  {
    // The caller's own number, to start their own forms with (the report's contact phone). Only
    // ever the caller's: other people's phones stay masked on the wire.
    method: 'GET',
    pattern: authEndpoints.myPhone.pattern,
    handler: (ctx) => {
      const answer: MyPhone = { phone: ctx.me().phone }
      return { status: 200, body: answer }
    },
  },
  {
    // WeChat's getPhoneNumber gives a one-time code the server exchanges for the number; here any
    // code stands for the caller's own phone, which only the caller receives.
    method: 'POST',
    pattern: authEndpoints.myPhone.pattern,
    handler: (ctx) => {
      body(ctx, phoneCodeSchema)
      const answer: MyPhone = { phone: ctx.me().phone }
      return { status: 200, body: answer }
    },
  },
]

export const authDomain: DomainModule<AuthSlice> = {
  name: 'auth',
  routes,
  empty: emptyAuth,
  seed: seedAuth,
}
