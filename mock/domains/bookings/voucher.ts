// The voucher's QR token: `LB.<booking id>.<short code>.<version>.<signature>`, where the
// signature is HMAC-SHA-256 (RFC 2104) over the other parts with the server's key (in the db
// slice), cut to 128 bits. Altering any part, or making one up, fails verification; a check-in
// bumps the version, so the same QR cannot be used twice.
import { hmac, safeEqual } from '../../server/crypto'

const SIG_HEX = 32
const TOKEN_RE = /^LB\.([A-Z0-9]{1,24})\.(\d{6})\.(\d{1,6})\.([0-9a-f]{32})$/

export function signVoucher(secret: string, id: string, code: string, version: number): string {
  const body = `LB.${id}.${code}.${version}`
  return `${body}.${hmac(secret, body).slice(0, SIG_HEX)}`
}

/** The parts of a token whose signature holds; null for anything forged, altered or malformed. */
export function verifyVoucher(secret: string, token: string): { id: string; code: string; version: number } | null {
  const m = TOKEN_RE.exec(token)
  if (!m || !secret) return null
  const want = hmac(secret, `LB.${m[1]}.${m[2]}.${m[3]}`).slice(0, SIG_HEX)
  return safeEqual(want, m[4]) ? { id: m[1], code: m[2], version: +m[3] } : null
}
