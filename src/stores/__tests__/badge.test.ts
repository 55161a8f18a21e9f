import { badgeText, useBadge } from '../badge'

beforeEach(() => useBadge.setState({ unread: 0 }))

test('setUnread keeps a whole, non-negative count', () => {
  const { setUnread } = useBadge.getState()
  setUnread(5)
  expect(useBadge.getState().unread).toBe(5)
  setUnread(-2)
  expect(useBadge.getState().unread).toBe(0)
  setUnread(2.7)
  expect(useBadge.getState().unread).toBe(2)
  setUnread(Number.NaN)
  expect(useBadge.getState().unread).toBe(0)
})

test('subscribers hear each change (the weapp tab bar lives in another component tree)', () => {
  const seen: number[] = []
  const stop = useBadge.subscribe((s) => seen.push(s.unread))
  useBadge.getState().setUnread(1)
  useBadge.getState().setUnread(4)
  stop()
  useBadge.getState().setUnread(9)
  expect(seen).toEqual([1, 4])
})

test('badgeText: nothing for 0, the count, 99+ past 99', () => {
  expect(badgeText(0)).toBe('')
  expect(badgeText(-1)).toBe('')
  expect(badgeText(7)).toBe('7')
  expect(badgeText(99)).toBe('99')
  expect(badgeText(100)).toBe('99+')
})
