// The residents' pages of 解忧小屋 through the real request path: the guide and the filing form
// (a refusal at the field loses nothing), the applicant's invitation code, the other party's
// answer without the applicant's contact, the agreement confirmed and questioned, and a case
// nobody else may open.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { createClock } from '@mock/server'
import { draftAgreement } from '@mock/domains/disputes/machine'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { pageOpener } from '../../../../test/utils/page'
import type { Dispute } from '@/contract'
import { disputesApi } from '@/features/disputes/api'
import { DISPUTE_PLACEHOLDERS } from '@/features/disputes/components/resident/DisputeForm'
import { CODE_PLACEHOLDER, DECLINE_PLACEHOLDER } from '@/features/disputes/components/resident/InvitationAnswer'
import DisputePage from '../index/index'
import GuidePage from '../guide/index'
import NewDisputePage from '../new/index'
import DetailPage from '../detail/index'
import InvitationPage from '../invitation/index'

// Tuesday 24 November 2026, 09:00 China time. 罗桂兰 (demo-mediator) mediates at 西牌楼.
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})
afterEach(() => jest.restoreAllMocks())

const open = pageOpener('/packages/dispute')

const db = () => server.db as unknown as { disputes: Array<{ id: string; applicantId?: string; invitation: { code: string } | null; agreement: { confirmedAt: Record<string, string | null>; changes: unknown[] } | null; respondentAgreed?: boolean | null } & Record<string, unknown>>; users: Record<string, { phone: string }> }
/** The button that says `text` (a heading or step may say it too). */
const button = (text: string) => screen.getAllByText(text).find((el) => el.closest('.ui-btn'))!.closest('.ui-btn') as HTMLElement
const LONG = '楼上卫生间漏水，我家厨房天花板已经发霉掉灰，找过楼上两次都说没时间。'

/** A case of 王秀英 against 李建国 at 西牌楼, accepted by 罗桂兰. */
async function acceptedCase(): Promise<Dispute> {
  await signInAs('demo-resident')
  const d = await disputesApi.create(
    { type: 'leak', description: LONG, wants: '请楼上修好水管', other: { name: '李先生', phone: '', whereabouts: '楼上 1202' }, photos: [], stationId: 'js-xpl', preferredTimes: '', agreeTerms: true },
    'k-file',
  )
  await signInAs('demo-mediator')
  await disputesApi.accept(d.id, 'k-accept')
  return d
}

/** …and 李建国 agreed to mediate. */
async function mediatingCase(): Promise<Dispute> {
  const d = await acceptedCase()
  await signInAs('demo-resident')
  const invited = await disputesApi.invite(d.id, 'k-invite')
  await signInAs('demo-resident-2')
  await disputesApi.answer(invited.invitation!.code, { agree: true, reason: '' }, 'k-answer')
  return d
}

test('a resident reads the 邻里漏水 guide and files: a short description is refused at the field with nothing lost, then stored', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never)
  await signInAs('demo-resident')
  await open(<DisputePage />, 'index')
  expect(await screen.findByText('申请调解')).toBeInTheDocument()
  const guideRow = (await screen.findAllByTestId('dispute-guide-row')).find((r) => r.textContent?.includes('邻里漏水'))!
  expect(guideRow).toBeTruthy()
  const station = (await screen.findAllByTestId('dispute-station')).find((s) => s.textContent?.includes('西牌楼社区解忧小屋'))!
  expect(station).toHaveTextContent('0731-85121001')
  expect(within(station).getAllByTestId('duty-day').length).toBeGreaterThan(0)
  expect(station).toHaveTextContent(/民警 秦卫国（坡子街派出所）/)
  await user.click(guideRow)
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/dispute/guide/index?type=leak' })

  await open(<GuidePage />, 'guide', { type: 'leak' })
  const guide = await screen.findByTestId('dispute-guide')
  expect(guide).toHaveTextContent('先敲门告知楼上')
  expect(guide).toHaveTextContent('漏水处的照片或视频')
  expect(screen.getByTestId('guide-elsewhere')).toHaveTextContent('物业')
  await user.click(screen.getByText('申请调解'))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/dispute/new/index?type=leak' })

  await open(<NewDisputePage />, 'new', { type: 'leak' })
  await screen.findByTestId('dispute-form')
  expect(screen.getByText('邻里漏水').closest('[data-value]')).toHaveAttribute('aria-checked', 'true')
  await user.type(await native(DISPUTE_PLACEHOLDERS.description), '楼上漏水了')
  expect(screen.getAllByTestId('textarea-count')[0]).toHaveTextContent('5/1000')
  await user.type(await native(DISPUTE_PLACEHOLDERS.wants), '请楼上修好水管')
  await user.type(await native(DISPUTE_PLACEHOLDERS.otherWhereabouts), '楼上 1202')
  await user.click(screen.getByText('西牌楼社区解忧小屋'))
  await user.click(screen.getByText('我已阅读并同意人民调解须知'))
  const before = db().disputes.length
  await user.click(screen.getByText('提交调解申请'))
  await waitFor(async () => expect(fieldError(await native(DISPUTE_PLACEHOLDERS.description))).toContain('10'))
  expect(db().disputes).toHaveLength(before)
  // nothing typed is lost, even after the page is opened again
  await open(<NewDisputePage />, 'new', { type: 'leak' })
  expect(await native(DISPUTE_PLACEHOLDERS.description)).toHaveValue('楼上漏水了')
  expect(await native(DISPUTE_PLACEHOLDERS.wants)).toHaveValue('请楼上修好水管')
  expect(await native(DISPUTE_PLACEHOLDERS.otherWhereabouts)).toHaveValue('楼上 1202')

  await user.clear(await native(DISPUTE_PLACEHOLDERS.description))
  await user.type(await native(DISPUTE_PLACEHOLDERS.description), LONG)
  await user.click(screen.getByText('提交调解申请'))
  await waitFor(() => expect(db().disputes).toHaveLength(before + 1))
  const filed = db().disputes[db().disputes.length - 1]
  expect(filed).toMatchObject({ type: 'leak', description: LONG, stationId: 'js-xpl' })
  await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/dispute/detail/index?id=${filed.id}` }))

  await open(<DetailPage />, 'detail', { id: filed.id })
  expect(await screen.findByTestId('dispute-next')).toHaveTextContent('等待解忧小屋的调解员受理')
  expect(screen.getByTestId('dispute-days')).toHaveTextContent('第 1 天 · 通常 30 天内办结')
})

test('the applicant invites and sees the code; the other party opens it (typed), sees no applicant phone, and agrees', async () => {
  const user = userEvent.setup()
  const d = await acceptedCase()
  await signInAs('demo-resident')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByTestId('dispute-next')).toHaveTextContent('请邀请对方')
  await user.click(button('邀请对方'))
  const codeEl = await screen.findByTestId('invite-code')
  const code = db().disputes.find((x) => x.id === d.id)!.invitation!.code
  expect(codeEl.textContent?.replace(/\s/g, '')).toBe(code)
  expect(screen.getByTestId('qr-code')).toBeInTheDocument()
  expect(screen.getByTestId('invite-panel')).toHaveTextContent('打电话念给对方')

  await signInAs('demo-resident-2')
  await open(<InvitationPage />, 'invitation')
  await user.type(await native(CODE_PLACEHOLDER), 'ABCD2345')
  await user.click(screen.getByText('查看邀请'))
  await waitFor(async () => expect(fieldError(await native(CODE_PLACEHOLDER))).toContain('邀请码不存在'))
  await user.clear(await native(CODE_PLACEHOLDER))
  await user.type(await native(CODE_PLACEHOLDER), code.toLowerCase())
  await user.click(screen.getByText('查看邀请'))
  const summary = await screen.findByTestId('invitation-summary')
  expect(summary).toHaveTextContent(LONG)
  expect(summary).toHaveTextContent('请楼上修好水管')
  const phone = db().users['demo-resident'].phone
  expect(document.body.textContent).not.toContain(phone)
  expect(document.body.textContent).not.toContain(phone.slice(-4))

  await user.click(screen.getByText('同意调解'))
  expect(await screen.findByText('您已同意调解')).toBeInTheDocument()
  expect(db().disputes.find((x) => x.id === d.id)!.respondentAgreed).toBe(true)
  expect(screen.getByText('查看这件调解')).toBeInTheDocument()
})

test('the other party may decline with a reason, after being asked', async () => {
  const user = userEvent.setup()
  const d = await acceptedCase()
  await signInAs('demo-resident')
  const code = (await disputesApi.invite(d.id, 'k-inv')).invitation!.code
  await signInAs('demo-resident-2')
  await open(<InvitationPage />, 'invitation', { code })
  await user.click(await screen.findByText('不同意'))
  expect(screen.getByText(/不同意后，这次邀请就结束了/)).toBeInTheDocument()
  await user.type(await native(DECLINE_PLACEHOLDER), '水管是物业的公共管道')
  await user.click(screen.getByText('确认不同意'))
  expect(await screen.findByText('您已表示不同意调解')).toBeInTheDocument()
  expect(db().disputes.find((x) => x.id === d.id)!.respondentAgreed).toBe(false)

  // the applicant reads that the other party declined, and where to turn instead
  await signInAs('demo-resident')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByTestId('dispute-next')).toHaveTextContent('对方不同意调解')
  expect(screen.getByTestId('dispute-referral')).toHaveTextContent('对方不同意调解')
  expect(screen.getByTestId('dispute-facts')).toHaveTextContent('水管是物业的公共管道')
})

test('a party confirms the agreement; the other asks for a change', async () => {
  const user = userEvent.setup()
  const d = await mediatingCase()
  const rec = db().disputes.find((x) => x.id === d.id)!
  const mediator = (server.db as unknown as { users: Record<string, never> }).users['demo-mediator']
  draftAgreement(
    server.db as never,
    rec as never,
    mediator,
    {
      facts: '1202 卫生间水管渗漏，导致 1102 厨房天花板发霉，经物业确认。',
      obligations: [{ party: 'respondent', what: '修好卫生间水管', amount: 600, dueDate: '2026-12-10', how: '请物业派师傅维修' }],
    },
    server.control.clock.now(),
  )
  await signInAs('demo-resident')
  await open(<DetailPage />, 'detail', { id: d.id })
  const agreement = await screen.findByTestId('agreement')
  expect(agreement).toHaveTextContent('第 1 项：对方当事人修好卫生间水管')
  expect(agreement).toHaveTextContent('金额：600 元')
  expect(agreement).toHaveTextContent('12月10日 周四 前')
  await user.click(screen.getByText('确认协议'))
  await user.click(await screen.findByText('我已看清，确认协议'))
  await waitFor(() => expect(rec.agreement!.confirmedAt.applicant).toBeTruthy())
  expect(await screen.findByTestId('dispute-next')).toHaveTextContent('您已确认协议，等另一方确认')

  await signInAs('demo-resident-2')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByTestId('agreement')).toHaveTextContent('第 1 项：您修好卫生间水管')
  await user.type(await native('哪一条要改，想怎么改'), '改')
  await user.click(screen.getByText('提出修改'))
  await waitFor(async () => expect(fieldError(await native('哪一条要改，想怎么改'))).not.toBe(''))
  await user.clear(await native('哪一条要改，想怎么改'))
  await user.type(await native('哪一条要改，想怎么改'), '维修期限请放宽到 12 月 20 日')
  await user.click(screen.getByText('提出修改'))
  await waitFor(() => expect(rec.agreement!.changes).toHaveLength(1))
  expect(await screen.findByText('已提出修改意见')).toBeInTheDocument()
})

test('filing from a report closed as 民间纠纷: the form is prefilled and says where it came from', async () => {
  const user = userEvent.setup()
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never)
  const reports = (server.db as unknown as { reports: Array<{ id: string; reporterId: string; category: string; description: string; location: { address: string } }> }).reports
  // the seed's: a noise complaint the grid worker ended as 民间纠纷
  const report = reports.find((r) => r.reporterId === 'demo-resident' && (r as { status?: string }).status === 'civil')!
  await signInAs('demo-resident')
  await open(<NewDisputePage />, 'new', { fromReport: report.id })
  expect(await screen.findByText('已带入您的随手拍工单')).toBeInTheDocument()
  expect(screen.getByText('噪音扰民').closest('[data-value]')).toHaveAttribute('aria-checked', 'true')
  expect((await native(DISPUTE_PLACEHOLDERS.description)).value).toContain(report.description)
  // the report's place is her own flat: not the other party's whereabouts, and not in the
  // description the other party reads with the invitation
  expect((await native(DISPUTE_PLACEHOLDERS.description)).value).not.toContain(report.location.address)
  expect(await native(DISPUTE_PLACEHOLDERS.otherWhereabouts)).toHaveValue('')
  await user.type(await native(DISPUTE_PLACEHOLDERS.otherWhereabouts), '楼上 602')
  await user.type(await native(DISPUTE_PLACEHOLDERS.wants), '请楼上晚上十点以后不要拖桌椅')
  await user.click(screen.getByText('我已阅读并同意人民调解须知'))
  const before = db().disputes.length
  await user.click(screen.getByText('提交调解申请'))
  await waitFor(() => expect(db().disputes).toHaveLength(before + 1))
  expect(db().disputes[before]).toMatchObject({ type: 'noise', fromReportId: report.id, applicantId: 'demo-resident' })
  // linked both ways: the report now leads its reporter to the case
  expect((reports.find((r) => r.id === report.id) as { disputeId?: string }).disputeId).toBe(db().disputes[before].id)
  await open(<DetailPage />, 'detail', { id: db().disputes[before].id })
  expect(await screen.findByTestId('dispute-from-report')).toHaveTextContent(`来自随手拍工单 ${report.id}`)
})

test('a sealed agreement: its number, both confirmations, the days left for judicial confirmation, and a party reporting an obligation carried out', async () => {
  const user = userEvent.setup()
  const d = await mediatingCase()
  const rec = db().disputes.find((x) => x.id === d.id)!
  const mediator = (server.db as unknown as { users: Record<string, never> }).users['demo-mediator']
  draftAgreement(server.db as never, rec as never, mediator, { facts: '1202 卫生间水管渗漏，导致 1102 厨房天花板发霉。', obligations: [{ party: 'respondent', what: '修好卫生间水管', amount: null, dueDate: '2026-12-10', how: '请物业派师傅维修' }] }, server.control.clock.now())
  await signInAs('demo-resident')
  await disputesApi.confirm(d.id, 'k-c1')
  await signInAs('demo-resident-2')
  await disputesApi.confirm(d.id, 'k-c2')
  server.control.clock.set(START + 10 * 24 * 3600e3)

  await signInAs('demo-resident')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByTestId('agreement-no')).toHaveTextContent(/协议编号：\S+/)
  expect(screen.getByTestId('agreement-confirmations')).toHaveTextContent('申请人：已确认')
  expect(screen.getByTestId('agreement-confirmations')).toHaveTextContent('对方当事人：已确认')
  expect(screen.getByText('可在 30 天内向人民法院申请司法确认')).toBeInTheDocument()
  expect(screen.getByTestId('judicial-left')).toHaveTextContent('还剩 20 天')
  const row = screen.getByTestId('obligation-followup')
  expect(row).toHaveTextContent('待回访')
  await user.click(within(row).getByText('已履行'))
  await waitFor(() => expect(within(screen.getByTestId('obligation-followup')).getByText(/您：已履行/)).toBeInTheDocument())
  // a party's word is a report the mediator checks: asked once
  expect(within(screen.getByTestId('obligation-followup')).queryByText('未履行')).not.toBeInTheDocument()
  expect(screen.getByTestId('obligation-followup')).toHaveTextContent('调解员回访核实后会更新')

  // the mediator's visit confirms it and closes the case: the applicant rates
  await signInAs('demo-mediator')
  await disputesApi.fulfil(d.id, 0, { done: true, note: '上门查看，已修好' }, 'k-f')
  await disputesApi.close(d.id, { note: '协议全部履行' }, 'k-close')
  await signInAs('demo-resident')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByTestId('dispute-next')).toHaveTextContent('请您评价这次调解')
  await user.click(screen.getByText('满意'))
  await user.click(screen.getByText('提交评价'))
  await waitFor(() => expect(rec.rating).toMatchObject({ rating: 'satisfied' }))
  expect(await screen.findByText('我的评价')).toBeInTheDocument()
})

test('a resident who is not a party gets the 404 message and none of the case', async () => {
  const d = await acceptedCase()
  await signInAs('demo-volunteer')
  await open(<DetailPage />, 'detail', { id: d.id })
  expect(await screen.findByText('案件不存在或无权查看')).toBeInTheDocument()
  expect(document.body.textContent).not.toContain(LONG)
  expect(screen.queryByTestId('dispute-head')).not.toBeInTheDocument()
})
