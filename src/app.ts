import type { PropsWithChildren } from 'react'
// http starts the mocked backend through services/mock when the build has one.
import { setUnauthorizedHandler } from './services/http'
import { useSession } from './stores/session'
import { useSettings } from './stores/settings'
import { goToLogin } from './services/nav'
import './app.scss'

// 401: the session is over. Forget it and log in again, coming back to the page the user was on.
setUnauthorizedHandler(() => {
  const s = useSession.getState()
  if (s.token) s.signOut()
  goToLogin()
})

// H5: what Taro draws outside the pages, told to screen readers and keyboards. The page
// containers are the scrolling regions: a keyboard user must be able to focus them to scroll. The
// tab bar is the app's navigation landmark (each page's content is its main one, PageShell), with
// the current tab marked; the navigation bar is the banner.
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const mark = () => {
    document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'))
    document.querySelectorAll('taro-tabbar:not([role])').forEach((el) => {
      el.setAttribute('role', 'navigation')
      el.setAttribute('aria-label', '主导航')
    })
    document.querySelectorAll('.weui-tabbar__item').forEach((el) => {
      const on = el.classList.contains('weui-bar__item_on')
      if (on !== (el.getAttribute('aria-current') === 'page')) {
        if (on) el.setAttribute('aria-current', 'page')
        else el.removeAttribute('aria-current')
      }
    })
    document.querySelectorAll('#taro-navigation-bar:not([role])').forEach((el) => el.setAttribute('role', 'banner'))
  }
  const watch = () => {
    new MutationObserver(mark).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] })
    mark()
  }
  if (document.body) watch()
  else document.addEventListener('DOMContentLoaded', watch, { once: true })
}

// The H5 demo (with the mocked backend): browser journeys switch 长辈版 on the page as it is, to
// check every screen in both modes without leaving it.
if (__MOCK__ && process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
  ;(window as unknown as { __linliElder?: (on: boolean) => boolean }).__linliElder = (on) => {
    useSettings.getState().setElder(on)
    return useSettings.getState().elder
  }
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
