// Small helpers for driving Payload's admin in the browser (its login form, react-select
// fields, the save button). Selectors are Payload 3's own ids: `field-<name>`, `action-save`.
import type { Page } from 'playwright-core'

export const adminLogin = async (page: Page, url: string, email: string, password: string) => {
  await page.goto(`${url}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'))
}

/** Picks an option in a select or relationship field (react-select) by its visible text. */
export const chooseOption = async (page: Page, field: string, option: string | RegExp) => {
  await page
    .locator(`#field-${field} .rs__control, .field-type.${field} .rs__control`)
    .first()
    .click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** Clicks Save and waits for Payload's toast; a toast that is not a success fails with its text. */
export const saveDocument = async (page: Page) => {
  await page.locator('#action-save').click()
  // "Submitting..." is the in-progress toast; wait for the one that says how it went.
  const toast = page
    .locator('.payload-toast-container li')
    .filter({ hasNotText: /submitting/i })
    .last()
  await toast.waitFor()
  const text = await toast.innerText()
  if (!/success/i.test(text)) throw new Error(`saving answered: ${text}`)
}

/**
 * Clicks one of the story's workflow buttons (src/components/admin/workflow) and waits for the
 * toast that says it saved; any other toast fails with its text.
 */
export const workflowStep = async (page: Page, button: string | RegExp, expected: RegExp) => {
  const toasts = page.locator('.payload-toast-container li')
  // An earlier toast (the last save's) would be taken for this step's answer: let it go first.
  await toasts.first().waitFor({ state: 'detached' })
  await page
    .getByTestId('workflow')
    .getByRole('button', { name: button, exact: typeof button === 'string' })
    .click()
  const toast = toasts.filter({ hasNotText: /submitting/i }).last()
  await toast.waitFor()
  const text = await toast.innerText()
  if (!expected.test(text)) throw new Error(`"${button}" answered: ${text}`)
}

/** The labels of the workflow buttons shown now. */
export const workflowButtons = async (page: Page) => {
  await page.getByTestId('workflow-status').waitFor()
  return page
    .getByTestId('workflow')
    .getByRole('group', { name: 'Workflow' })
    .getByRole('button')
    .allInnerTexts()
}

/**
 * Leaves a document as Payload's admin does when its user navigates away: drops the edit lock
 * this user holds on it. The edit view asks the server for form state after a save, and each
 * such request takes the lock again if none is held; closing the browser then would leave the
 * lock for its five minutes, and the next user to open the document would meet the "document
 * locked" dialog. So: let those requests finish, then drop the lock.
 */
export const leaveDocument = async (page: Page, collection: string, id: number | string) => {
  await page.waitForLoadState('networkidle')
  const failure = await page.evaluate(
    async ({ collection, id }) => {
      const query = `where[document.relationTo][equals]=${collection}&where[document.value][equals]=${id}`
      const found = await fetch(`/api/payload-locked-documents?${query}`, {
        credentials: 'include',
      })
      if (!found.ok) return `listing locks answered ${found.status}`
      const { docs } = (await found.json()) as { docs: { id: number | string }[] }
      for (const lock of docs) {
        const dropped = await fetch(`/api/payload-locked-documents/${lock.id}`, {
          method: 'DELETE',
          credentials: 'include',
        })
        if (!dropped.ok) return `dropping lock ${lock.id} answered ${dropped.status}`
      }
      return null
    },
    { collection, id },
  )
  if (failure) throw new Error(`leaving ${collection}/${id}: ${failure}`)
}
