// 演示数据: POST /demo/reset restores the seed (no login needed; still idempotency-keyed).
// Routes only: the demo keeps no state of its own.
import { authEndpoints } from '../../../src/contract'
import type { DomainModule } from '../../server/domain'

export const demoDomain: DomainModule<Record<string, never>> = {
  name: 'demo',
  routes: [
    {
      method: 'POST',
      pattern: authEndpoints.demoReset.pattern,
      auth: 'public',
      handler: (ctx) => {
        ctx.resetDb()
        return { status: 200, body: { ok: true } }
      },
    },
  ],
  empty: () => ({}),
}
