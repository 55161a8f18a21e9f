// Masking for anything other people may see (DOMAIN.md: privacy first).

/** '13812341234' → '138****1234'. Already-masked or odd input is masked as well as it can be. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const s = String(phone).replace(/\s+/g, '')
  if (s.includes('*')) return s
  if (s.length >= 11) return `${s.slice(0, 3)}****${s.slice(-4)}`
  if (s.length > 4) return `${'*'.repeat(s.length - 4)}${s.slice(-4)}`
  return '*'.repeat(s.length)
}

/** '王秀英' → '王*英', '李华' → '李*', '欧阳娜娜' → '欧**娜'. */
export function maskName(name: string | null | undefined): string {
  if (!name) return ''
  const chars = Array.from(String(name).trim())
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
