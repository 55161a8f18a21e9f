// A report that is really a matter between neighbours: 王秀英 reports water coming through her
// ceiling; 刘志华 (网格员) takes it, goes to look and ends it as 民间纠纷; she is told, taps 转到解忧小屋,
// finds the form filled from her report, and files; the mediator sees the report's history, and
// the report links to the case for her alone.
import { assert, input, loginAs, see, serverDb, textarea, visible, waitForMock, apiAs, button } from '../lib.mjs'

export const name = '随手拍 → 解忧小屋: a report ended as 民间纠纷 becomes a prefilled dispute, linked both ways, its history before the mediator'



export async function run({ page, shot, log }) {
  await page.goto('/')
  await waitForMock(page)

  // 1. 王秀英 reports the leak.
  await loginAs(page, 'demo-resident')
  const filed = await apiAs(page, 'POST', '/reports', {
    category: 'water_leak',
    description: '楼上卫生间一直往我家天花板渗水，墙皮都泡掉了，找过楼上两次没人管。',
    photos: [],
    location: { address: '西牌楼小区 3 栋 1102', communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
    anonymous: false,
    contactPhone: '13807311234',
  })
  assert(filed.status === 201, `the report is filed, got ${filed.status}`)
  const id = filed.body.id

  // 2. 刘志华 takes it and, having looked, ends it as 民间纠纷.
  await loginAs(page, 'demo-grid-worker')
  await page.goto(`/#/packages/report/order/index?id=${id}`)
  await button(page, '接单').click()
  await visible(page.getByRole('radio', { name: '民间纠纷' })).click()
  await textarea(page, '如：已上门查看，是楼上 1202 卫生间防水层老化渗漏，需两户协商维修').fill('已上门查看，是楼上 1202 卫生间防水层老化渗漏，需两户协商维修')
  await shot('civil')
  await button(page, '转为民间纠纷，建议居民到解忧小屋').click()
  await see(page, '转解忧小屋')
  assert((await serverDb(page)).reports.find((r) => r.id === id).status === 'civil', 'the report ended as 民间纠纷')

  // 3. 王秀英 reads why on her ticket and goes on to 解忧小屋: the form is filled from it.
  await loginAs(page, 'demo-resident')
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await see(page, '网格员认为这是邻里之间的民间纠纷')
  await shot('to-station')
  await button(page, '转到解忧小屋').click()
  await see(page, id)
  const description = await textarea(page, '什么时候、在哪里、发生了什么，和对方沟通过没有').inputValue()
  assert(description.includes('天花板渗水'), 'the description comes from the report')
  await textarea(page, '如：请楼上修好水管，赔偿天花板的修补费用').fill('请楼上修好防水')
  await input(page, '如：楼上 1202').fill('楼上 1202')
  await visible(page.getByRole('switch', { name: '我已阅读并同意人民调解须知' })).click()
  await shot('prefilled')
  await button(page, '提交调解申请').click()
  await see(page, '待受理')
  const d = (await serverDb(page)).disputes.find((x) => x.fromReportId === id)
  assert(d && d.type === 'leak', 'the case is stored as 邻里漏水, linked to the report')
  assert((await serverDb(page)).reports.find((r) => r.id === id).disputeId === d.id, 'the report links to the case')

  // her ticket now leads to the case
  await page.goto(`/#/packages/report/detail/index?id=${id}`)
  await button(page, '查看调解进度').click()
  await see(page, '待受理')

  // 4. The mediator sees the report's history with the case.
  await loginAs(page, 'demo-mediator')
  await page.goto(`/#/packages/dispute/case/index?id=${d.id}`)
  await see(page, '防水层老化渗漏')
  await see(page, id)
  await shot('mediator-history')
  log(`${id} → ${d.id}`)
}
