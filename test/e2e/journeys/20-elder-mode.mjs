// 长辈版 is a mode of the whole app: switched on from 首页 it stays on after a reload, and the
// runner's size check (every shot: text ≥ 18 px, tap targets ≥ 60 × 60 px in 长辈版) looks at the
// screens only this journey reaches: the tab bar, the report form with its typed text, and the
// modules not built yet with their places. A keyboard alone opens a list row and a 首页 entry.
import { assert, loginAs, measureSizes, see, visible, waitForMock } from '../lib.mjs'

export const name = '长辈版 from 首页: the tab bar, the report form and the modules to come are large; a keyboard opens rows'

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')
  await page.goto('/#/pages/index/index')
  const toggle = visible(page.locator('[role="switch"]').filter({ hasText: '长辈版' }))
  await toggle.click()
  await visible(page.getByText('长辈版 · 已开启')).waitFor()
  // the tab bar, outside every page, follows the setting
  const tab = await page.evaluate(() => {
    const label = document.querySelector('.weui-tabbar__label')
    const item = document.querySelector('.weui-tabbar__item')
    return { font: parseFloat(getComputedStyle(label).fontSize), height: item.getBoundingClientRect().height }
  })
  assert(tab.font >= 18 && tab.height >= 60, `tab bar in 长辈版: label ${tab.font}px, tab ${tab.height}px tall`)
  assert(await page.evaluate(() => !!document.querySelector('[role=navigation] .weui-tabbar__item')), 'the tab bar is a navigation landmark')
  await shot('home-elder')

  // what to do until 解忧小屋 is built: the place, its address and phone, on 首页 and its page
  await see(page, '现在请到：西牌楼社区解忧小屋')
  await visible(page.locator('[data-testid="entry-dispute"]')).click()
  await see(page, '现在可以这样办')
  await see(page, '长沙市天心区西牌楼街 36 号社区党群服务中心二楼')
  await shot('dispute-elder')

  await page.goto('/#/packages/report/new/index')
  await visible(page.locator('.page.elder')).waitFor()
  await visible(page.getByRole('radio', { name: '垃圾堆积', exact: true })).click()
  await visible(page.locator('textarea')).fill('楼下垃圾桶满了')
  const sizes = await measureSizes(page)
  assert(sizes.text.px >= 18, `the smallest text on the form is ${sizes.text.px}px: ${sizes.text.what}`)
  await shot('form-elder')

  // It stays on after a reload: a setting, not a page state.
  await page.reload()
  await visible(page.locator('.page.elder')).waitFor()

  // A keyboard alone: Tab to a row of 消息 and open it with Enter.
  await page.goto('/#/pages/inbox/index')
  const row = visible(page.locator('[data-testid="inbox-item"]'))
  await row.waitFor()
  await shot('inbox-elder')
  await row.focus()
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
  assert(focused === 'inbox-item', `a message row takes the focus (got ${focused})`)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => !location.hash.includes('/pages/inbox/'))

  // a merchant has an entry to their placeholder page, on 首页 and on 办事
  await loginAs(page, 'demo-merchant')
  await page.goto('/#/pages/index/index')
  await visible(page.locator('[data-testid="entry-merchant"]')).waitFor()
  await page.goto('/#/pages/tasks/index')
  await see(page, '西牌楼社区居委会')
  await shot('merchant-tasks-elder')
  await visible(page.getByRole('button', { name: '查看详情：合伙商企工作台' })).click()
  await see(page, '商企兑换核销即将上线')
}
