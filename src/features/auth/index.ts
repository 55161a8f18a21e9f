export { authApi } from './api'
export { useDemoAccounts, useLogin, useLogout, useMe, type LoginState } from './hooks'
