// Debian's Chromium driven by playwright-core (never a downloaded browser), plus the two
// things every browser test wants: screenshots as artifacts and an axe-core audit.
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { HANG_LIMIT_MS } from './eventually'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const require = createRequire(import.meta.url)
export const SCREENSHOT_DIR = join(root, 'test-results', 'screenshots')

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Root needs --no-sandbox; the rest keep Chromium off the (closed) network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  })

/**
 * A fresh context and page whose every wait (clicks, navigations, locators) has the hang limit
 * as its default: a test waits for what it expects to see, and on a loaded two-core machine an
 * admin page may take tens of seconds to render. No test sets a shorter budget of its own.
 */
export const openPage = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  context.setDefaultTimeout(HANG_LIMIT_MS)
  context.setDefaultNavigationTimeout(HANG_LIMIT_MS)
  return { context, page: await context.newPage() }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

export type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[]; html: string }>
}

/** Runs axe-core inside the page; answers the serious and critical violations only. */
export const seriousAxeViolations = async (page: Page): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: require.resolve('axe-core') })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: any[] }> }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n: any) => ({ target: n.target, html: String(n.html).slice(0, 200) })),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** True when the page is no wider than the viewport (no horizontal scrolling). */
export const hasNoHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
