// What must never appear in a public answer or on a public page: every seeded person's name and
// phone (in full and masked), and every report's number, description, address, contact phone,
// photos and event texts. Tests search what they got for each of these.
import { maskName, maskPhone } from '../../src/contract'
import type { MockServer } from '../../mock/server'

export function personalStrings(server: MockServer): string[] {
  const out = new Set<string>()
  for (const u of Object.values(server.db.users)) {
    out.add(u.name)
    if (Array.from(u.name).length >= 2) out.add(maskName(u.name))
    if (u.phone) {
      out.add(u.phone)
      out.add(maskPhone(u.phone))
    }
  }
  for (const r of server.db.reports) {
    out.add(r.id)
    out.add(r.description)
    out.add(r.location.address)
    if (r.contactPhone) {
      out.add(r.contactPhone)
      out.add(maskPhone(r.contactPhone))
    }
    for (const p of r.photos) out.add(p)
    for (const e of r.events) {
      // short texts ('已接单') could appear by chance; longer ones are someone's words
      if (e.text && Array.from(e.text).length >= 4) out.add(e.text)
      for (const p of e.photos || []) out.add(p)
    }
  }
  out.delete('')
  return [...out]
}
