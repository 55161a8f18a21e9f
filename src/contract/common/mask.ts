// Masking of personal data for anyone but the person themself (privacy first: others see 138****1234 and 王*英).
// One rule for both sides: the mock masks what it sends, the client masks what it shows.

/** '13812341234' → '138****1234'. Already-masked input is left alone; short input keeps its last 4. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const s = String(phone).replace(/\s+/g, '')
  if (s.includes('*')) return s
  if (s.length >= 11) return `${s.slice(0, 3)}****${s.slice(-4)}`
  if (s.length > 4) return `${'*'.repeat(s.length - 4)}${s.slice(-4)}`
  return '*'.repeat(s.length)
}

/** '王秀英' → '王*英', '李华' → '李*', '欧阳娜娜' → '欧**娜'; longer names also get two stars, so the length does not show. */
export function maskName(name: string | null | undefined): string {
  const chars = Array.from(String(name ?? '').trim())
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  if (chars.length === 3) return `${chars[0]}*${chars[2]}`
  return `${chars[0]}**${chars[chars.length - 1]}`
}
