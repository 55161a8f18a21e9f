import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { setUnauthorizedHandler } from '@/services/http'
import { reportInput } from '../../../../test/utils/bodies'
import { DAY, HOUR, fieldError, native, signInAs } from '../../../../test/utils/client'
import { reportsApi } from '@/features/reports'
import { renderPage } from '../../../../test/utils/page'
import ReportDetailPage from '../detail/index'

const { server } = withMockServer()

const PAGE = '/packages/report/detail/index'
const NOT_FOUND = '工单不存在或无权查看'
const COMMENT = '说说办理得怎么样'

const pad = (n: number) => String(n).padStart(2, '0')
/** 'MM-DD HH:mm' in local time (the deadline is this year in the seed). */
const mmddhhmm = (iso: string) => {
  const d = new Date(iso)
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const seeded = (pred: (r: (typeof server.db.reports)[number]) => boolean) => {
  const r = server.db.reports.find(pred)
  if (!r) throw new Error('seed has no such report')
  return r
}
const stored = (id: string) => server.db.reports.find((r) => r.id === id)!

async function open(id: string) {
  return renderPage(<ReportDetailPage />, { path: PAGE, params: { id: encodeURIComponent(id) } })
}

test('the owner sees the status, the six gates, who holds it and the deadline', async () => {
  await signInAs('demo-resident')
  const r = seeded((x) => x.reporterId === 'demo-resident' && x.status === 'handling' && x.category === 'water_leak')
  const { container } = await open(r.id)

  expect(await screen.findByText(`工单 ${r.id}`)).toBeInTheDocument()
  expect(container.querySelector('.ui-status')).toHaveTextContent('办理中')
  const gates = Array.from(container.querySelectorAll('[data-gate]'))
  expect(gates.map((g) => g.querySelector('.ui-steps__label')!.textContent)).toEqual(['受理', '派发', '办理', '审核', '回复', '回访'])
  expect(gates.map((g) => g.getAttribute('data-state'))).toEqual(['done', 'done', 'current', 'waiting', 'waiting', 'waiting'])
  expect(screen.getByText('当前环节：办理')).toBeInTheDocument()
  expect(screen.getByText('处理人：网格员 刘*华')).toBeInTheDocument()
  expect(screen.getByText(new RegExp(`^时限：${mmddhhmm(r.deadline)}（剩余 \\d+ 小时）$`))).toBeInTheDocument()
  // the owner sees their own name and full phone
  expect(screen.getByText('反映人：王秀英')).toBeInTheDocument()
  expect(screen.getByText('13807311234')).toBeInTheDocument()
  expect(screen.getByText(r.description)).toBeInTheDocument()
  // history: the worker's progress note
  expect(screen.getByText(/已联系楼上住户，约好今晚7点一起上门查看/)).toBeInTheDocument()
  // nothing to rate yet
  expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
})

test('another resident of the grid (not a follower) and an unknown id get 工单不存在或无权查看', async () => {
  const r = seeded((x) => x.reporterId === 'demo-resident' && x.status === 'handling' && x.category === 'water_leak')
  expect(r.followerIds).not.toContain('demo-resident-2')
  await signInAs('demo-resident-2')
  const first = await open(r.id)
  expect(await screen.findByText(NOT_FOUND)).toBeInTheDocument()
  expect(screen.queryByText(r.description)).not.toBeInTheDocument()
  expect(screen.queryByText(`工单 ${r.id}`)).not.toBeInTheDocument()
  first.unmount()

  await open('SP209901010001')
  expect(await screen.findByText(NOT_FOUND)).toBeInTheDocument()
  // trying again cannot help: the way out is 返回 (首页 when the link was opened directly)
  expect(screen.queryByText('重试')).not.toBeInTheDocument()
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  await userEvent.setup().click(within(screen.getByTestId('page-error')).getByText('返回'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
})

test('off the tab bar, H5 pages have their own 返回; tab pages do not', async () => {
  await signInAs('demo-resident')
  const r = seeded((x) => x.reporterId === 'demo-resident' && x.status === 'handling')
  await open(r.id)
  expect(await screen.findByText(`工单 ${r.id}`)).toBeInTheDocument()
  const back = screen.getByTestId('page-back')
  expect(back).toHaveAttribute('aria-label', '返回上一页')
  const navigateBack = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never)
  await userEvent.setup().click(back)
  expect(navigateBack).toHaveBeenCalledWith({ delta: 1 })
})

test('a resident who joined sees the ticket, the reporter as 居民 and the phone masked, and cannot rate it', async () => {
  const r = seeded((x) => x.followerIds.includes('demo-resident-2') && x.reporterId !== 'demo-resident-2')
  const reporter = server.db.users[r.reporterId]
  await signInAs('demo-resident-2')
  const { container } = await open(r.id)
  expect(await screen.findByText(`工单 ${r.id}`)).toBeInTheDocument()
  const masked = `${reporter.phone.slice(0, 3)}****${reporter.phone.slice(-4)}`
  expect(container.querySelector('.ui-phone')).toHaveTextContent(masked)
  expect(container.querySelector('.ui-phone')).toHaveAttribute('data-masked', 'true')
  expect(container.textContent).not.toContain(reporter.phone)
  expect(container.textContent).not.toContain(reporter.name)
  // the privacy note on the form promises other residents see no name
  expect(screen.getByText('反映人：居民')).toBeInTheDocument()
  expect(container.textContent).not.toContain(`${reporter.name[0]}*${reporter.name.slice(-1)}`)
  expect(screen.getByText(`${r.followerIds.length} 位居民也遇到了这个问题`)).toBeInTheDocument()
  expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
  expect(screen.queryByText('我也遇到了，跟进进度')).not.toBeInTheDocument()
})

describe('rating a replied report', () => {
  const replied = () => seeded((x) => x.reporterId === 'demo-resident' && x.status === 'replied')

  test('the rating comes first: 请您评价 with the worker\'s reply, above the ticket', async () => {
    await signInAs('demo-resident')
    const r = replied()
    const reply = [...r.events].reverse().find((e) => e.action === 'reply')!
    const { container } = await open(r.id)
    const panel = await screen.findByText('请您评价')
    expect(screen.getByTestId('rate-reply')).toHaveTextContent(reply.text!)
    const ticket = screen.getByText(`工单 ${r.id}`)
    // the panel is before the ticket in the page
    expect(panel.compareDocumentPosition(ticket) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(container.querySelector('.ui-section')).toContainElement(panel)
  })

  test('不满意 needs a reason; with one the ticket reopens to 办理中', async () => {
    const user = userEvent.setup()
    await signInAs('demo-resident')
    const r = replied()
    await open(r.id)
    expect(await screen.findByText('待评价')).toBeInTheDocument()
    expect(screen.getByText('处理人：居民（待评价）')).toBeInTheDocument()
    expect(screen.getByText('不满意将退回网格员重新办理。')).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: '不满意' }))
    await user.click(screen.getByText('提交评价'))
    expect(fieldError(await native(COMMENT))).toBe('请说明不满意的原因')
    expect(stored(r.id).status).toBe('replied')
    expect(stored(r.id).reopenCount).toBe(0)

    await user.type(await native(COMMENT), '只换了两盏灯，5楼还是黑的')
    await user.click(screen.getByText('提交评价'))
    await waitFor(() => expect(stored(r.id).status).toBe('handling'))
    expect(stored(r.id)).toMatchObject({ reopenCount: 1, rating: 'unsatisfied', ratingComment: '只换了两盏灯，5楼还是黑的' })

    expect(await screen.findByText('因不满意重新办理 1 次')).toBeInTheDocument()
    expect(document.querySelector('.ui-status')).toHaveTextContent('办理中')
    expect(screen.getByText('评价：不满意（只换了两盏灯，5楼还是黑的）')).toBeInTheDocument()
    expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
  })

  test('满意 closes it', async () => {
    const user = userEvent.setup()
    await signInAs('demo-resident')
    const r = replied()
    const { container } = await open(r.id)
    await user.click(await screen.findByRole('radio', { name: '满意' }))
    await user.click(screen.getByText('提交评价'))
    await waitFor(() => expect(stored(r.id).status).toBe('closed'))
    expect(stored(r.id)).toMatchObject({ rating: 'satisfied', reopenCount: 0 })
    expect(stored(r.id).gateDone.visit?.actorId).toBe('demo-resident')

    expect(await screen.findByText('评价：满意')).toBeInTheDocument()
    expect(container.querySelector('.ui-status')).toHaveTextContent('已办结')
    expect(Array.from(container.querySelectorAll('[data-gate]')).map((g) => g.getAttribute('data-state'))).toEqual(
      Array(6).fill('done'),
    )
  })
})

test('an expired session: the unauthorized handler runs and the page says so in Chinese', async () => {
  const unauthorized = jest.fn()
  setUnauthorizedHandler(unauthorized)
  await signInAs('demo-resident')
  const r = seeded((x) => x.reporterId === 'demo-resident' && x.status === 'handling')
  server.control.clock.advance(8 * DAY)
  try {
    await open(r.id)
    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument()
    expect(unauthorized).toHaveBeenCalled()
    expect(screen.queryByText(r.description)).not.toBeInTheDocument()
  } finally {
    server.control.clock.advance(-8 * DAY)
    setUnauthorizedHandler(() => {})
  }
})

describe('an open ticket gives the resident something to do', () => {
  const LEAK = '楼上卫生间渗水，厨房吊顶一直在滴水，已经两天了'

  /** demo-resident files a 漏水 (24 hours) in gd-xpl-1, optionally joined by demo-resident-2. */
  async function fileLeak(opts: { joined?: boolean } = {}) {
    await signInAs('demo-resident')
    const r = await reportsApi.create(reportInput({ category: 'water_leak', description: LEAK }), `k-leak-${Math.random()}`)
    if (opts.joined) {
      await signInAs('demo-resident-2')
      await reportsApi.join(r.id, `k-join-${Math.random()}`)
    }
    return r
  }

  /** Moves the server's clock for one test (it follows real time plus an offset). */
  function moveClock(ms: number) {
    const clock = server.control.clock
    clock.advance(ms)
    return () => clock.advance(-ms)
  }

  test('催办 only once it is overdue: the worker is told, the count shows, and a second one waits a day', async () => {
    const user = userEvent.setup()
    const r = await fileLeak()
    const first = await open(r.id)
    // before the deadline: when it becomes possible, and no button
    expect(await screen.findByText(/^办理时限 \d\d-\d\d \d\d:\d\d，超时后可以催办。$/)).toBeInTheDocument()
    expect(screen.queryByText('催办')).not.toBeInTheDocument()
    first.unmount()

    const restore = moveClock(25 * HOUR)
    try {
      await open(r.id)
      expect(await screen.findByText('已超过办理时限，催办会提醒网格员尽快处理。')).toBeInTheDocument()
      // the next step is on top: above the ticket itself
      const urge = screen.getByText('催办')
      expect(urge.compareDocumentPosition(screen.getByText(`工单 ${r.id}`)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      await user.click(urge)
      await waitFor(() => expect(stored(r.id).urges).toHaveLength(1))
      expect(await screen.findByTestId('urge-count')).toHaveTextContent(/^已催办 1 次（最近 \d\d-\d\d \d\d:\d\d）$/)
      expect(screen.getByText(/^您已于 .* 催办，24小时内只能催办一次。$/)).toBeInTheDocument()
      expect(screen.queryByText('催办')).not.toBeInTheDocument()
      expect(screen.getByText('办理 · 居民催办')).toBeInTheDocument()
      const told = server.db.messages.filter((m) => m.userId === 'demo-grid-worker' && m.kind === 'report_urge' && m.subject?.id === r.id)
      expect(told).toHaveLength(1)
      expect(told[0]).toMatchObject({ title: '居民催办', link: `/packages/report/order/index?id=${r.id}` })
    } finally {
      restore()
    }
  })

  test('联系网格 is the grid\'s service phone as a call link', async () => {
    const r = await fileLeak()
    const grid = server.db.grids.find((g) => g.id === 'gd-xpl-1')!
    await open(r.id)
    const call = await screen.findByTestId('call-grid')
    expect(call.tagName).toBe('A')
    expect(call).toHaveAttribute('href', `tel:${grid.servicePhone}`)
    expect(call).toHaveAccessibleName(`联系网格 ${grid.servicePhone}`)
  })

  test('补充说明 / 补充照片: checked like the description, recorded in the history', async () => {
    const user = userEvent.setup()
    const r = await fileLeak()
    await open(r.id)
    await user.click(await screen.findByText('补充说明 / 补充照片'))
    expect(screen.getByText('这张工单还能添加9张照片')).toBeInTheDocument()
    await user.click(screen.getByText('提交补充'))
    expect(fieldError(await native('例如：今天早上情况更严重了'))).toBe('请填写补充说明或添加照片')
    await user.type(await native('例如：今天早上情况更严重了'), '更严重')
    await user.click(screen.getByText('提交补充'))
    expect(fieldError(await native('例如：今天早上情况更严重了'))).toBe('补充说明至少5个字')
    await user.type(await native('例如：今天早上情况更严重了'), '了，水滴到电饭煲上')
    await user.click(screen.getByText('提交补充'))
    await waitFor(() => expect(stored(r.id).events.at(-1)).toMatchObject({ action: 'supplement', text: '更严重了，水滴到电饭煲上' }))
    expect(await screen.findByText('办理 · 居民补充说明')).toBeInTheDocument()
    expect(screen.queryByText('提交补充')).not.toBeInTheDocument()
    expect(server.db.messages.some((m) => m.userId === 'demo-grid-worker' && m.kind === 'report_supplement')).toBe(true)
  })

  test('撤回 asks first, takes an optional reason, and the ticket becomes 已撤回', async () => {
    const user = userEvent.setup()
    const r = await fileLeak()
    await open(r.id)
    await user.click(await screen.findByText('撤回反映'))
    expect(screen.getByTestId('withdraw-confirm')).toHaveTextContent('确定撤回这次反映吗？')
    // changing one's mind sends nothing
    await user.click(screen.getByText('不撤回'))
    expect(screen.queryByTestId('withdraw-confirm')).not.toBeInTheDocument()
    expect(stored(r.id).status).toBe('pending')

    await user.click(screen.getByText('撤回反映'))
    await user.type(await native('如：问题已经自行解决'), '楼上已经修好了')
    await user.click(screen.getByText('确认撤回'))
    await waitFor(() => expect(stored(r.id).status).toBe('withdrawn'))
    await waitFor(() => expect(document.querySelector('.ui-status')).toHaveTextContent('已撤回'))
    expect(screen.getByText(/居民撤回：楼上已经修好了/)).toBeInTheDocument()
    // nothing left to do on it
    expect(screen.queryByText('撤回反映')).not.toBeInTheDocument()
    expect(screen.queryByText('补充说明 / 补充照片')).not.toBeInTheDocument()
    expect(screen.queryByTestId('call-grid')).not.toBeInTheDocument()
    expect(server.db.messages.some((m) => m.userId === 'demo-grid-worker' && m.kind === 'report_withdraw')).toBe(true)
  })

  test('a taken ticket cannot be withdrawn: no such button', async () => {
    await signInAs('demo-resident')
    const r = seeded((x) => x.reporterId === 'demo-resident' && x.status === 'handling')
    await open(r.id)
    expect(await screen.findByText('补充说明 / 补充照片')).toBeInTheDocument()
    expect(screen.queryByText('撤回反映')).not.toBeInTheDocument()
  })

  test('a follower sees 您已加入关注, may 催办 too, but not 补充 or 撤回; 退出关注 asks first and ends access', async () => {
    const user = userEvent.setup()
    const r = await fileLeak({ joined: true })
    await open(r.id)
    expect(await screen.findByText('您已加入关注')).toBeInTheDocument()
    expect(screen.getByText('反映人：居民')).toBeInTheDocument()
    expect(screen.queryByText('补充说明 / 补充照片')).not.toBeInTheDocument()
    expect(screen.queryByText('撤回反映')).not.toBeInTheDocument()
    expect(screen.getByTestId('call-grid')).toBeInTheDocument()

    await user.click(screen.getByText('退出关注'))
    expect(screen.getByTestId('leave-confirm')).toHaveTextContent('退出后不再收到这件事的进度，也看不到这张工单了。')
    await user.click(screen.getByText('继续关注'))
    expect(stored(r.id).followerIds).toEqual(['demo-resident-2'])
    await user.click(screen.getByText('退出关注'))
    await user.click(screen.getByText('确认退出关注'))
    expect(await screen.findByText('已退出关注')).toBeInTheDocument()
    expect(stored(r.id).followerIds).toEqual([])
    expect(screen.queryByText(LEAK)).not.toBeInTheDocument()
  })
})
