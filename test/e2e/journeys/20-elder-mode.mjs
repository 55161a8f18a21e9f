// 长辈版 is a mode of the whole app: switched on from 首页, it makes text ≥ 18 px and every
// tap target ≥ 60 px tall on the report form a resident fills in.
import { assert, loginAs, visible, waitForMock } from '../lib.mjs'

export const name = '长辈版 from 首页 enlarges text and tap targets on the report form'

async function measure(page) {
  return page.evaluate(() => {
    const shown = document.querySelector('.taro_page_show') || document.body
    const isVisible = (el) => {
      const r = el.getBoundingClientRect()
      const cs = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
    }
    const small = []
    for (const el of shown.querySelectorAll('taro-text-core, .ui-field__label, .ui-chip, taro-button-core')) {
      if (!isVisible(el) || !el.textContent.trim()) continue
      const fs = parseFloat(getComputedStyle(el).fontSize)
      if (fs < 18) small.push(`${el.textContent.trim().slice(0, 12)}:${fs}`)
    }
    const short = []
    for (const el of shown.querySelectorAll('[role="radio"], [role="switch"], [role="combobox"], taro-button-core, input, textarea')) {
      if (!isVisible(el)) continue
      const h = el.getBoundingClientRect().height
      if (h < 60) short.push(`${(el.textContent || el.getAttribute('placeholder') || el.tagName).trim().slice(0, 12)}:${Math.round(h)}`)
    }
    return { small, short }
  })
}

export async function run({ page, shot }) {
  await page.goto('/')
  await waitForMock(page)
  await loginAs(page, 'demo-resident')
  await page.goto('/#/pages/index/index')
  const toggle = visible(page.locator('[role="switch"]').filter({ hasText: '长辈版' }))
  await toggle.click()
  await visible(page.getByText('长辈版 · 已开启')).waitFor()
  await shot('home-elder')

  await page.goto('/#/packages/report/new/index')
  await visible(page.locator('.page.elder')).waitFor()
  await visible(page.getByRole('radio', { name: '垃圾堆积', exact: true })).click()
  await shot('form-elder')
  const { small, short } = await measure(page)
  assert(!small.length, `text under 18 px in elder mode: ${small.join(', ')}`)
  assert(!short.length, `tap targets under 60 px in elder mode: ${short.join(', ')}`)

  // It stays on after a reload: a setting, not a page state.
  await page.reload()
  await visible(page.locator('.page.elder')).waitFor()
}
