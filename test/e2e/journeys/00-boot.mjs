// The H5 build boots in a phone-sized Chromium: the first page shows, has visible content,
// carries the app's name, and nothing throws.
export const name = 'app boots and shows 邻里帮'

export async function run({ page, shot }) {
  const errors = []
  page.on('pageerror', (e) => errors.push(e))
  await page.goto('/')
  // Taro H5 marks the page on screen with .taro_page_show.
  await page.locator('.taro_page.taro_page_show').first().waitFor()
  await page.waitForFunction(() => {
    const el = document.querySelector('.taro_page.taro_page_show')
    return !!el && el.innerText.trim().length > 0
  })
  // The app's name is in the page (the H5 navigation bar title; hidden on tab pages).
  await page.getByText('邻里帮').first().waitFor({ state: 'attached' })
  const title = await page.title()
  if (!title.includes('邻里帮')) throw new Error(`document title is "${title}"`)
  await shot('home')
  if (errors.length) throw new Error(`page errors: ${errors.map((e) => e.message).join('; ')}`)
}
