import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ListItem } from '../ListItem'
import { Button } from '../Button'
import { pressable } from '../a11y'
import { ELDER_ROOT_CLASS, useSettings } from '@/stores/settings'

test('a row that opens something is a link in the tab order that Enter opens (Space does not)', async () => {
  const user = userEvent.setup()
  const open = jest.fn()
  render(<ListItem title='工单 SP1' onClick={open} />)
  const row = screen.getByRole('link')
  expect(row).toHaveAttribute('tabindex', '0')
  row.focus()
  await user.keyboard('{Enter}')
  expect(open).toHaveBeenCalledTimes(1)
  await user.keyboard(' ')
  expect(open).toHaveBeenCalledTimes(1)
})

test('a row without an action is not a control', () => {
  render(<ListItem title='公告' note='只读' />)
  expect(screen.queryByRole('link')).not.toBeInTheDocument()
  expect(screen.queryByRole('button')).not.toBeInTheDocument()
})

test('Button is a button: Enter and Space press it, a disabled or busy one does nothing', async () => {
  const user = userEvent.setup()
  const onClick = jest.fn()
  const { rerender } = render(<Button onClick={onClick}>提交</Button>)
  const b = screen.getByRole('button', { name: '提交' })
  b.focus()
  await user.keyboard('{Enter}')
  await user.keyboard(' ')
  expect(onClick).toHaveBeenCalledTimes(2)
  rerender(
    <Button disabled onClick={onClick}>
      提交
    </Button>,
  )
  expect(screen.getByRole('button')).toHaveAttribute('aria-disabled', 'true')
  screen.getByRole('button').focus()
  await user.keyboard('{Enter}')
  expect(onClick).toHaveBeenCalledTimes(2)
})

test('pressable gives nothing without an action', () => {
  expect(pressable(undefined)).toEqual({})
})

test('长辈版 marks <html> on H5, so the tab bar outside the pages grows too', () => {
  act(() => useSettings.getState().setElder(true))
  expect(document.documentElement).toHaveClass(ELDER_ROOT_CLASS)
  act(() => useSettings.getState().setElder(false))
  expect(document.documentElement).not.toHaveClass(ELDER_ROOT_CLASS)
})
