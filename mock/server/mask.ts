// Masking of personal data for viewers other than the person themself.

/** 13812341234 → 138****1234; anything else keeps its first 3 and last 4 characters. */
export function maskPhone(phone: string): string {
  const p = (phone || '').trim()
  if (p.length < 7) return p ? `${p.slice(0, 1)}****` : ''
  return `${p.slice(0, 3)}****${p.slice(-4)}`
}

/** 王秀英 → 王*英, 陈静 → 陈*, 欧阳娜娜 → 欧**娜, 微信用户AB12 → 微**2. */
export function maskName(name: string): string {
  const chars = Array.from(name || '')
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  if (chars.length === 3) return `${chars[0]}*${chars[2]}`
  return `${chars[0]}**${chars[chars.length - 1]}`
}
