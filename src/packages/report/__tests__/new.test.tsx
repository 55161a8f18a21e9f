import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { withMockServer } from '../../../../test/utils/mock'
import { ApiError } from '@/services/http'
import { REPORT_FORM_ID, reportsApi } from '@/features/reports'
import { DRAFTS_STORAGE_KEY, LEGACY_DRAFTS_STORAGE_KEY, draftId, useDraftStore } from '@/stores/drafts'
import { fieldError, native, recordRequests, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import NewReportPage from '../new/index'

const { server, msw } = withMockServer()
const seen = recordRequests(msw)
beforeEach(() => {
  seen.length = 0
})

const PAGE = '/packages/report/new/index'
const DESC = '例如：3栋楼下垃圾桶已满三天无人清运，气味很大'
const ADDRESS = '如：西牌楼街12号3栋楼下'
const PHONE = '11位手机号码'

async function openForm() {
  const view = await renderPage(<NewReportPage />, { path: PAGE })
  await screen.findByText('提交反映')
  return view
}

/** The category chip (role=radio) by its Chinese label. */
const chip = (label: string) => screen.getByRole('radio', { name: label })

async function fill(user: ReturnType<typeof userEvent.setup>, v: { category?: string; description?: string; address?: string; phone?: string }) {
  if (v.category) await user.click(chip(v.category))
  if (v.description !== undefined) await user.type(await native(DESC), v.description)
  if (v.address !== undefined) await user.type(await native(ADDRESS), v.address)
  if (v.phone !== undefined) {
    // the field starts with the account's own phone
    await user.clear(await native(PHONE))
    await user.type(await native(PHONE), v.phone)
  }
}

const reportsBy = (userId: string) => server.db.reports.filter((r) => r.reporterId === userId)
const postsTo = (path: string) => seen.filter((r) => r.method === 'POST' && r.path === path)

describe('bad input', () => {
  test('nothing chosen: 请选择问题类别 at the category field; nothing is sent', async () => {
    const user = userEvent.setup()
    await signInAs('demo-resident')
    await openForm()
    const before = server.db.reports.length
    await user.click(screen.getByText('提交反映'))

    expect(fieldError(chip('垃圾堆积'))).toBe('请选择问题类别')
    expect(fieldError(await native(DESC))).toBe('请填写问题描述')
    // the contact phone is the account's own, filled in already
    expect(await native(PHONE)).toHaveValue(server.db.users['demo-resident'].phone)
    expect(fieldError(await native(PHONE))).toBe('')
    expect(screen.getByText('请检查标红的内容')).toBeInTheDocument()
    expect(server.db.reports).toHaveLength(before)
    expect(postsTo('/reports')).toHaveLength(0)
  })

  test('a 4-character description and a 10-digit phone: field messages, nothing sent, typing kept', async () => {
    const user = userEvent.setup()
    await signInAs('demo-resident')
    await openForm()
    const before = server.db.reports.length
    await fill(user, { category: '噪音', description: '太吵了啊', address: '西牌楼街5号', phone: '1380731123' })
    await user.click(screen.getByText('提交反映'))

    expect(fieldError(await native(DESC))).toBe('问题描述至少5个字')
    expect(fieldError(await native(PHONE))).toBe('请输入11位手机号码')
    expect(fieldError(chip('噪音'))).toBe('')
    expect(fieldError(await native(ADDRESS))).toBe('')
    expect(server.db.reports).toHaveLength(before)
    expect(postsTo('/reports')).toHaveLength(0)
    // what was typed is still there
    expect(await native(DESC)).toHaveValue('太吵了啊')
    expect(await native(PHONE)).toHaveValue('1380731123')
    expect(await native(ADDRESS)).toHaveValue('西牌楼街5号')
    expect(chip('噪音')).toHaveAttribute('aria-checked', 'true')

    // fixing a field clears its message
    await user.type(await native(PHONE), '4')
    expect(fieldError(await native(PHONE))).toBe('')
    expect(fieldError(await native(DESC))).toBe('问题描述至少5个字')
  })

  test('the same bad input straight to the server: 400 with the same field messages', async () => {
    const me = await signInAs('demo-resident')
    const before = server.db.reports.length
    const mineBefore = reportsBy(me.user.id).length
    const location = { address: '西牌楼街5号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' }
    const bad = reportsApi.create({ description: '太吵了啊', photos: [], location, anonymous: false, contactPhone: '1380731123' } as never, 'k-bad-1')
    await expect(bad).rejects.toBeInstanceOf(ApiError)
    const err = (await bad.catch((e) => e)) as ApiError
    expect(err.status).toBe(400)
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.fields).toEqual({
      category: '请选择问题类别',
      description: '问题描述至少5个字',
      contactPhone: '请输入11位手机号码',
    })

    const photos = Array.from({ length: 10 }, (_, i) => `data:image/png;base64,${i}`)
    const tooMany = (await reportsApi
      .create({ category: 'noise', description: '楼下酒吧每晚放音乐到两点', photos, location, anonymous: false, contactPhone: '13807311234' }, 'k-bad-2')
      .catch((e) => e)) as ApiError
    expect(tooMany.status).toBe(400)
    expect(tooMany.fields).toEqual({ photos: '最多上传9张照片' })
    expect(server.db.reports).toHaveLength(before)
    expect(reportsBy(me.user.id)).toHaveLength(mineBefore)
  })
})

test('a valid submit shows the ticket number; the server stored it and the draft is cleared', async () => {
  const user = userEvent.setup()
  const me = await signInAs('demo-resident')
  await openForm()
  const before = server.db.reports.length
  await fill(user, { category: '乱停车', description: '菜市场门口电动车堵住了盲道', address: '西牌楼菜市场东门', phone: '13912345678' })
  expect(useDraftStore.getState().drafts[draftId('demo-resident', REPORT_FORM_ID)]?.values).toMatchObject({ description: '菜市场门口电动车堵住了盲道' })

  await user.click(screen.getByText('提交反映'))
  const idText = (await screen.findByText(/^工单号：SP\d{12}$/)).textContent!
  const id = idText.replace('工单号：', '')
  expect(screen.getByText('您的反映已受理并派发给网格员')).toBeInTheDocument()
  expect(screen.getByText('处理人：网格员 刘*华')).toBeInTheDocument()

  expect(server.db.reports).toHaveLength(before + 1)
  const stored = server.db.reports.find((r) => r.id === id)!
  expect(stored).toMatchObject({
    category: 'parking',
    description: '菜市场门口电动车堵住了盲道',
    contactPhone: '13912345678',
    status: 'pending',
    reporterId: 'demo-resident',
    anonymous: false,
    assigneeId: 'demo-grid-worker',
    location: { address: '西牌楼菜市场东门', communityId: 'cm-xpl', gridId: me.user.gridId },
  })
  expect(me.user.gridId).toBe('gd-xpl-1')
  // draft gone, in memory and in storage
  expect(useDraftStore.getState().drafts[draftId('demo-resident', REPORT_FORM_ID)]).toBeUndefined()
  expect(String(Taro.getStorageSync(DRAFTS_STORAGE_KEY))).not.toContain('菜市场门口')

  // the confirmation says how long it may take and whom to call, and leads to the ticket or 首页
  const grid = server.db.grids.find((g) => g.id === 'gd-xpl-1')!
  expect(screen.getByText(/^办理时限：一般 · 7天内（/)).toBeInTheDocument()
  expect(screen.getByText('西牌楼社区第一网格服务电话：')).toBeInTheDocument()
  expect(screen.getByText(grid.servicePhone)).toBeInTheDocument()
  expect(screen.getByText('返回首页')).toBeInTheDocument()

  // 查看工单 opens the detail
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await user.click(screen.getByText('查看工单'))
  expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/report/detail/index?id=${id}` })
})

test('typed values survive an unmount and a reload from storage', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const first = await openForm()
  await fill(user, { category: '漏水', description: '楼上卫生间一直往下渗水', phone: '13912345678' })
  first.unmount()

  const raw = Taro.getStorageSync(DRAFTS_STORAGE_KEY)
  expect(JSON.parse(raw).state.drafts[draftId('demo-resident', REPORT_FORM_ID)].values).toMatchObject({
    category: 'water_leak',
    description: '楼上卫生间一直往下渗水',
    contactPhone: '13912345678',
  })
  // a cold start: memory is empty (emptying it writes through, so put the stored copy back),
  // and the store rehydrates from storage
  act(() => useDraftStore.setState({ drafts: {} }))
  Taro.setStorageSync(DRAFTS_STORAGE_KEY, raw)
  await act(async () => {
    await useDraftStore.persist.rehydrate()
  })

  await openForm()
  expect(await native(DESC)).toHaveValue('楼上卫生间一直往下渗水')
  expect(await native(PHONE)).toHaveValue('13912345678')
  expect(chip('漏水')).toHaveAttribute('aria-checked', 'true')
  expect(screen.getByText('办理时限：水电气 · 24小时内（自派发起计时）')).toBeInTheDocument()
})

test('drafts kept under the old report-only key are taken over, not lost', async () => {
  // what an earlier version of the app left in storage
  const old = { state: { drafts: { [draftId('demo-resident', REPORT_FORM_ID)]: { values: { category: 'noise', description: '楼下烧烤店每晚吵到十二点', contactPhone: '13912345678' }, key: 'old-key-1', updatedAt: 1 } } }, version: 1 }
  act(() => useDraftStore.setState({ drafts: {} }))
  Taro.removeStorageSync(DRAFTS_STORAGE_KEY)
  Taro.setStorageSync(LEGACY_DRAFTS_STORAGE_KEY, JSON.stringify(old))
  await act(async () => {
    await useDraftStore.persist.rehydrate()
  })
  expect(useDraftStore.getState().drafts[draftId('demo-resident', REPORT_FORM_ID)]).toMatchObject({ key: 'old-key-1', values: { description: '楼下烧烤店每晚吵到十二点' } })
  expect(Taro.getStorageSync(LEGACY_DRAFTS_STORAGE_KEY)).toBe('')

  await signInAs('demo-resident')
  await openForm()
  expect(await native(DESC)).toHaveValue('楼下烧烤店每晚吵到十二点')
  expect(chip('噪音')).toHaveAttribute('aria-checked', 'true')
})

test('a draft belongs to its author: the next account on the same phone starts empty, the author gets it back', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  const first = await openForm()
  await fill(user, { category: '漏水', description: '楼上卫生间一直往下渗水', phone: '13912345678' })
  first.unmount()

  await signInAs('demo-resident-2')
  const second = await openForm()
  expect(await native(DESC)).toHaveValue('')
  // their own phone, never the one the other account typed
  await waitFor(async () => expect(await native(PHONE)).toHaveValue(server.db.users['demo-resident-2'].phone))
  expect(chip('漏水')).toHaveAttribute('aria-checked', 'false')
  second.unmount()

  await signInAs('demo-resident')
  await openForm()
  expect(await native(DESC)).toHaveValue('楼上卫生间一直往下渗水')
})

test('offline: the network message, inputs kept, nothing stored; the retry reuses the key and files once', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  await openForm()
  const before = server.db.reports.length
  await fill(user, { category: '噪音', description: '广场舞音响晚上十点还很大声', address: '西牌楼广场', phone: '13912345678' })

  server.control.setFaults({ offline: true })
  await user.click(screen.getByText('提交反映'))
  expect(await screen.findByText(/网络连接失败/, undefined, { timeout: 8000 })).toHaveTextContent('网络连接失败，请检查网络后重试（已填写的内容已保留）')
  expect(server.db.reports).toHaveLength(before)
  expect(await native(DESC)).toHaveValue('广场舞音响晚上十点还很大声')
  expect(await native(PHONE)).toHaveValue('13912345678')
  expect(await native(ADDRESS)).toHaveValue('西牌楼广场')
  const offlineAttempts = postsTo('/reports')
  expect(offlineAttempts.length).toBeGreaterThanOrEqual(1)

  server.control.clearFaults()
  await user.click(screen.getByText('提交反映'))
  const id = (await screen.findByText(/^工单号：SP\d+$/)).textContent!.replace('工单号：', '')
  expect(server.db.reports).toHaveLength(before + 1)
  expect(server.db.reports.filter((r) => r.description === '广场舞音响晚上十点还很大声').map((r) => r.id)).toEqual([id])

  // every attempt, offline or not, carried one and the same key
  const keys = new Set(postsTo('/reports').map((r) => r.key))
  expect(postsTo('/reports').length).toBe(offlineAttempts.length + 1)
  expect(keys.size).toBe(1)
  const key = [...keys][0]!
  // the server remembers that one key for this user (and no other for this path)
  expect(Object.keys(server.db.idempotency['user:demo-resident']).filter((k) => k.startsWith('POST /reports '))).toEqual([`POST /reports ${key}`])
}, 20000)

test('five fast taps on 提交反映 file exactly one report', async () => {
  const user = userEvent.setup()
  await signInAs('demo-resident')
  await openForm()
  const before = server.db.reports.length
  await fill(user, { category: '绿化', description: '花坛里的月季被人拔掉种了菜', address: '35号院花坛', phone: '13912345678' })
  const button = screen.getByText('提交反映')
  act(() => {
    for (let i = 0; i < 5; i++) fireEvent.click(button)
  })
  await screen.findByTestId('report-done')
  // give any stray request time to land
  await new Promise((r) => setTimeout(r, 300))
  expect(server.db.reports).toHaveLength(before + 1)
  expect(server.db.reports.filter((r) => r.description === '花坛里的月季被人拔掉种了菜')).toHaveLength(1)
  expect(postsTo('/reports')).toHaveLength(1)
})

test('similar reports: 垃圾堆积 in gd-xpl-1 lists the open ones; 我也遇到了 joins and opens the detail', async () => {
  const user = userEvent.setup()
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await signInAs('demo-resident')
  await openForm()
  const open = server.db.reports.filter(
    (r) => r.category === 'environment' && r.location.gridId === 'gd-xpl-1' && (r.status === 'pending' || r.status === 'handling'),
  )
  expect(open.length).toBe(2)
  expect(screen.queryByText(/附近已有/)).not.toBeInTheDocument()

  await user.click(chip('垃圾堆积'))
  expect(await screen.findByText(`附近已有 ${open.length} 件同类问题正在办理`)).toBeInTheDocument()
  const items = screen.getAllByTestId('similar-item')
  expect(items).toHaveLength(open.length)
  const text = items.map((i) => i.textContent).join('\n')
  for (const r of open) expect(text).toContain(r.location.address)
  // the resident's own closed 垃圾堆积 report is not offered
  const closedOwn = server.db.reports.find((r) => r.category === 'environment' && r.reporterId === 'demo-resident' && r.status === 'closed')!
  expect(text).not.toContain(closedOwn.location.address)
  // no personal data in the list
  expect(text).not.toMatch(/1\d{10}/)

  const target = open.find((r) => r.location.address === '西牌楼街18号旁')!
  expect(target.followerIds).not.toContain('demo-resident')
  const row = items.find((i) => i.textContent!.includes('西牌楼街18号旁'))!
  expect(within(row).getByText(/0 人关注/)).toBeInTheDocument()
  const before = server.db.reports.length
  await user.click(within(row).getByText('我也遇到了'))
  // it asks first, and nothing is sent before the answer
  expect(within(row).getByTestId('join-confirm')).toHaveTextContent('其他居民看不到您的姓名和电话')
  expect(postsTo(`/reports/${target.id}/join`)).toHaveLength(0)
  await user.click(within(row).getByText('取消'))
  expect(within(row).queryByTestId('join-confirm')).not.toBeInTheDocument()
  await user.click(within(row).getByText('我也遇到了'))
  await user.click(within(row).getByText('确认加入'))

  expect(await within(row).findByText('已加入，办理进度会通知您')).toBeInTheDocument()
  expect(within(row).getByText(/1 人关注/)).toBeInTheDocument()
  const stored = () => server.db.reports.find((r) => r.id === target.id)!
  expect(stored().followerIds).toEqual(['demo-resident'])
  expect(server.db.reports).toHaveLength(before)

  // 退出关注 from the same place, then back in, then 查看工单
  await user.click(within(row).getByText('退出关注'))
  await waitFor(() => expect(stored().followerIds).toEqual([]))
  expect(await within(row).findByText('我也遇到了')).toBeInTheDocument()
  expect(within(row).getByText(/0 人关注/)).toBeInTheDocument()
  await user.click(within(row).getByText('我也遇到了'))
  await user.click(within(row).getByText('确认加入'))
  await user.click(await within(row).findByText('查看工单'))
  await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/report/detail/index?id=${target.id}` }))
  expect(stored().followerIds).toEqual(['demo-resident'])
})

test('logged out: asks to log in first', async () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await renderPage(<NewReportPage />, { path: PAGE })
  expect(screen.getByText('反映问题需要先登录，登录后会回到这里。')).toBeInTheDocument()
  await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?redirect=${encodeURIComponent(PAGE)}` }))
  expect(screen.queryByText('提交反映')).not.toBeInTheDocument()
})

describe('told to wait (429)', () => {
  test('the error counts down, nothing is sent before it ends, and then the same typing submits', async () => {
    const user = userEvent.setup()
    await signInAs('demo-resident')
    // the server is busy with this user for 2 seconds
    msw.use(
      http.post('*/api/v1/reports', () =>
        HttpResponse.json({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' }, { status: 429, headers: { 'Retry-After': '2' } }),
        { once: true },
      ),
    )
    await openForm()
    await fill(user, { category: '噪音', description: '楼下商铺每晚放音乐到十二点', address: '西牌楼街5号', phone: '13912345678' })
    await user.click(screen.getByText('提交反映'))
    expect(await screen.findByText('操作太频繁，请 2 秒后再试')).toBeInTheDocument()
    expect(screen.getByText('提交反映').closest('[aria-disabled="true"], [disabled], .ui-btn--inert')).toBeTruthy()
    await user.click(screen.getByText('提交反映'))
    expect(postsTo('/reports')).toHaveLength(1)
    expect(await screen.findByText('操作太频繁，请 1 秒后再试', undefined, { timeout: 2000 })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(/操作太频繁/)).not.toBeInTheDocument(), { timeout: 3000 })

    await user.click(screen.getByText('提交反映'))
    await screen.findByTestId('report-done')
    expect(postsTo('/reports')).toHaveLength(2)
    expect(reportsBy('demo-resident').some((r) => r.description === '楼下商铺每晚放音乐到十二点')).toBe(true)
  }, 15000)
})
