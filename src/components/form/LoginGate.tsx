import type { ReactNode } from 'react'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageShell } from '@/components/ui/PageShell'
import { goToLogin } from '@/services/nav'
import { useIsLoggedIn } from '@/stores/session'

export interface LoginGateProps {
  /** the page's title while logged out */
  title: string
  /** why logging in helps, one sentence */
  reason: string
  /** where to come back to after the login (default: this page with its query) */
  redirect?: string
  /** shown under the button while logged out (e.g. settings anyone may change) */
  extra?: ReactNode
  children?: ReactNode
}

/** The page's content when logged in; otherwise why to log in and 去登录, which comes back here. */
export function LoginGate({ title, reason, redirect, extra, children }: LoginGateProps) {
  const loggedIn = useIsLoggedIn()
  if (loggedIn) return <>{children}</>
  return (
    <PageShell title={title}>
      <Notice type='info'>{reason}</Notice>
      <Button type='primary' block onClick={() => goToLogin(redirect)}>
        去登录
      </Button>
      {extra}
    </PageShell>
  )
}
