// Shared steps for browser journeys: what a person does (log in, type, tap), and a look at what
// the mocked server stored (its db lives in localStorage under 'linli.mockdb').

/** A 1×1 PNG, enough for the H5 photo picker to read and downscale. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

export async function waitForMock(page) {
  await page.waitForFunction(() => !!window.__linliMock, null, { timeout: 15_000 })
}

export async function loginAs(page, accountId) {
  // A fresh load: changing only the hash leaves Taro's page stack as it was, and from some pages
  // (a tab page over an earlier login page) the router does not bring the login page up.
  await page.goto('/#/pages/login/index')
  await page.reload()
  const row = page.locator(`[data-account="${accountId}"]`)
  await visible(row.getByText('登录', { exact: true })).click()
  // goAfterLogin leaves the login page; the session is then in storage.
  await page.waitForFunction(
    (id) => {
      const raw = localStorage.getItem('linli.session')
      return !!raw && raw.replace(/\\/g, "").includes(`"id":"${id}"`)
    },
    accountId,
  )
}

/**
 * Taro's H5 router keeps earlier pages of the stack in the DOM, hidden; a person only sees and
 * taps the page on top, so every locator here is narrowed to what is visible.
 */
export function visible(locator) {
  return locator.filter({ visible: true }).first()
}
export function input(page, placeholder) {
  return visible(page.locator(`input[placeholder="${placeholder}"]`))
}
export function textarea(page, placeholder) {
  return visible(page.locator(`textarea[placeholder="${placeholder}"]`))
}
export function tap(page, text, opts = { exact: true }) {
  return visible(page.getByText(text, opts)).click()
}
export function radio(page, name) {
  return visible(page.getByRole('radio', { name, exact: true })).click()
}

export async function typeInto(locator, text) {
  await locator.click()
  await locator.fill(text)
}

export async function choose(page, placeholderOrCurrent, value) {
  await visible(page.getByRole('combobox').filter({ hasText: placeholderOrCurrent })).click()
  await visible(page.locator(`[role="option"][data-value="${value}"]`)).click()
}

export async function serverDb(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('linli.mockdb') || 'null'))
}

/** The report as the server stored it. */
export async function storedReport(page, id) {
  const db = await serverDb(page)
  const reports = db?.reports ?? db?.state?.reports
  if (!reports) throw new Error('no reports in the stored mock db')
  return Array.isArray(reports) ? reports.find((r) => r.id === id) : reports[id]
}

export async function see(page, text) {
  await visible(page.getByText(text)).waitFor()
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg)
}
