export { authApi } from './api'
export { useDemoAccounts, useLogin, useLogout, useMe, type LoginState } from './hooks'
export { currentPageUrl, goAfterLogin, goToLogin, requireLogin } from './nav'
