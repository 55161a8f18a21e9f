import Taro from '@tarojs/taro'
import type { Session } from '@/contract'
import { SESSION_STORAGE_KEY, currentToken, isLoggedIn, useSession } from '../session'
import { SETTINGS_STORAGE_KEY, useSettings } from '../settings'
import { countDrafts } from '../drafts'

const session = (over: Partial<Session['user']> = {}, expiresInMs = 3600_000): Session => ({
  token: 'tok-1',
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  user: { id: 'u1', name: '王秀英', phoneMasked: '138****1234', roles: ['resident', 'volunteer'], communityId: 'c1', gridId: 'g1', home: null, ...over },
})


test('signIn stores the session, picks the first role, persists to storage', () => {
  useSession.getState().signIn(session())
  const s = useSession.getState()
  expect(isLoggedIn(s)).toBe(true)
  expect(s.activeRole).toBe('resident')
  expect(s.user?.roles).toEqual(['resident', 'volunteer'])
  expect(currentToken()).toBe('tok-1')
  const stored = JSON.parse(Taro.getStorageSync(SESSION_STORAGE_KEY))
  expect(stored.state.token).toBe('tok-1')
})

test('setActiveRole only accepts a role the user holds and survives a re-login', () => {
  useSession.getState().signIn(session())
  useSession.getState().setActiveRole('grid_worker')
  expect(useSession.getState().activeRole).toBe('resident')
  useSession.getState().setActiveRole('volunteer')
  expect(useSession.getState().activeRole).toBe('volunteer')
  useSession.getState().signIn(session())
  expect(useSession.getState().activeRole).toBe('volunteer')
  useSession.getState().signIn(session({ id: 'u2', roles: ['grid_worker'] }))
  expect(useSession.getState().activeRole).toBe('grid_worker')
})

test('signOut clears the state and the storage', () => {
  useSession.getState().signIn(session())
  useSession.getState().signOut()
  expect(isLoggedIn(useSession.getState())).toBe(false)
  expect(Taro.getStorageSync(SESSION_STORAGE_KEY)).toBe('')
  expect(currentToken()).toBeNull()
})

test('an expired session is not logged in', () => {
  useSession.getState().signIn(session({}, -1000))
  expect(isLoggedIn(useSession.getState())).toBe(false)
  expect(currentToken()).toBeNull()
})

test('rehydrates from storage synchronously', async () => {
  useSession.getState().signIn(session())
  useSession.setState({ token: null, user: null, expiresAt: null, activeRole: null }, false)
  // setState persisted the empty state; put the real one back and rehydrate
  Taro.setStorageSync(SESSION_STORAGE_KEY, JSON.stringify({ state: { ...session(), activeRole: 'volunteer' }, version: 1 }))
  await useSession.persist.rehydrate()
  expect(useSession.getState().activeRole).toBe('volunteer')
  expect(isLoggedIn(useSession.getState())).toBe(true)
})

test('settings: elder mode persists', () => {
  useSettings.getState().setElder(true)
  expect(useSettings.getState().elder).toBe(true)
  expect(JSON.parse(Taro.getStorageSync(SETTINGS_STORAGE_KEY)).state.elder).toBe(true)
})

test('countDrafts counts what was typed for the server, not the notes a person keeps (ticked papers)', () => {
  const draft = (values: Record<string, unknown>) => ({ values, key: 'k', updatedAt: 0 })
  const drafts = {
    'u1:report-new': draft({ description: '楼下垃圾没人清运' }),
    'u1:kept-booking-materials-sv-yb': draft({ have: ['身份证'] }),
    'u1:booking-new-sv-yb': draft({ note: '' }),
    'u2:report-new': draft({ description: '别人的' }),
  }
  expect(countDrafts(drafts as never, 'u1')).toBe(1)
})
