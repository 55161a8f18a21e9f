// The mediator's pages of 解忧小屋 through the real request path: the desk, accepting and inviting,
// transferring, scheduling with the weekend's on-duty lawyer, minutes and the private note,
// drafting and sealing an agreement, follow-up and closing, and who may not see a case.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { createClock } from '@mock/server'
import type { AgreementInput, Dispute, DisputeCreateInput } from '@/contract'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { pageOpener } from '../../../../test/utils/page'
import { disputesApi } from '@/features/disputes/api'
import { AGREEMENT_PLACEHOLDERS } from '@/features/disputes/components/mediator/AgreementPanel'
import { RECORD_PLACEHOLDERS } from '@/features/disputes/components/mediator/SessionsPanel'
import { SCHEDULE_PLACEHOLDERS } from '@/features/disputes/components/mediator/SchedulePanel'
import DeskPage from '../desk/index'
import CasePage from '../case/index'

// Tuesday 24 November 2026, 09:00 China time. 西牌楼's roster: Saturday the 28th both the police
// officer (秦卫国, demo-police) and the lawyer (苏婉清, demo-lawyer); Sunday the 29th no lawyer.
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})
afterEach(() => jest.restoreAllMocks())

const open = pageOpener('/packages/dispute')

const openCase = (id: string) => open(<CasePage />, 'case', { id })
const stored = (id: string) => server.db.disputes.find((d) => d.id === id)!
let n = 0
const key = () => `k-${++n}-${Math.random()}`

const LEAK = '楼上卫生间漏水两个星期了，我家天花板一直滴水，墙皮也掉了。'

/** 王秀英 files a case at `stationId` (西牌楼 unless said otherwise). */
async function file(stationId = 'js-xpl', over: Partial<DisputeCreateInput> = {}): Promise<Dispute> {
  await signInAs('demo-resident')
  return disputesApi.create(
    {
      type: 'leak',
      description: LEAK,
      wants: '希望楼上修好防水，赔偿刷墙费用',
      other: { name: '李建国', phone: '13900001111', whereabouts: '楼上 1202' },
      photos: [],
      stationId,
      preferredTimes: '周末上午',
      agreeTerms: true,
      ...over,
    },
    key(),
  )
}

/** A case at 西牌楼 accepted by 罗桂兰, the other party (李建国) agreed: being mediated. */
async function mediating(): Promise<Dispute> {
  const d = await file()
  await signInAs('demo-mediator')
  await disputesApi.accept(d.id, key())
  const invited = await disputesApi.invite(d.id, key())
  await signInAs('demo-resident-2')
  await disputesApi.answer(invited.invitation!.code, { agree: true, reason: '' }, key())
  return d
}

async function withAgreement(obligations: AgreementInput['obligations']): Promise<Dispute> {
  const d = await mediating()
  await signInAs('demo-mediator')
  await disputesApi.draftAgreement(d.id, { facts: '1202 卫生间防水层老化，导致 1102 天花板渗水，经物业确认。', obligations }, key())
  return d
}

test('the desk lists the station\'s new cases first, the one waiting past two working days flagged, and opens a case', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  const mine = await file()
  await signInAs('demo-mediator')
  await open(<DeskPage />, 'desk')
  const fresh = await screen.findByTestId('desk-new')
  await waitFor(() => expect(within(fresh).getAllByTestId('dispute-row')).toHaveLength(2))
  const rows = within(fresh).getAllByTestId('dispute-row')
  // the seed's parking case has waited five days: it comes first, flagged
  expect(rows[0]).toHaveTextContent('停车纠纷')
  expect(within(rows[0]).getByTestId('dispute-overdue')).toHaveTextContent('超过2个工作日未受理')
  expect(rows[1]).toHaveTextContent('邻里漏水')
  expect(within(rows[1]).queryByTestId('dispute-overdue')).not.toBeInTheDocument()
  // the other mediator's case at the same station is not hers
  expect(screen.queryByText(/噪音扰民/)).not.toBeInTheDocument()
  expect(screen.queryByTestId('duty-session')).not.toBeInTheDocument()

  await user.click(rows[1])
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/dispute/case/index?id=${mine.id}` })
})

test('accept, then invite: the code shows big with its QR, and the server stores it', async () => {
  const user = userEvent.setup()
  const d = await file()
  await signInAs('demo-mediator')
  await openCase(d.id)
  expect(await screen.findByTestId('case-description')).toHaveTextContent(LEAK)
  // the mediator sees both parties in full and may call them
  expect(screen.getByTestId('case-applicant')).toHaveTextContent('王秀英')
  expect(screen.getByTestId('case-other')).toHaveTextContent('李建国')
  expect(screen.getByText('13900001111')).toBeInTheDocument()
  expect(screen.getByTestId('case-days')).toHaveTextContent('第 1 天')

  await user.click(screen.getByRole('button', { name: '受理' }))
  await waitFor(() => expect(stored(d.id).status).toBe('accepted'))
  expect(stored(d.id).mediatorId).toBe('demo-mediator')

  await user.click(await screen.findByRole('button', { name: '邀请对方' }))
  const code = await screen.findByTestId('invite-code')
  await waitFor(() => expect(stored(d.id).invitation).toBeTruthy())
  // read out in two halves over the phone
  const first = stored(d.id).invitation!.code
  expect(code.textContent?.replace(/\s/g, '')).toBe(first)
  expect(within(screen.getByTestId('invite-panel')).getByTestId('qr-code')).toBeInTheDocument()
  expect(screen.getByText(/怎么交给对方/)).toBeInTheDocument()

  // a new code voids the one already handed over: said first, done on the second tap
  await user.click(screen.getByRole('button', { name: '重新生成邀请码' }))
  expect(await screen.findByText(/原邀请码 .* 就不能用了/)).toBeInTheDocument()
  expect(stored(d.id).invitation!.code).toBe(first)
  await user.click(screen.getByRole('button', { name: '确认重新生成' }))
  await waitFor(() => expect(stored(d.id).invitation!.code).not.toBe(first))
  await waitFor(() => expect(screen.getByTestId('invite-code').textContent?.replace(/\s/g, '')).toBe(stored(d.id).invitation!.code))
})

test('transfer to another station needs a reason, then the case goes there', async () => {
  const user = userEvent.setup()
  const d = await file()
  await signInAs('demo-mediator')
  await openCase(d.id)
  await user.click(await screen.findByText('转交其他解忧小屋'))
  const form = await screen.findByTestId('transfer-form')
  await user.click(await within(form).findByRole('combobox'))
  await user.click(within(form).getByRole('option', { name: /太平街社区解忧小屋/ }))
  await user.click(within(form).getByText('确认转交'))
  const reason = await native('如：双方都住在工农桥社区，由当地调解更方便')
  await waitFor(() => expect(fieldError(reason)).not.toBe(''))
  expect(stored(d.id).stationId).toBe('js-xpl')

  await user.type(reason, '对方住在太平街，当地调解更方便')
  await user.click(within(form).getByText('确认转交'))
  await waitFor(() => expect(stored(d.id).stationId).toBe('js-tpj'))
  expect(await screen.findByText('案件已转交给太平街社区解忧小屋，由那里的调解员受理。')).toBeInTheDocument()
})

test('schedule a weekend session with the on-duty lawyer: a day without one offers no lawyer, the roster\'s day is stored', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  await openCase(d.id)
  const form = await screen.findByTestId('schedule-form')
  // Sunday the 29th: 秦卫国 is on duty, no lawyer
  fireEvent.change(within(form).getByLabelText('调解日期'), { target: { value: '2026-11-29' } })
  fireEvent.change(within(form).getByLabelText('调解时间'), { target: { value: '09:30' } })
  await user.type(await native(SCHEDULE_PLACEHOLDERS.room), '西牌楼解忧小屋调解室')
  const roster = await within(form).findByTestId('duty-roster')
  await waitFor(() => expect(roster).toHaveTextContent('民警 秦卫国（坡子街派出所）'))
  expect(roster).toHaveTextContent('该日无律师值班')
  expect(within(form).getByRole('switch', { name: '请坐堂民警参加' })).toBeInTheDocument()
  expect(within(form).queryByRole('switch', { name: '请坐堂律师参加' })).not.toBeInTheDocument()

  // Saturday the 28th: both are on duty
  fireEvent.change(within(form).getByLabelText('调解日期'), { target: { value: '2026-11-28' } })
  expect(await within(form).findByText('律师 苏婉清（湖南湘江律师事务所）')).toBeInTheDocument()
  await user.click(within(form).getByRole('switch', { name: '请坐堂律师参加' }))
  await user.click(within(form).getByRole('button', { name: '安排调解' }))
  await waitFor(() => expect(stored(d.id).sessions).toHaveLength(1))
  const s = stored(d.id).sessions[0]
  expect(s).toMatchObject({ at: new Date('2026-11-28T09:30:00+08:00').toISOString(), durationMinutes: 60, room: '西牌楼解忧小屋调解室', police: null })
  expect(s.lawyer).toMatchObject({ name: '苏婉清', userId: 'demo-lawyer' })
  const card = await screen.findByTestId('session')
  expect(card).toHaveTextContent('11月28日 周六 09:30–10:30')
  expect(card).toHaveTextContent('坐堂：律师 苏婉清（湖南湘江律师事务所）')

  // the lawyer's desk: only that session — when, where, what kind — and nothing of the case
  await signInAs('demo-lawyer')
  await open(<DeskPage />, 'desk')
  const duty = await screen.findAllByTestId('duty-session')
  expect(duty).toHaveLength(1)
  expect(duty[0]).toHaveTextContent('11月28日 周六 09:30–10:30')
  expect(duty[0]).toHaveTextContent('西牌楼社区解忧小屋 西牌楼解忧小屋调解室')
  expect(duty[0]).toHaveTextContent('纠纷类型：邻里漏水')
  expect(duty[0]).toHaveTextContent('律师坐堂')
  expect(screen.queryByText(LEAK)).not.toBeInTheDocument()
  expect(screen.queryByText('王秀英')).not.toBeInTheDocument()
  expect(screen.queryByTestId('dispute-row')).not.toBeInTheDocument()

  // the police officer was not asked: nothing for him
  await signInAs('demo-police')
  await open(<DeskPage />, 'desk')
  expect(await screen.findByText('近期没有需要您参加的调解')).toBeInTheDocument()
  expect(screen.queryByTestId('duty-session')).not.toBeInTheDocument()
  expect(screen.queryByTestId('dispute-row')).not.toBeInTheDocument()
})

test('the 民警 / 律师 switches follow the chosen day\'s roster: one left on is turned off on a day without them, and nothing refused is sent', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  await openCase(d.id)
  const form = await screen.findByTestId('schedule-form')
  const day = (date: string) => fireEvent.change(within(form).getByLabelText('调解日期'), { target: { value: date } })
  const sw = (name: string) => within(form).queryByRole('switch', { name })
  fireEvent.change(within(form).getByLabelText('调解时间'), { target: { value: '10:00' } })
  await user.type(await native(SCHEDULE_PLACEHOLDERS.room), '西牌楼解忧小屋调解室')

  // Saturday the 28th: both asked for
  day('2026-11-28')
  await waitFor(() => expect(sw('请坐堂律师参加')).toBeInTheDocument())
  await user.click(sw('请坐堂民警参加')!)
  await user.click(sw('请坐堂律师参加')!)
  expect(sw('请坐堂律师参加')).toHaveAttribute('aria-checked', 'true')

  // Sunday the 29th has no lawyer: no switch for one, said plainly; the officer stays asked
  day('2026-11-29')
  await waitFor(() => expect(within(form).getByTestId('duty-roster')).toHaveTextContent('该日无律师值班'))
  expect(sw('请坐堂律师参加')).not.toBeInTheDocument()
  expect(sw('请坐堂民警参加')).toHaveAttribute('aria-checked', 'true')

  // back on Saturday the lawyer is no longer asked for: the switch was turned off, not hidden
  day('2026-11-28')
  await waitFor(() => expect(sw('请坐堂律师参加')).toHaveAttribute('aria-checked', 'false'))
  expect(sw('请坐堂民警参加')).toHaveAttribute('aria-checked', 'true')

  // a weekday has nobody on duty: no switches at all, and the officer is no longer asked either
  day('2026-11-26')
  expect(await within(form).findByText('民警、律师只在周六、周日坐堂；需要他们参加请选周末。')).toBeInTheDocument()
  expect(sw('请坐堂民警参加')).not.toBeInTheDocument()
  day('2026-11-29')
  await waitFor(() => expect(sw('请坐堂民警参加')).toHaveAttribute('aria-checked', 'false'))
  await user.click(sw('请坐堂民警参加')!)

  // Sunday with the officer: accepted at once, no lawyer asked for
  await user.click(within(form).getByRole('button', { name: '安排调解' }))
  await waitFor(() => expect(stored(d.id).sessions).toHaveLength(1))
  expect(stored(d.id).sessions[0]).toMatchObject({ at: new Date('2026-11-29T10:00:00+08:00').toISOString(), lawyer: null })
  expect(stored(d.id).sessions[0].police).toMatchObject({ name: '秦卫国' })
})

test('a roster changed while the form was open: the server\'s refusal shows at the switch that asked', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  await openCase(d.id)
  const form = await screen.findByTestId('schedule-form')
  fireEvent.change(within(form).getByLabelText('调解日期'), { target: { value: '2026-11-28' } })
  fireEvent.change(within(form).getByLabelText('调解时间'), { target: { value: '10:00' } })
  await user.type(await native(SCHEDULE_PLACEHOLDERS.room), '西牌楼解忧小屋调解室')
  const lawyer = await within(form).findByRole('switch', { name: '请坐堂律师参加' })
  await user.click(lawyer)
  // the lawyer is taken off Saturday after the page loaded the roster
  server.db.disputeStations.find((s) => s.id === 'js-xpl')!.roster.find((r) => r.date === '2026-11-28')!.lawyer = null
  await user.click(within(form).getByRole('button', { name: '安排调解' }))
  await waitFor(() => expect(fieldError(within(form).getByRole('switch', { name: '请坐堂律师参加' }))).toBe('这一天没有律师值班，请换一天或不请律师'))
  expect(stored(d.id).sessions).toHaveLength(0)
})

test('after the session the minutes and the private note are stored; the parties read the minutes and never the note', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  const scheduled = await disputesApi.schedule(d.id, { at: '2026-11-25T10:00:00+08:00', durationMinutes: 60, room: '调解室', withPolice: false, withLawyer: false }, key())
  const sid = scheduled.sessions[0].id
  server.control.clock.set(Date.parse('2026-11-25T11:10:00+08:00'))
  await openCase(d.id)
  await user.type(await native(RECORD_PLACEHOLDERS.minutes), '双方同意先请物业检测漏点，下周再约')
  await user.type(await native(RECORD_PLACEHOLDERS.privateNote), '对方情绪较激动，下次先单独沟通')
  expect(screen.getAllByText('内部备注（仅调解员可见）').length).toBeGreaterThan(0)
  await user.click(screen.getByRole('button', { name: '保存记录' }))
  await waitFor(() => expect(stored(d.id).sessions[0].recordedAt).toBeTruthy())
  expect(stored(d.id).sessions[0]).toMatchObject({ minutes: '双方同意先请物业检测漏点，下周再约', privateNote: '对方情绪较激动，下次先单独沟通' })
  expect(await screen.findByTestId('session-private')).toHaveTextContent('内部备注（仅调解员可见，当事人看不到）对方情绪较激动，下次先单独沟通')
  expect(screen.getByTestId('session-minutes')).toHaveTextContent('双方同意先请物业检测漏点，下周再约')

  for (const party of ['demo-resident', 'demo-resident-2']) {
    await signInAs(party)
    const seen = await disputesApi.detail(d.id)
    const s = seen.sessions.find((x) => x.id === sid)!
    expect(s.minutes).toBe('双方同意先请物业检测漏点，下周再约')
    expect(s.privateNote).toBeUndefined()
    expect(JSON.stringify(seen)).not.toContain('单独沟通')
  }
})

test('draft an agreement with two obligations; once both parties confirm, the sealed number shows', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  await openCase(d.id)
  const form = await screen.findByTestId('agreement-form')
  await user.type(await native(AGREEMENT_PLACEHOLDERS.facts), '1202 卫生间防水层老化，导致 1102 天花板渗水，经物业确认。')
  const fill = async (i: number, party: string, what: string, amount: string, due: string, how: string) => {
    const row = within(form).getAllByTestId('obligation-row')[i]
    await user.click(within(row).getByRole('radio', { name: party }))
    const inputs = (placeholder: string) => row.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`)!
    await waitFor(() => expect(inputs(AGREEMENT_PLACEHOLDERS.what)).toBeTruthy())
    await user.type(inputs(AGREEMENT_PLACEHOLDERS.what), what)
    if (amount) await user.type(inputs(AGREEMENT_PLACEHOLDERS.amount), amount)
    fireEvent.change(within(row).getByLabelText(`第 ${i + 1} 项履行期限`), { target: { value: due } })
    await user.type(inputs(AGREEMENT_PLACEHOLDERS.how), how)
  }
  await fill(0, '对方当事人', '修复卫生间防水层', '', '2026-12-10', '请有资质的师傅施工，物业见证')
  await user.click(within(form).getByRole('button', { name: '添加一项履行内容' }))
  await fill(1, '对方当事人', '赔偿刷墙费用', '800', '2026-12-15', '微信转账给申请人')
  await user.click(within(form).getByRole('button', { name: '提交协议，请双方确认' }))
  await waitFor(() => expect(stored(d.id).agreement).toBeTruthy())
  expect(stored(d.id).agreement!.obligations).toEqual([
    expect.objectContaining({ party: 'respondent', what: '修复卫生间防水层', amount: null, dueDate: '2026-12-10' }),
    expect.objectContaining({ party: 'respondent', what: '赔偿刷墙费用', amount: 800, dueDate: '2026-12-15', how: '微信转账给申请人' }),
  ])
  const shown = await screen.findByTestId('agreement')
  expect(shown).toHaveTextContent('协议草稿 · 第 1 版')
  expect(within(shown).getByTestId('confirm-applicant')).toHaveTextContent('申请人：尚未确认')

  await signInAs('demo-resident')
  await disputesApi.confirm(d.id, key())
  await signInAs('demo-resident-2')
  await disputesApi.confirm(d.id, key())
  const no = stored(d.id).agreement!.no
  expect(no).toBeTruthy()

  await signInAs('demo-mediator')
  await openCase(d.id)
  expect(await screen.findByTestId('agreement-no')).toHaveTextContent(`调解协议书 ${no}`)
  expect(screen.getByTestId('confirm-respondent')).toHaveTextContent('已于')
  expect(screen.queryByTestId('agreement-form')).not.toBeInTheDocument()
})

test('follow-up: an obligation recorded as carried out, then the case is closed with a note', async () => {
  const user = userEvent.setup()
  const d = await withAgreement([{ party: 'respondent', what: '赔偿刷墙费用', amount: 800, dueDate: '2026-12-15', how: '微信转账' }])
  for (const party of ['demo-resident', 'demo-resident-2']) {
    await signInAs(party)
    await disputesApi.confirm(d.id, key())
  }
  expect(stored(d.id).status).toBe('fulfilling')
  await signInAs('demo-mediator')
  await openCase(d.id)
  const row = await screen.findByTestId('followup-obligation')
  expect(row).toHaveTextContent('对方当事人赔偿刷墙费用 800 元')
  expect(screen.queryByTestId('close-form')).not.toBeInTheDocument()
  await user.click(within(row).getByRole('radio', { name: '已履行' }))
  await user.type(await native('如：电话回访，申请人确认已收到转账'), '申请人确认已收到 800 元')
  await user.click(within(row).getByRole('button', { name: '记录第 1 项回访' }))
  await waitFor(() => expect(stored(d.id).agreement!.obligations[0].done).toBe(true))
  expect(stored(d.id).agreement!.obligations[0].reports).toEqual([expect.objectContaining({ by: 'mediator', done: true, note: '申请人确认已收到 800 元' })])

  const close = await screen.findByTestId('close-form')
  await user.type(await native('如：协议各项已履行完毕，双方无异议'), '协议已履行完毕，双方无异议')
  await user.click(within(close).getByRole('button', { name: '结案' }))
  await waitFor(() => expect(stored(d.id).status).toBe('closed'))
  expect(await screen.findByText('申请人可以评价这次调解。')).toBeInTheDocument()
})

test('a mediator of another station opening the case sees that it is not there, and nothing of it', async () => {
  const d = await file('js-gnq')
  await signInAs('demo-mediator')
  await openCase(d.id)
  expect(await screen.findByText('案件不存在或无权查看')).toBeInTheDocument()
  expect(screen.queryByText(LEAK)).not.toBeInTheDocument()
  expect(screen.queryByText('王秀英', { exact: false })).not.toBeInTheDocument()
  expect(screen.queryByTestId('case-head')).not.toBeInTheDocument()
})

test('the other party\'s answer: a refusal shows with its reason and the case is referred', async () => {
  const d = await file()
  await signInAs('demo-mediator')
  await disputesApi.accept(d.id, key())
  const invited = await disputesApi.invite(d.id, key())
  await signInAs('demo-resident-2')
  await disputesApi.answer(invited.invitation!.code, { agree: false, reason: '漏水不是我家造成的' }, key())
  await signInAs('demo-mediator')
  await openCase(d.id)
  expect(await screen.findByText('对方不同意调解：漏水不是我家造成的')).toBeInTheDocument()
  expect(screen.getByTestId('case-head')).toHaveTextContent('已转介')
  expect(screen.queryByTestId('case-days')).not.toBeInTheDocument()
})

test('a party\'s change request shows with its version; without agreement the mediator refers the case with a note', async () => {
  const user = userEvent.setup()
  const d = await withAgreement([{ party: 'respondent', what: '赔偿刷墙费用', amount: 800, dueDate: '2026-12-15', how: '微信转账' }])
  await signInAs('demo-resident-2')
  await disputesApi.change(d.id, { reason: '刷墙费用太高，最多500元' }, key())
  await signInAs('demo-mediator')
  await openCase(d.id)
  expect(await screen.findByTestId('agreement-change')).toHaveTextContent('对方当事人（第 1 版')
  expect(screen.getByTestId('agreement-change')).toHaveTextContent('刷墙费用太高，最多500元')
  // the revision starts from the current version
  expect(await native(AGREEMENT_PLACEHOLDERS.facts)).toHaveValue('1202 卫生间防水层老化，导致 1102 天花板渗水，经物业确认。')
  expect(screen.getByRole('button', { name: '提交修改，请双方确认' })).toBeInTheDocument()

  const refer = screen.getByTestId('refer-form')
  await user.click(within(refer).getByRole('combobox'))
  await user.click(within(refer).getByRole('option', { name: '人民法院诉讼服务中心' }))
  await user.type(await native('如：对方不同意赔偿，建议向法院起诉，已告知诉讼服务中心地址'), '双方对赔偿金额分歧大，建议起诉')
  await user.click(within(refer).getByRole('button', { name: '转介并结束调解' }))
  await waitFor(() => expect(stored(d.id).status).toBe('referred'))
  expect(stored(d.id).referral).toMatchObject({ to: 'court', note: '双方对赔偿金额分歧大，建议起诉' })
  expect(await screen.findByText('已转介：人民法院诉讼服务中心。双方对赔偿金额分歧大，建议起诉')).toBeInTheDocument()
})

test('the agreement form keeps what was typed when the page is opened again, and a missing field is named at the row', async () => {
  const user = userEvent.setup()
  const d = await mediating()
  await signInAs('demo-mediator')
  await openCase(d.id)
  await user.type(await native(AGREEMENT_PLACEHOLDERS.facts), '1202 卫生间防水层老化，导致 1102 天花板渗水。')
  await user.type(await native(AGREEMENT_PLACEHOLDERS.what), '修复防水层')

  await openCase(d.id)
  expect(await native(AGREEMENT_PLACEHOLDERS.facts)).toHaveValue('1202 卫生间防水层老化，导致 1102 天花板渗水。')
  expect(await native(AGREEMENT_PLACEHOLDERS.what)).toHaveValue('修复防水层')
  await user.click(screen.getByRole('button', { name: '提交协议，请双方确认' }))
  expect(fieldError(await native(AGREEMENT_PLACEHOLDERS.how))).not.toBe('')
  expect(fieldError(screen.getByLabelText('第 1 项履行期限'))).toBe('请选择履行期限')
  expect(stored(d.id).agreement).toBeNull()
})
