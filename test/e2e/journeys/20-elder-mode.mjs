// 长辈版 is a mode of the whole app: switched on from 首页 it stays on after a reload, and the
// runner's size check (every shot: text ≥ 18 px, tap targets ≥ 60 × 60 px in 长辈版) looks at the
// screens only this journey reaches: the tab bar and the resident's grid card on 首页, the report
// form with its typed text, 解忧小屋 opened from 首页, and the merchant's 办事. A keyboard alone
// opens a list row.
import { assert, loginAs, measureSizes, see, visible, waitForMock } from '../lib.mjs'

export const name = '长辈版 from 首页: the tab bar, the grid card, the report form, 解忧小屋 and the merchant\'s 办事 are large; a keyboard opens rows'

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

  // her own grid's figures on 首页, then 解忧小屋 from its entry
  await visible(page.getByTestId('grid-card')).waitFor()
  await visible(page.locator('[data-testid="entry-dispute"]')).click()
  await see(page, '我收到了调解邀请码')
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

  // a merchant has an entry to their workbench on 首页, and on 办事 the way to verify a code
  await loginAs(page, 'demo-merchant')
  await page.goto('/#/pages/index/index')
  await visible(page.locator('[data-testid="entry-merchant"]')).waitFor()
  await page.goto('/#/pages/tasks/index')
  await see(page, '合伙商企工作台')
  await shot('merchant-tasks-elder')
  await visible(page.locator('.ui-btn').filter({ hasText: /^核销兑换码$/ })).click()
  await see(page, '扫码核销')
  await shot('merchant-verify-elder')
}
