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
  // and the page it goes to after: a goto made before that navigation ends is overtaken by it
  await page.waitForFunction(() => !location.hash.includes('/pages/login/'), null, { timeout: 10_000 })
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

/**
 * What the measurements share, put into the page (they run there, so they cannot share a closure
 * here): whether an element is visible to a person, and a short name for it in reports.
 */
function installPageHelpers() {
  if (window.__linliPage) return
  window.__linliPage = {
    shown(el) {
      if (!el.getClientRects().length) return false
      const r = el.getBoundingClientRect()
      // a visually hidden element (1 px clip) is for screen readers only
      if (r.width <= 1 || r.height <= 1) return false
      const cs = getComputedStyle(el)
      return cs.visibility !== 'hidden' && Number(cs.opacity) > 0
    },
    name(el) {
      const cls = typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean)[0] : ''
      const label = (el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 16)
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${label ? ` "${label}"` : ''}`
    },
  }
}

/**
 * 长辈版 sizes on the screen as it is now: the smallest text a person reads or types (text nodes,
 * typed values and placeholders) and the smallest tap target (both sides) among interactive
 * elements, over what is visible (Taro keeps earlier pages in the DOM, hidden). Returns the
 * smallest of each and every offender under `minText` / `minTarget` CSS px.
 */
export async function measureSizes(page, { minText = 18, minTarget = 60 } = {}) {
  await page.evaluate(installPageHelpers)
  return page.evaluate(
    (limits) => {
      const { name, shown } = window.__linliPage
      const texts = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        if (!el || !n.nodeValue.trim() || /^(SCRIPT|STYLE|NOSCRIPT)$/.test(el.tagName)) continue
        if (!shown(el)) continue
        texts.push({ px: parseFloat(getComputedStyle(el).fontSize), what: name(el) })
      }
      // what people type, and the placeholder standing in for it
      for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea')) {
        if (!shown(el)) continue
        texts.push({ px: parseFloat(getComputedStyle(el).fontSize), what: `${name(el)} (typed text)` })
        if (el.getAttribute('placeholder') && !el.value) {
          texts.push({ px: parseFloat(getComputedStyle(el, '::placeholder').fontSize), what: `${name(el)} (placeholder)` })
        }
      }
      const targets = []
      const INTERACTIVE =
        'button, a[href], input:not([type=hidden]), textarea, select, taro-button-core, [role=button], [role=link], [role=radio], [role=switch], [role=checkbox], [role=combobox], [role=tab], [role=option], [role=menuitem]'
      for (const el of document.querySelectorAll(INTERACTIVE)) {
        if (!shown(el)) continue
        const r = el.getBoundingClientRect()
        targets.push({ px: Math.min(r.width, r.height), w: Math.round(r.width), h: Math.round(r.height), what: name(el) })
      }
      const least = (list) => list.reduce((a, b) => (b.px < a.px ? b : a), list[0] ?? null)
      return {
        text: least(texts),
        target: least(targets),
        smallText: texts.filter((t) => t.px < limits.minText - 0.05),
        smallTargets: targets.filter((t) => t.px < limits.minTarget - 0.5),
      }
    },
    { minText, minTarget },
  )
}

/**
 * The lowest text contrast on the page (WCAG 2 ratio of the text colour to the background it is
 * drawn on), over every visible text and placeholder. The background is the nearest ancestor's
 * colour, blended down through translucent ones onto white; text on a background image is not
 * judged (`skipped` counts it). Disabled controls are exempt, as WCAG exempts them.
 */
export async function measureContrast(page, { min = 4.5 } = {}) {
  await page.evaluate(installPageHelpers)
  return page.evaluate((limit) => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c || '')
      if (!m) return null
      const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).filter(Boolean).map(Number)
      return { r, g, b, a }
    }
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    })
    const lum = ({ r, g, b }) => {
      const ch = (v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    }
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
      return (x + 0.05) / (y + 0.05)
    }
    /** the colour behind `el`, or null when an image is there */
    const background = (el) => {
      const layers = []
      for (let e = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (cs.backgroundImage && cs.backgroundImage !== 'none') return null
        const c = parse(cs.backgroundColor)
        if (c && c.a > 0) {
          layers.push(c)
          if (c.a >= 1) break
        }
      }
      let bg = { r: 255, g: 255, b: 255, a: 1 }
      for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg)
      return bg
    }
    const { name, shown } = window.__linliPage
    const disabled = (el) => !!el.closest('[disabled], [aria-disabled="true"]')
    const found = []
    let skipped = 0
    const judge = (el, colour, what) => {
      const bg = background(el)
      const fg = parse(colour)
      if (!bg || !fg) {
        skipped++
        return
      }
      found.push({ ratio: ratio(fg.a < 1 ? over(fg, bg) : fg, bg), what })
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const seen = new Set()
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || seen.has(el) || !n.nodeValue.trim() || /^(SCRIPT|STYLE|NOSCRIPT)$/.test(el.tagName)) continue
      seen.add(el)
      if (!shown(el) || disabled(el)) continue
      judge(el, getComputedStyle(el).color, name(el))
    }
    for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      if (!shown(el) || disabled(el) || el.value) continue
      judge(el, getComputedStyle(el, '::placeholder').color, `${name(el)} (placeholder)`)
    }
    const lowest = found.reduce((a, b) => (b.ratio < a.ratio ? b : a), found[0] ?? null)
    return { lowest, low: found.filter((f) => f.ratio < limit - 0.005), skipped }
  }, min)
}

/**
 * Moves the mock's clock to a working-day morning (the next Tuesday to Thursday, 09:00 China
 * time) and lays the seed out around it, so 帮代办 has bookable days. The clock only moves
 * forward, so sessions the server issued stay valid.
 */
export async function toWorkdayMorning(page) {
  await page.evaluate(() => {
    const m = window.__linliMock
    const china = new Date(m.clock.now().getTime() + 8 * 3600e3)
    china.setUTCDate(china.getUTCDate() + 1)
    china.setUTCHours(9, 0, 0, 0)
    while (![2, 3, 4].includes(china.getUTCDay())) china.setUTCDate(china.getUTCDate() + 1)
    m.clock.set(china.getTime() - 8 * 3600e3)
    m.reset()
  })
}

/** A radio (chip) whose accessible name starts with `prefix` (chips carry a hint after their label). */
export function chipStartingWith(page, prefix) {
  return visible(page.getByRole('radio', { name: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }))
}

/**
 * Switches 长辈版 on the page as it is (the H5 demo build's `window.__linliElder`), and fails when
 * the switch is missing or did not take: a check "in both modes" must not quietly run one twice.
 */
export async function setElder(page, on) {
  const now = await page.evaluate((v) => (typeof window.__linliElder === 'function' ? window.__linliElder(v) : null), on)
  if (now !== on) throw new Error(`长辈版 could not be switched ${on ? 'on' : 'off'} (window.__linliElder ${now === null ? 'is missing' : `left it ${now}`})`)
  await page.waitForFunction((v) => (document.querySelector('.page.elder') !== null) === v, on, { timeout: 3000 }).catch(() => undefined)
}

/** 帮代办 bookings as the server stored them. */
export async function storedBookings(page) {
  return (await serverDb(page)).bookings
}

/** Whether `locator` lies wholly on the first screen of the page (no scrolling needed). */
export async function onFirstScreen(page, locator) {
  // Taro's H5 page scrolls in its own container, not the window: back to the top of both
  await page.evaluate(() => {
    window.scrollTo(0, 0)
    for (const el of document.querySelectorAll('.taro_page')) el.scrollTop = 0
  })
  const box = await locator.boundingBox()
  return !!box && box.y >= 0 && box.y + box.height <= page.viewportSize().height
}

/** A button by its words alone (a section or step may carry the same words as its title). */
export function button(page, text) {
  return visible(page.locator('.ui-btn').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }))
}

/**
 * A request as the signed-in person, through the app's own mocked API: for setting up what a
 * journey does not test (filing by hand is journey 10's). Taro's H5 storage keeps a string inside
 * `data`; zustand's session is inside that, under `state`.
 */
export async function apiAs(page, method, path, body) {
  return page.evaluate(
    async ([m, p, b]) => {
      let v = JSON.parse(localStorage.getItem('linli.session') || '{}')
      while (v && typeof v === 'object' && 'data' in v) v = typeof v.data === 'string' ? JSON.parse(v.data) : v.data
      if (typeof v === 'string') v = JSON.parse(v)
      const res = await fetch(`/api/v1${p}`, {
        method: m,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${(v.state || v).token}`, 'Idempotency-Key': `e2e-${Math.random().toString(36).slice(2)}` },
        body: b ? JSON.stringify(b) : undefined,
      })
      return { status: res.status, body: await res.json() }
    },
    [method, path, body],
  )
}

// The mock's clock (the page's `window.__linliMock`): journeys move it to reach a deadline, a
// session's end or an appointment without waiting.
export function clockNow(page) {
  return page.evaluate(() => window.__linliMock.clock.now().getTime())
}
export function setClock(page, t) {
  return page.evaluate((x) => window.__linliMock.clock.set(x), t)
}
export function advanceClock(page, ms) {
  return page.evaluate((x) => window.__linliMock.clock.advance(x), ms)
}
