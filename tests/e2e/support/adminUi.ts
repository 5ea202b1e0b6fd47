// Small helpers for driving Payload's admin in the browser (its login form, react-select
// fields, the save button). Selectors are Payload 3's own ids: `field-<name>`, `action-save`.
import type { Page } from 'playwright-core'

export const adminLogin = async (page: Page, url: string, email: string, password: string) => {
  await page.goto(`${url}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 })
}

/** Picks an option in a select or relationship field (react-select) by its visible text. */
export const chooseOption = async (page: Page, field: string, option: string | RegExp) => {
  await page.locator(`#field-${field} .rs__control, .field-type.${field} .rs__control`).first().click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** Clicks Save and waits for Payload's toast; a toast that is not a success fails with its text. */
export const saveDocument = async (page: Page) => {
  await page.locator('#action-save').click()
  // "Submitting..." is the in-progress toast; wait for the one that says how it went.
  const toast = page.locator('.payload-toast-container li').filter({ hasNotText: /submitting/i }).last()
  await toast.waitFor({ timeout: 30_000 })
  const text = await toast.innerText()
  if (!/success/i.test(text)) throw new Error(`saving answered: ${text}`)
}
