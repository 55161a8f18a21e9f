// Shared by the client tests: log in through the real API, find Taro's native inputs, watch what
// actually went over the wire. (Every store is reset before each test by test/setup.ts.)
import { act, waitFor } from '@testing-library/react'
import type { setupServer } from 'msw/node'
import type { Session } from '@/contract'
import { authApi } from '@/features/auth'
import { useSession } from '@/stores/session'

export const HOUR = 3600_000
export const DAY = 24 * HOUR

/** POST /auth/demo-login through the app's http layer, then the session store's signIn. */
export async function signInAs(accountId: string): Promise<Session> {
  const session = await authApi.demoLogin(accountId)
  act(() => useSession.getState().signIn(session))
  return session
}

/**
 * Taro's H5 Input/Textarea render their native element and bind its events a tick after mount:
 * wait for the native element, then type into it.
 */
export async function native(placeholder: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    if (!el) throw new Error(`no native field with placeholder ${placeholder}`)
    return el
  })
}

/** The `.ui-field` row that holds `el` and its error text ('' when none). */
export function fieldError(el: Element): string {
  const field = el.closest('.ui-field')
  if (!field) throw new Error('not inside a Field')
  return field.querySelector('.ui-field__error')?.textContent ?? ''
}

export interface SeenRequest {
  method: string
  path: string
  key: string | null
  auth: string | null
}

/** Records every request msw sees (method, path under /api/v1, Idempotency-Key). */
export function recordRequests(msw: ReturnType<typeof setupServer>): SeenRequest[] {
  const seen: SeenRequest[] = []
  msw.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    seen.push({
      method: request.method,
      path: url.pathname.replace(/^\/api\/v1/, ''),
      key: request.headers.get('idempotency-key'),
      auth: request.headers.get('authorization'),
    })
  })
  return seen
}
