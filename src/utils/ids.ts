// Random ids without crypto.randomUUID (the WeChat runtime lacks it).
let counter = 0

function randomChunk(len: number): string {
  let s = ''
  while (s.length < len) s += Math.random().toString(36).slice(2)
  return s.slice(0, len)
}

/** A practically unique id: `<prefix>-<time36><counter36><random>`, e.g. `idem-lzx3k1a0f9q2m7wp`. */
export function randomId(prefix?: string): string {
  counter = (counter + 1) % 1296
  const body = `${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}${randomChunk(10)}`
  return prefix ? `${prefix}-${body}` : body
}
