// Hours are confirmed in whole half hours, up to the activity's length.

/** 0, 0.5, 1 … up to `max` hours. */
export function halfHours(max: number): number[] {
  const out: number[] = []
  for (let h = 0; h <= max + 1e-9; h += 0.5) out.push(h)
  return out
}
