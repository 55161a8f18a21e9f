import { useState } from 'react'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { GATES, GATE_LABELS } from '@/contract'
import { ApiError } from '@/services/http'
import { useSettings } from '@/stores/settings'
import { signInAs } from '../../../../test/utils/client'
import { withMockServer } from '../../../../test/utils/mock'
import { Button } from '../Button'
import { ChipGroup } from '../ChipGroup'
import { Field } from '../Field'
import { MaskedPhone } from '../MaskedPhone'
import { Notice } from '../Notice'
import { PageShell } from '../PageShell'
import { PhotoPicker } from '../PhotoPicker'
import { SelectField } from '../SelectField'
import { StatusTag } from '../StatusTag'
import { Steps } from '../Steps'
import { Switch } from '../Switch'
import { TextArea } from '../TextArea'
import { TextInput } from '../TextInput'
import { Timeline } from '../Timeline'


/**
 * Taro's H5 Input/Textarea are custom elements that render their native <input>/<textarea> and
 * bind its events a tick after mount (and the host element carries the placeholder too):
 * wait for the native element, then type into it.
 */
async function native(placeholder: string): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    if (!el) throw new Error(`no native field with placeholder ${placeholder}`)
    return el
  })
}

describe('PageShell', () => {
  test('loading, then a Chinese error with 重试, then empty, then children', async () => {
    const user = userEvent.setup()
    const retry = jest.fn()
    const { rerender, container } = render(<PageShell title='消息' loading>content</PageShell>)
    expect(screen.getByTestId('page-loading')).toBeInTheDocument()
    expect(screen.queryByText('content')).not.toBeInTheDocument()

    rerender(
      <PageShell title='消息' error={new ApiError(0, { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })} onRetry={retry}>
        content
      </PageShell>,
    )
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    await user.click(screen.getByText('重试'))
    expect(retry).toHaveBeenCalledTimes(1)

    rerender(<PageShell error={new Error('boom')}>content</PageShell>)
    expect(screen.getByText('出了点问题，请稍后重试')).toBeInTheDocument()

    rerender(<PageShell empty emptyText='暂无消息'>content</PageShell>)
    expect(screen.getByText('暂无消息')).toBeInTheDocument()

    rerender(<PageShell title='消息'>content</PageShell>)
    expect(screen.getByText('content')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveClass('page')
    expect(container.firstElementChild).not.toHaveClass('elder')
  })

  test('elder mode is one class, `elder`, on the page root; components read no store of their own', () => {
    act(() => useSettings.getState().setElder(true))
    const { container } = render(
      <PageShell>
        <Button onClick={() => {}}>确定</Button>
      </PageShell>,
    )
    expect(container.firstElementChild).toHaveClass('page', 'elder')
    expect(container.querySelector('.elder .ui-btn')).not.toBeNull()
    expect(container.querySelector('.is-elder')).toBeNull()
  })
})

test('Field shows its error right under the control, findable by data-field', () => {
  const { container } = render(
    <Field label='联系电话' name='contactPhone' required error='请输入11位手机号码' hint='不显示'>
      <TextInput value='' onChange={() => {}} />
    </Field>,
  )
  const field = container.querySelector('[data-field="contactPhone"]')!
  expect(field).toHaveClass('ui-field--invalid')
  expect(field.querySelector('.ui-field__error')).toHaveTextContent('请输入11位手机号码')
  expect(container.querySelector('[data-field-error="contactPhone"]')).toBeInTheDocument()
  expect(screen.queryByText('不显示')).not.toBeInTheDocument()
})

function Controlled() {
  const [phone, setPhone] = useState('')
  const [text, setText] = useState('')
  return (
    <>
      <TextInput type='phone' value={phone} onChange={setPhone} placeholder='手机' />
      <TextArea value={text} onChange={setText} maxlength={10} placeholder='描述' />
      <span data-testid='phone'>{phone}</span>
    </>
  )
}

test('TextInput (phone keeps digits only) and TextArea with a live counter', async () => {
  const user = userEvent.setup()
  render(<Controlled />)
  await user.type(await native('手机'), '138-1234 1234')
  expect(screen.getByTestId('phone')).toHaveTextContent('13812341234')
  expect(screen.getByTestId('textarea-count')).toHaveTextContent('0/10')
  await user.type(await native('描述'), '楼下垃圾堆了三天')
  expect(screen.getByTestId('textarea-count')).toHaveTextContent('8/10')
})

test('SelectField on H5 opens an inline list and picks', async () => {
  const user = userEvent.setup()
  const onChange = jest.fn()
  render(
    <SelectField
      placeholder='请选择社区'
      value=''
      onChange={onChange}
      options={[
        { value: 'c1', label: '城南路社区' },
        { value: 'c2', label: '西牌楼社区' },
      ]}
    />,
  )
  expect(screen.queryByText('西牌楼社区')).not.toBeInTheDocument()
  await user.click(screen.getByText('请选择社区'))
  await user.click(screen.getByText('西牌楼社区'))
  expect(onChange).toHaveBeenCalledWith('c2')
  expect(screen.queryByText('城南路社区')).not.toBeInTheDocument()
})

test('ChipGroup, Switch and Button', async () => {
  const user = userEvent.setup()
  const onChip = jest.fn()
  const onSwitch = jest.fn()
  const onClick = jest.fn()
  const { rerender } = render(
    <>
      <ChipGroup value='a' onChange={onChip} options={[{ value: 'a', label: '满意' }, { value: 'b', label: '不满意' }]} />
      <Switch label='匿名' checked={false} onChange={onSwitch} />
      <Button type='primary' onClick={onClick}>
        提交
      </Button>
    </>,
  )
  await user.click(screen.getByText('不满意'))
  expect(onChip).toHaveBeenCalledWith('b')
  await user.click(screen.getByText('满意'))
  expect(onChip).toHaveBeenCalledTimes(1) // the chosen chip again does nothing
  await user.click(screen.getByText('匿名'))
  expect(onSwitch).toHaveBeenCalledWith(true)
  await user.click(screen.getByText('提交'))
  expect(onClick).toHaveBeenCalledTimes(1)

  rerender(
    <Button type='primary' loading onClick={onClick}>
      提交
    </Button>,
  )
  await user.click(screen.getByText('提交'))
  expect(onClick).toHaveBeenCalledTimes(1) // no double submit while loading
})

test('StatusTag, Steps, MaskedPhone, Notice, Timeline', () => {
  const steps = GATES.map((g, i) => ({ key: g, label: GATE_LABELS[g], state: i < 2 ? ('done' as const) : i === 2 ? ('current' as const) : ('waiting' as const) }))
  const { container } = render(
    <>
      <StatusTag status='handling' label='办理中' tone='blue' overdue />
      <Steps steps={steps} />
      <MaskedPhone phone='13812341234' />
      <MaskedPhone phone='13900001111' reveal />
      <Notice type='error'>提交失败</Notice>
      <Timeline items={[{ title: '受理 · 提交', time: '11-20 09:05', text: '王*英', state: 'done' }]} />
    </>,
  )
  expect(screen.getByText('办理中')).toHaveAttribute('data-tone', 'blue')
  expect(screen.getByText('已超时')).toBeInTheDocument()
  for (const label of ['受理', '派发', '办理', '审核', '回复', '回访']) expect(screen.getAllByText(label).length).toBeGreaterThan(0)
  expect(container.querySelector('[data-gate="handle"]')).toHaveAttribute('data-state', 'current')
  expect(screen.getByText('138****1234')).toBeInTheDocument()
  expect(screen.getByText('13900001111')).toBeInTheDocument()
  expect(screen.getByText('提交失败')).toBeInTheDocument()
  expect(screen.getByText('11-20 09:05')).toBeInTheDocument()
})

function Picker() {
  const [photos, setPhotos] = useState<string[]>([])
  return <PhotoPicker value={photos} max={2} onChange={setPhotos} />
}

/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

async function chooseFiles(user: ReturnType<typeof userEvent.setup>, files: File[]) {
  await user.click(screen.getByText('添加照片'))
  const input = document.querySelector('input[type=file]') as HTMLInputElement
  expect(input).toBeTruthy()
  expect(input.accept).toBe('image/*')
  Object.defineProperty(input, 'files', { value: files })
  fireEvent.change(input)
}

describe('PhotoPicker', () => {
  const { server } = withMockServer()

  test('more photos than fit: the ones that fit are added, and the field says how many were not', async () => {
    await signInAs('demo-resident')
    const user = userEvent.setup()
    render(<Picker />)
    const files = ['a', 'b', 'c', 'd'].map((n) => new File([PNG], `${n}.png`, { type: 'image/png' }))
    await chooseFiles(user, files)
    await waitFor(() => expect(screen.getAllByTestId('picked-photo')).toHaveLength(2))
    await waitFor(() => expect(screen.getByTestId('photo-status')).toHaveTextContent('最多2张照片，已添加2张，另有2张没有添加'))
    expect(screen.getByTestId('photo-count')).toHaveTextContent('2/2')
  })

  test('on H5 uploads each chosen file at once and keeps only its reference; shows n/max and removes with ×', async () => {
    await signInAs('demo-resident')
    const user = userEvent.setup()
    render(<Picker />)
    expect(screen.getByTestId('photo-count')).toHaveTextContent('0/2')
    await chooseFiles(user, [new File([PNG], 'a.png', { type: 'image/png' }), new File([PNG], 'b.png', { type: 'image/png' })])
    await waitFor(() => expect(screen.getAllByTestId('picked-photo')).toHaveLength(2))
    expect(screen.getByTestId('photo-count')).toHaveTextContent('2/2')
    const refs = screen.getAllByTestId('picked-photo').map((el) => el.getAttribute('data-photo'))
    for (const ref of refs) expect(ref).toMatch(/^ph_p[0-9a-z]+$/)
    expect(Object.keys(server.db.photos).sort()).toEqual([...refs].sort())
    expect(screen.queryByText('添加照片')).not.toBeInTheDocument() // at max: no add tile
    expect(document.querySelector('input[type=file]')).toBeNull()
    fireEvent.click(screen.getAllByText('×')[0])
    expect(screen.getByTestId('photo-count')).toHaveTextContent('1/2')
  })

  test('a draft an earlier version kept (image data, or something that is no picture) becomes references', async () => {
    await signInAs('demo-resident')
    const png = `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`
    function Legacy() {
      const [photos, setPhotos] = useState<string[]>([png, 'javascript:alert(1)'])
      return (
        <>
          <PhotoPicker value={photos} onChange={setPhotos} />
          <span data-testid='value'>{JSON.stringify(photos)}</span>
        </>
      )
    }
    render(<Legacy />)
    await waitFor(() => expect(JSON.parse(screen.getByTestId('value').textContent!)).toEqual([expect.stringMatching(/^ph_p[0-9a-z]+$/)]))
    expect(screen.getByTestId('photo-status')).toHaveTextContent('有照片已失效，请重新添加')
    expect(screen.getByTestId('photo-count')).toHaveTextContent('1/9')
  })

  test('an upload the server refuses stays as a tile saying so, and is not in the value', async () => {
    await signInAs('demo-resident')
    const user = userEvent.setup()
    render(<Picker />)
    await chooseFiles(user, [new File(['not a picture'], 'a.jpg', { type: 'image/jpeg' })])
    await waitFor(() => expect(screen.getByTestId('photo-failed')).toBeInTheDocument())
    expect(screen.getByTestId('photo-status')).toHaveTextContent('照片格式不正确')
    expect(screen.queryAllByTestId('picked-photo')).toHaveLength(0)
    expect(server.db.photos).toEqual({})
  })
})
