import { formatDeadline, formatTime, fromNow } from '../format'
import { maskName, maskPhone } from '@/contract'
import { randomId } from '../ids'

describe('format', () => {
  const now = new Date(2026, 10, 22, 15, 0, 0) // 2026-11-22 15:00 local

  test('formatTime: MM-DD HH:mm this year, with the year otherwise', () => {
    expect(formatTime(new Date(2026, 10, 20, 9, 5).toISOString(), now)).toBe('11-20 09:05')
    expect(formatTime(new Date(2025, 0, 3, 18, 30).toISOString(), now)).toBe('2025-01-03 18:30')
    expect(formatTime('', now)).toBe('')
    expect(formatTime('not a date', now)).toBe('')
  })

  test('fromNow: Chinese relative time without spaces', () => {
    expect(fromNow(new Date(2026, 10, 22, 12, 0).toISOString(), now)).toBe('3小时前')
    expect(fromNow(new Date(2026, 10, 20, 15, 0).toISOString(), now)).toBe('2天前')
    expect(fromNow(new Date(2026, 10, 22, 14, 59, 50).toISOString(), now)).toBe('几秒前')
    // a slightly fast server clock still reads as just now
    expect(fromNow(new Date(2026, 10, 22, 15, 0, 20).toISOString(), now)).toBe('几秒前')
  })

  test('formatDeadline: remaining or overdue', () => {
    expect(formatDeadline(new Date(2026, 10, 22, 20, 0).toISOString(), now)).toBe('剩余 5 小时')
    expect(formatDeadline(new Date(2026, 10, 22, 13, 0).toISOString(), now)).toBe('已超时 2 小时')
    expect(formatDeadline(new Date(2026, 10, 22, 15, 30).toISOString(), now)).toBe('剩余 30 分钟')
    expect(formatDeadline(new Date(2026, 10, 25, 18, 0).toISOString(), now)).toBe('剩余 3 天 3 小时')
    expect(formatDeadline(new Date(2026, 10, 29, 15, 0).toISOString(), now)).toBe('剩余 7 天')
  })
})

describe('mask', () => {
  test('maskPhone', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('138****1234')).toBe('138****1234')
    expect(maskPhone('')).toBe('')
    expect(maskPhone(undefined)).toBe('')
    expect(maskPhone('12345678')).toBe('****5678')
  })

  test('maskName', () => {
    expect(maskName('王秀英')).toBe('王*英')
    expect(maskName('李华')).toBe('李*')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
    expect(maskName('微信用户AB12')).toBe('微**2')
    expect(maskName('张')).toBe('张')
    expect(maskName('')).toBe('')
  })
})

describe('ids', () => {
  test('randomId is unique and prefixed, without crypto.randomUUID', () => {
    const saved = (globalThis as any).crypto
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      const ids = new Set(Array.from({ length: 2000 }, () => randomId('r')))
      expect(ids.size).toBe(2000)
      for (const id of ids) expect(id).toMatch(/^r-[0-9a-z]{12,}$/)
      expect(randomId()).toMatch(/^[0-9a-z]{12,}$/)
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: saved, configurable: true })
    }
  })
})
