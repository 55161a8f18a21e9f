import type { PropsWithChildren } from 'react'
// http starts the mocked backend through services/mock when the build has one.
import { setUnauthorizedHandler } from './services/http'
import { useSession } from './stores/session'
import { goToLogin } from './services/nav'
import './app.scss'

// 401: the session is over. Forget it and log in again, coming back to the page the user was on.
setUnauthorizedHandler(() => {
  const s = useSession.getState()
  if (s.token) s.signOut()
  goToLogin()
})

function App({ children }: PropsWithChildren) {
  return children
}

export default App
