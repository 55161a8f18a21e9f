import type { ReactNode } from 'react'
import { AtButton } from 'taro-ui'
import { cx } from './cx'
import './Button.scss'

export interface WechatPhoneButtonProps {
  /** the one-time code WeChat gives after the user agrees; null when they refuse */
  onCode: (code: string | null) => void
  children?: ReactNode
}

/**
 * WeChat's own "use my phone number" button (open-type getPhoneNumber): WeChat shows its consent
 * sheet, so the number is asked for only from this tap. Nothing on H5, where the user types it.
 */
export function WechatPhoneButton({ onCode, children }: WechatPhoneButtonProps) {
  if (process.env.TARO_ENV !== 'weapp') return null
  return (
    <AtButton
      className={cx('ui-btn', 'ui-btn--secondary', 'ui-btn--block')}
      type='secondary'
      openType='getPhoneNumber'
      onGetPhoneNumber={(e: { detail?: { code?: string } }) => onCode(e.detail?.code ?? null)}
    >
      {children}
    </AtButton>
  )
}
