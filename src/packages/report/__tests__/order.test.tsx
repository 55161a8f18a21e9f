import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withMockServer } from '../../../../test/utils/mock'
import { reportInput } from '../../../../test/utils/bodies'
import { reportsApi } from '@/features/reports'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { renderPage } from '../../../../test/utils/page'
import { passReview } from '@mock/domains/reports'
import WorkOrderPage from '../order/index'

const { server } = withMockServer()

const PAGE = '/packages/report/order/index'
const PHONE = '13912345678'

/** demo-resident files a fresh 垃圾堆积 report in gd-xpl-1 through the API. */
async function fileReport(): Promise<string> {
  await signInAs('demo-resident')
  const r = await reportsApi.create(
    reportInput({ description: '西牌楼街9号门口的垃圾桶倒了，垃圾撒了一地', location: { address: '西牌楼街9号', communityId: 'cm-xpl', gridId: 'gd-xpl-1' }, contactPhone: PHONE }),
    `k-file-${Date.now()}`,
  )
  expect(r.status).toBe('pending')
  return r.id
}

const stored = (id: string) => server.db.reports.find((r) => r.id === id)!
const open = (id: string) => renderPage(<WorkOrderPage />, { path: PAGE, params: { id: encodeURIComponent(id) } })
const tab = (label: string) => screen.getByRole('radio', { name: label })

test('the grid worker takes a pending order, escalates, is held to the return rules, and replies', async () => {
  const user = userEvent.setup()
  const id = await fileReport()
  await signInAs('demo-grid-worker')
  const { container } = await open(id)

  expect(await screen.findByText(`工单 ${id}`)).toBeInTheDocument()
  expect(container.querySelector('.ui-status')).toHaveTextContent('待接单')
  // this grid's worker sees the full phone, unmasked
  const phone = container.querySelector('.ui-phone')!
  expect(phone).toHaveTextContent(PHONE)
  expect(phone).toHaveAttribute('data-masked', 'false')
  expect(screen.getByText('反映人：王*英')).toBeInTheDocument()
  // nothing but 接单 before the order is taken
  expect(screen.queryByRole('radio', { name: '办结回复' })).not.toBeInTheDocument()

  // 接单
  await user.click(screen.getByText('接单'))
  await waitFor(() => expect(stored(id).status).toBe('handling'))
  expect(stored(id)).toMatchObject({ assigneeId: 'demo-grid-worker' })
  expect(stored(id).takenAt).toBeTruthy()
  await waitFor(() => expect(container.querySelector('.ui-status')).toHaveTextContent('办理中'))
  expect(screen.queryByText('接单')).not.toBeInTheDocument()
  expect(screen.getByText('处理人：网格员 刘志华')).toBeInTheDocument()

  // 吹哨: no department → message at the field, nothing stored
  await user.click(tab('吹哨部门'))
  await user.type(await native('需要部门做什么'), '请环卫所派车清运')
  await user.click(screen.getByText('网格吹哨，部门报到'))
  expect(fieldError(screen.getByText('请选择部门'))).toBe('请选择协同部门')
  expect(stored(id).escalatedTo).toBeNull()
  // with one
  await user.click(screen.getByText('请选择部门'))
  await user.click(screen.getByRole('option', { name: '环卫' }))
  expect(fieldError(screen.getByText('环卫'))).toBe('')
  await user.click(screen.getByText('网格吹哨，部门报到'))
  await waitFor(() => expect(stored(id).escalatedTo).toBe('huanwei'))
  expect(stored(id).status).toBe('handling')
  expect(await screen.findByText('已吹哨：环卫')).toBeInTheDocument()
  expect(screen.getByText('处理人：环卫（网格员 刘志华 跟进）')).toBeInTheDocument()

  // 退单 with a 3-character reason: refused at the field, the order stays with the worker
  await user.click(tab('退单'))
  await user.type(await native('如：不属于本网格范围'), '不归我')
  await user.click(screen.getByText('退单（交社区复核）'))
  expect(fieldError(await native('如：不属于本网格范围'))).toBe('退单理由至少5个字')
  expect(stored(id).status).toBe('handling')
  expect(await native('如：不属于本网格范围')).toHaveValue('不归我')

  // 办结回复: the reporter is told
  const inboxBefore = server.db.messages.filter((m) => m.userId === 'demo-resident' && m.subject?.id === id).length
  await user.click(tab('办结回复'))
  await user.type(await native('向居民说明处理结果，至少5个字'), '环卫车已清运完毕，垃圾桶已扶正加固。')
  await user.click(screen.getByText('办结并回复居民'))
  // 办结 goes to 审核 first: the reply waits there, for the workers' eyes only
  await waitFor(() => expect(stored(id).status).toBe('reviewing'))
  expect(stored(id).events.at(-1)).toMatchObject({ action: 'reply', internal: true, text: '环卫车已清运完毕，垃圾桶已扶正加固。' })
  await waitFor(() => expect(container.querySelector('.ui-status')).toHaveTextContent('待审核'))
  expect(screen.queryByText('办结并回复居民')).not.toBeInTheDocument()
  // the community worker passes 审核 (their page is not this one): the reply reaches the reporter
  passReview(server.db, stored(id), server.db.users['demo-organiser'], new Date().toISOString())
  expect(stored(id).status).toBe('replied')
  expect(stored(id).gateDone.reply?.actorId).toBe('demo-grid-worker')
  expect(stored(id).events.at(-1)).toMatchObject({ action: 'reply', text: '环卫车已清运完毕，垃圾桶已扶正加固。' })
  const inbox = server.db.messages.filter((m) => m.userId === 'demo-resident' && m.subject?.id === id)
  expect(inbox.length).toBe(inboxBefore + 1)
  expect(inbox.at(-1)).toMatchObject({ title: '问题已办结，请评价', read: false, link: `/packages/report/detail/index?id=${id}` })
  expect(inbox.at(-1)!.body).toContain('环卫车已清运完毕')
}, 20000)

test('a worker of another grid gets 工单不存在或无权查看 and no phone', async () => {
  const id = await fileReport()
  await signInAs('demo-grid-worker-2')
  await open(id)
  expect(await screen.findByText('工单不存在或无权查看')).toBeInTheDocument()
  expect(screen.queryByText(PHONE)).not.toBeInTheDocument()
  expect(screen.queryByText('接单')).not.toBeInTheDocument()
  // and the server refuses the action too
  await expect(reportsApi.take(id, 'k-take-other')).rejects.toMatchObject({ status: 404, message: '工单不存在或无权查看' })
  expect(stored(id).status).toBe('pending')
})

test('a progress note can be kept internal: stored as internal, marked （内部） for the worker, not sent to the resident', async () => {
  const user = userEvent.setup()
  const id = await fileReport()
  await signInAs('demo-grid-worker')
  await open(id)
  await user.click(await screen.findByText('接单'))
  await waitFor(() => expect(stored(id).status).toBe('handling'))
  await user.click(tab('进展'))
  expect(screen.getByRole('radio', { name: '告知居民' })).toHaveAttribute('aria-checked', 'true')
  await user.type(await native('如：已联系物业，明早清运'), '物业经理电话已留，周五前派人')
  await user.click(screen.getByRole('radio', { name: '内部记录（居民看不到）' }))
  await user.click(screen.getByText('添加进展'))
  await waitFor(() => expect(stored(id).events.some((e) => e.action === 'note' && e.internal)).toBe(true))
  expect(await screen.findByText(/办理 · .*（内部）/)).toBeInTheDocument()
  expect(server.db.messages.filter((m) => m.userId === 'demo-resident' && m.body.includes('物业经理'))).toHaveLength(0)
})

describe('the order page leads with the order', () => {
  test('problem, photos, place and phone come first; an untaken order offers 接单 alone, 退单 behind its own button', async () => {
    const user = userEvent.setup()
    const id = await fileReport()
    await signInAs('demo-grid-worker')
    const { container } = await open(id)
    const heading = await screen.findByText(`工单 ${id}`)
    // the first section is the order itself
    const first = container.querySelector('.ui-section')!
    expect(first).toContainElement(heading)
    expect(first).toHaveTextContent('西牌楼街9号门口的垃圾桶倒了，垃圾撒了一地')
    expect(first).toHaveTextContent('位置：西牌楼社区 西牌楼社区第一网格 · 西牌楼街9号')
    expect(first.querySelector('.ui-phone')).toHaveTextContent(PHONE)
    expect(first).toHaveTextContent('待接单')
    // then 接单, before where the ticket stands and its history
    const take = screen.getByText('接单')
    const progress = screen.getByText('办理进度')
    expect(heading.compareDocumentPosition(take) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(take.compareDocumentPosition(progress) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // nothing else to choose, and no 退单 form open under it
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
    expect(document.querySelector('textarea, [placeholder="如：不属于本网格范围"]')).toBeNull()
    await user.click(screen.getByText('不归本网格？退单'))
    expect(await native('如：不属于本网格范围')).toBeInTheDocument()
    await user.click(screen.getByText('取消退单'))
    expect(screen.queryByText('退单（交社区复核）')).not.toBeInTheDocument()

    // taken: the tabs open on 进展; after a note, on 办结回复
    await user.click(screen.getByText('接单'))
    await waitFor(() => expect(stored(id).status).toBe('handling'))
    expect(await screen.findByRole('radio', { name: '进展' })).toHaveAttribute('aria-checked', 'true')
    await user.type(await native('如：已联系物业，明早清运'), '已到现场，垃圾桶已扶正')
    await user.click(screen.getByText('添加进展'))
    await waitFor(() => expect(stored(id).events.at(-1)!.action).toBe('note'))
    await waitFor(() => expect(tab('办结回复')).toHaveAttribute('aria-checked', 'true'))
  })

  test('the worker sees how often residents urged it', async () => {
    const id = await fileReport()
    const r = stored(id)
    // two urges recorded (the rules are the server's; see mock/domains/__tests__/reports.test.ts)
    r.urges = [
      { userId: 'demo-resident', at: '2026-01-01T00:00:00.000Z' },
      { userId: 'demo-resident-2', at: '2026-01-01T01:00:00.000Z' },
    ]
    r.events.push({ id: 'ev-urge-x', at: '2026-01-01T01:00:00.000Z', gate: 'handle', action: 'urge', actorId: 'demo-resident-2', actorRole: 'resident', actorName: '李建国', text: '居民催办（第2次）' })
    await signInAs('demo-grid-worker')
    const { container } = await open(id)
    const urged = await screen.findByTestId('urge-count')
    expect(urged).toHaveTextContent(/^已催办 2 次（最近 (2026-)?01-01 \d\d:\d\d）$/)
    expect(container.querySelector('.ui-section')).toContainElement(urged)
    expect(screen.getByText(/李\*国 · 居民催办（第2次）/)).toBeInTheDocument()
  })
})
