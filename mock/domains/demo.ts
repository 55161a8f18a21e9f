// 演示数据: POST /demo/reset restores the seed (no login needed; still idempotency-keyed).
import { paths } from '../../src/contract'
import type { RouteDef } from '../server/router'

export const demoRoutes: RouteDef[] = [
  {
    method: 'POST',
    pattern: paths.demoReset,
    auth: 'public',
    handler: (ctx) => {
      ctx.resetDb()
      return { status: 200, body: { ok: true } }
    },
  },
]
