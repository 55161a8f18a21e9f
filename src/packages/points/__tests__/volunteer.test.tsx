// The volunteer's pages of 志愿积分 through the real request path: points and activities on the
// first screen, signing up and the waitlist, checking in and out by the organiser's short code,
// redeeming an offer for a code that counts down, the ledger, and the certificate anyone may check.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { createClock } from '@mock/server'
import { currentCode, totals } from '@mock/domains/points'
import { withMockServer } from '../../../../test/utils/mock'
import { fieldError, native, signInAs } from '../../../../test/utils/client'
import { pageOpener } from '../../../../test/utils/page'
import { useSession } from '@/stores/session'
import PointsPage from '../index/index'
import ActivityPage from '../activity/index'
import ShopPage from '../shop/index'
import RedemptionPage from '../redemption/index'
import LedgerPage from '../ledger/index'
import CertificatePage from '../certificate/index'

// Tuesday 24 November 2026, 09:00 China time. The seed: 谢雨欣 (demo-volunteer) earned 30 分 for
// 3 h at 重阳节敬老院陪伴 a week ago and is signed up for Thursday's 垃圾分类值守 (07:00–09:00);
// 读书会 is Sunday with 15 places; 环境整治 has 2 places.
const START = Date.parse('2026-11-24T09:00:00+08:00')
const { server } = withMockServer({ clock: createClock(START) })
beforeEach(() => {
  server.control.clock.set(START)
  server.reset()
})
afterEach(() => jest.restoreAllMocks())

const open = pageOpener('/packages/points')

const byTitle = (t: string) => server.db.activities.find((a) => a.title === t)!
const placeOf = (t: string, userId: string) => byTitle(t).participants.find((p) => p.userId === userId)
const CODE = '6位数字签到码'

test('the volunteer sees their points and activities first, and signs up for one; a full one offers the waitlist', async () => {
  const user = userEvent.setup()
  await signInAs('demo-volunteer')
  await open(<PointsPage />, 'index')
  const card = await screen.findByTestId('points-card')
  expect(within(card).getByTestId('points-available')).toHaveTextContent('25')
  expect(card).toHaveTextContent('服务时长 共 2.5 小时')
  expect(card).toHaveTextContent('25 分将于 2027年12月31日 到期')
  await screen.findByText('我报名的活动')
  expect(screen.getAllByText('小区垃圾分类桶边值守').length).toBeGreaterThan(0)
  expect(screen.getByText('本社区的活动')).toBeInTheDocument()

  const reading = byTitle('周末读书会：一起读《乡土中国》')
  await open(<ActivityPage />, 'activity', { id: reading.id })
  await user.click(await screen.findByText('报名参加'))
  await waitFor(() => expect(placeOf(reading.title, 'demo-volunteer')?.status).toBe('signed'))
  expect(await screen.findByTestId('status-line')).toHaveTextContent('已报名。开始前 15 分钟可以签到')

  // 环境整治 has two places: two others take them, and she is offered the waitlist
  const clean = byTitle('背街小巷环境整治')
  for (const id of ['demo-resident']) {
    await signInAs(id)
    await (await import('@/features/points/api')).pointsApi.signup(clean.id, { waitlist: false }, `k-${id}`)
  }
  clean.capacity = 1
  await signInAs('demo-volunteer')
  await open(<ActivityPage />, 'activity', { id: clean.id })
  await user.click(await screen.findByText('加入候补'))
  await waitFor(() => expect(placeOf(clean.title, 'demo-volunteer')?.status).toBe('waitlisted'))
  expect(await screen.findByTestId('status-line')).toHaveTextContent('候补中')
})

test('check-in and check-out by the organiser\'s short code: a wrong code is refused at the field, the right one is stored', async () => {
  const user = userEvent.setup()
  const sorting = byTitle('小区垃圾分类桶边值守')
  await signInAs('demo-volunteer')
  // before the window: no code form, the page says when it opens
  await open(<ActivityPage />, 'activity', { id: sorting.id })
  expect(await screen.findByTestId('status-line')).toHaveTextContent('11月26日 周四 06:45 起')
  expect(screen.queryByPlaceholderText(CODE)).not.toBeInTheDocument()

  server.control.clock.set(Date.parse('2026-11-26T06:50:00+08:00'))
  await open(<ActivityPage />, 'activity', { id: sorting.id })
  await user.type(await native(CODE), '000000')
  await user.click(screen.getByText('按签到码签到'))
  await waitFor(async () => expect(fieldError(await native(CODE))).toContain('签到码不对或已过期'))
  expect(placeOf(sorting.title, 'demo-volunteer')?.status).toBe('signed')

  const code = () => currentCode(server.db, sorting, server.control.clock.now().getTime()).shortCode
  await user.clear(await native(CODE))
  await user.type(await native(CODE), code())
  await user.click(screen.getByText('按签到码签到'))
  await waitFor(() => expect(placeOf(sorting.title, 'demo-volunteer')?.status).toBe('checked_in'))
  expect(await screen.findByText('按签到码签退')).toBeInTheDocument()
  expect(screen.getByTestId('status-line')).toHaveTextContent('已于 06:50 签到')

  server.control.clock.set(Date.parse('2026-11-26T08:55:00+08:00'))
  await user.type(await native(CODE), code())
  await user.click(screen.getByText('按签到码签退'))
  await waitFor(() => expect(placeOf(sorting.title, 'demo-volunteer')?.status).toBe('checked_out'))
  expect(await screen.findByTestId('status-line')).toHaveTextContent('等组织者确认时长后积分到账')
})

test('redeeming an offer holds the points and shows a 10-minute code; the ledger says so', async () => {
  const user = userEvent.setup()
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  await signInAs('demo-volunteer')
  await open(<ShopPage />, 'shop')
  const offer = (await screen.findAllByTestId('offer')).find((o) => o.textContent?.includes('豆浆油条'))!
  // 理发一次 needs 100 分 of her 25: she is told how many she lacks, with no button
  const haircut = screen.getAllByTestId('offer').find((o) => o.textContent?.includes('理发一次'))!
  expect(haircut).toHaveTextContent('还差 75 分')
  expect(within(haircut).queryByText('兑换')).not.toBeInTheDocument()

  await user.click(within(offer).getByText('兑换'))
  expect(within(offer).getByText(/将冻结 20 分/)).toBeInTheDocument()
  await user.click(within(offer).getByText('确认兑换（20 分）'))
  const hers = () => server.db.redemptions.filter((x) => x.userId === 'demo-volunteer')
  await waitFor(() => expect(hers()).toHaveLength(1))
  const r = hers()[0]
  expect(r).toMatchObject({ userId: 'demo-volunteer', status: 'pending', points: 20 })
  expect(totals(server.db, 'demo-volunteer')).toMatchObject({ balance: 25, held: 20, available: 5 })
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/points/redemption/index?id=${r.id}` })

  await open(<RedemptionPage />, 'redemption', { id: r.id })
  expect(await screen.findByTestId('redeem-code')).toHaveTextContent(`${r.code.slice(0, 3)} ${r.code.slice(3)}`)
  expect(screen.getByTestId('redeem-left')).toHaveTextContent(/剩余 (10:00|09:5\d)/)

  await open(<LedgerPage />, 'ledger')
  const entries = await screen.findAllByTestId('ledger-entry')
  expect(entries[0]).toHaveTextContent('冻结')
  expect(entries[0]).toHaveTextContent('冻结 20 分')
  expect(entries[entries.length - 1]).toHaveTextContent('+25 分')
  expect(screen.getByTestId('points-available')).toHaveTextContent('5')

  // another volunteer cannot open her redemption
  await signInAs('demo-resident')
  await open(<RedemptionPage />, 'redemption', { id: r.id })
  expect(await screen.findByText('兑换记录不存在或无权查看')).toBeInTheDocument()
  expect(screen.queryByTestId('redeem-code')).not.toBeInTheDocument()
})

test('the certificate: the volunteer\'s own, and anyone checking its number sees the same figures with the name masked', async () => {
  const user = userEvent.setup()
  await signInAs('demo-volunteer')
  await open(<CertificatePage />, 'certificate')
  const mine = await screen.findByTestId('certificate')
  expect(mine).toHaveTextContent('志愿者：谢雨欣')
  expect(mine).toHaveTextContent('累计志愿服务时长：2.5 小时')
  const no = server.db.certificates[0].no
  expect(screen.getByTestId('certificate-no')).toHaveTextContent(no)

  useSession.getState().signOut()
  await open(<CertificatePage />, 'certificate')
  await user.type(await native('如 ZY20260001ABC123'), 'abc')
  await user.click(screen.getByText('查验'))
  expect(fieldError(await native('如 ZY20260001ABC123'))).toContain('请输入证明上的编号')
  await user.clear(await native('如 ZY20260001ABC123'))
  await user.type(await native('如 ZY20260001ABC123'), no.toLowerCase())
  await user.click(screen.getByText('查验'))
  const checked = await screen.findByTestId('certificate')
  expect(checked).toHaveTextContent('累计志愿服务时长：2.5 小时')
  expect(checked).not.toHaveTextContent('谢雨欣')
  expect(checked).toHaveTextContent('志愿者：谢*')
})

test('logged out, 志愿积分 says why to log in and what can be seen without it', async () => {
  useSession.getState().signOut()
  await open(<PointsPage />, 'index')
  expect(await screen.findByText('去登录')).toBeInTheDocument()
  expect(screen.getByText('看看能兑换什么')).toBeInTheDocument()
  expect(screen.queryByTestId('points-card')).not.toBeInTheDocument()
})
