// The editorial loop in a real browser (issue 8, "Must show" 1–3): a contributor starts a story
// from a template in the admin and submits it with the workflow's buttons; an editor requests
// changes, the writer resubmits, the editor approves and publishes; the bridge links the forum
// topic (admin and public page); replies on the (simulated) forum reach the page. Then the
// forum's refusals: one Space can foresee is shown at the field, one it cannot shows up in the
// forum panel without a reload.
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, screenshot } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { startProduct, type ProductProcess } from '@/harness/startProduct'
import { adminLogin, leaveDocument, workflowButtons, workflowStep } from './support/adminUi'
import { createDoc, registerFirstUser, type Session } from './support/siteApi'
import { controlFetch } from '../helpers/controlFetch'

const contributor = {
  email: 'cora@example.test',
  password: 'cora-password-12345',
  name: 'Cora Contributor',
}
const editor = {
  email: 'eddie@example.test',
  password: 'eddie-password-12345',
  name: 'Eddie Editor',
}
const TITLE = 'Neighbours clean the riverside path'
const WRITTEN = 'Sixty neighbours turned up with gloves and bags.'

let server: ProductProcess
let browser: Browser
let admin: Session
let storyId: number

const getStory = async (id = storyId): Promise<any> => {
  const res = await fetch(`${server.url}/api/stories/${id}?depth=0`, {
    headers: { authorization: `JWT ${admin.token}` },
  })
  return res.json()
}
const storyCount = async (): Promise<number> => {
  const res = await fetch(`${server.url}/api/stories?limit=1&depth=0`, {
    headers: { authorization: `JWT ${admin.token}` },
  })
  return (await res.json()).totalDocs
}
const setForumSettings = async (settings: Record<string, unknown>) => {
  const res = await controlFetch(`${server.simulatorUrl}/__simulator/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  })
  expect(res.status).toBe(200)
}

const newPage = async (): Promise<Page> => (await openPage(browser)).page

beforeAll(async () => {
  // No DISCOURSE_URL: the product starts its built-in simulator on SIMULATOR_PORT (a free port).
  server = await startProduct({ baseEnv: 'clean', freshDatabase: true, reportUnexpectedExit: true })
  browser = await launchBrowser()
  admin = await registerFirstUser(server.url, 'ada@example.test', 'correct-horse-battery-1')
  await createDoc(admin, 'users', { ...contributor, roles: ['contributor'] })
  await createDoc(admin, 'users', { ...editor, roles: ['editor'] })
}, 15 * 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the editorial loop', () => {
  it('step 1: a contributor starts a story from a template (a pre-filled create form, nothing saved yet), writes and submits it', async () => {
    const page = await newPage()
    await adminLogin(page, server.url, contributor.email, contributor.password)
    await page.goto(`${server.url}/admin/collections/stories`)
    const before = await storyCount()
    await page.getByRole('button', { name: 'Start a story from the Event report template' }).click()
    // The create form opens with the template's sections in the body editor.
    const drawer = page
      .locator('.drawer--is-open, [class*="doc-drawer"]')
      .filter({ has: page.locator('#field-title') })
      .last()
    await drawer.locator('[contenteditable="true"] h2', { hasText: 'What happened' }).waitFor()
    await drawer.locator('#field-title').waitFor()
    expect(await storyCount()).toBe(before)
    await drawer.locator('#field-title').fill(TITLE)
    await screenshot(page, 'step1-new-story-from-template')
    await drawer.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    storyId = Number(/stories\/(\d+)/.exec(page.url())![1])
    expect(await storyCount()).toBe(before + 1)
    const editorRoot = page.locator('[contenteditable="true"]').first()
    await editorRoot.locator('h2', { hasText: 'What happened' }).waitFor()
    await editorRoot.locator('p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(` ${WRITTEN}`)
    // A writer's only move from a draft is to submit it; there is no status dropdown.
    expect(await workflowButtons(page)).toEqual(['Submit for review'])
    await expect(page.locator('#field-status').count()).resolves.toBe(0)
    await screenshot(page, 'step1-story-written')
    await workflowStep(page, 'Submit for review', /Submitted for review/)
    const story = await getStory()
    expect(story.status).toBe('submitted')
    expect(story.slug).toBe('neighbours-clean-the-riverside-path')
    expect(JSON.stringify(story.body)).toContain('What happened')
    expect(JSON.stringify(story.body)).toContain(WRITTEN)
    // Submitted, it is with the editors: no buttons for its writer.
    await page.getByTestId('workflow-nothing').waitFor()
    await leaveDocument(page, 'stories', storyId)
    await page.context().close()
  })

  it('step 2: an editor requests changes with a note, the writer resubmits, the editor approves and publishes; the public page shows it', async () => {
    const editorPage = await newPage()
    await adminLogin(editorPage, server.url, editor.email, editor.password)
    await editorPage.goto(`${server.url}/admin/collections/stories/${storyId}`)
    expect(await workflowButtons(editorPage)).toEqual(['Start review', 'Back to draft'])
    await workflowStep(editorPage, 'Start review', /Review started/)
    expect(await workflowButtons(editorPage)).toEqual(['Approve', 'Request changes'])
    await editorPage
      .getByTestId('workflow')
      .getByRole('button', { name: 'Request changes' })
      .click()
    // Requesting changes asks for the note first.
    await expect(editorPage.locator('#workflow-send-note').isDisabled()).resolves.toBe(true)
    await editorPage
      .getByLabel('What should the writer change? (required)')
      .fill('Add how many bags were collected.')
    await workflowStep(editorPage, 'Send back with this note', /Changes requested/)
    expect(await getStory()).toMatchObject({
      status: 'changes_requested',
      reviewNotes: 'Add how many bags were collected.',
    })
    await leaveDocument(editorPage, 'stories', storyId)

    const writerPage = await newPage()
    await adminLogin(writerPage, server.url, contributor.email, contributor.password)
    await writerPage.goto(`${server.url}/admin/collections/stories/${storyId}`)
    await writerPage.getByTestId('workflow-status').waitFor()
    await screenshot(writerPage, 'step2-changes-requested-for-the-writer')
    await expect(writerPage.getByTestId('workflow-review-note').innerText()).resolves.toContain(
      'Add how many bags were collected.',
    )
    expect(await workflowButtons(writerPage)).toEqual(['Submit for review', 'Back to draft'])
    await workflowStep(writerPage, 'Submit for review', /Resubmitted for review/)
    await leaveDocument(writerPage, 'stories', storyId)
    await writerPage.context().close()

    await editorPage.goto(`${server.url}/admin/collections/stories/${storyId}`)
    await workflowStep(editorPage, 'Start review', /Review started/)
    await workflowStep(editorPage, 'Approve', /Approved/)
    expect(await workflowButtons(editorPage)).toEqual([
      'Publish',
      'Schedule',
      'Request changes',
      'Reopen review',
    ])
    await workflowStep(editorPage, 'Publish', /Published/)
    expect(await workflowButtons(editorPage)).toEqual(['Unpublish'])
    await screenshot(editorPage, 'step2-published-in-admin')
    expect((await getStory()).status).toBe('published')
    const res = await fetch(`${server.url}/stories/${(await getStory()).slug}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(TITLE)
    await leaveDocument(editorPage, 'stories', storyId)
    await editorPage.context().close()
  })

  // Depends on the Discourse bridge (sync worker, built-in simulator, webhook receiver).
  it('steps 2–3 with the bridge: the topic link appears in the admin and "Join the discussion" on the page; forum replies show up there', async () => {
    const story = await eventually('the bridge to link a topic', async () => {
      const s = await getStory()
      return s.discourse?.topicUrl && s.discourse?.topicId ? s : null
    })
    const page = await newPage()
    await page.goto(`${server.url}/stories/${story.slug}`)
    const join = page.getByRole('heading', { name: 'Join the discussion' })
    await join.waitFor()
    await expect(
      page.getByRole('link', { name: /Join the discussion/ }).getAttribute('href'),
    ).resolves.toBe(story.discourse.topicUrl)
    await screenshot(page, 'step2-public-join-the-discussion')

    const activity = await fetch(
      `${server.simulatorUrl}/__simulator/topics/${story.discourse.topicId}/activity`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ replies: 2 }),
      },
    )
    expect(activity.status).toBe(200)
    await eventually('the webhook to bring the reply count back', async () =>
      (await getStory()).discourse?.replyCount === 2 ? true : null,
    )
    await page.reload()
    await expect(page.getByTestId('reply-count').innerText()).resolves.toBe('2 replies')
    expect(await page.getByTestId('latest-replies').locator('li').count()).toBe(2)
    await screenshot(page, 'step3-public-replies')

    await adminLogin(page, server.url, editor.email, editor.password)
    await page.goto(`${server.url}/admin/collections/stories/${storyId}`)
    await page.locator('#action-save').waitFor()
    // The sidebar's forum panel shows the state and links the topic.
    const link = page.getByTestId('discourse-topic-link')
    await link.waitFor()
    await expect(link.getAttribute('href')).resolves.toBe(story.discourse.topicUrl)
    await expect(page.getByTestId('discourse-sync-state').innerText()).resolves.toBe('In sync')
    await screenshot(page, 'step2-admin-topic-link')
    await page.context().close()
  })

  it('step 4: a title the forum would refuse is refused at the field; a refusal Space cannot foresee shows in the forum panel without a reload', async () => {
    // A draft may have any title; publishing it (editors may publish a draft directly) may not.
    const approved = await createDoc(admin, 'stories', { title: 'Harbour day' })
    const page = await newPage()
    await adminLogin(page, server.url, editor.email, editor.password)
    await page.goto(`${server.url}/admin/collections/stories/${approved.id}`)
    expect(await workflowButtons(page)).toEqual(['Submit for review', 'Publish'])
    await page.getByTestId('workflow').getByRole('button', { name: 'Publish', exact: true }).click()
    const titleField = page
      .locator('.field-type.error')
      .filter({ has: page.locator('#field-title') })
    await titleField.waitFor()
    await expect(titleField.textContent()).resolves.toContain(
      'The forum needs a title of at least 15 characters; this one has 11.',
    )
    expect((await getStory(approved.id)).status).toBe('draft')
    await screenshot(page, 'step4-title-refused-at-the-field')

    // The forum's own minimum is now higher than Space knows: the sync fails after the save.
    await setForumSettings({ min_topic_title_length: 60 })
    try {
      await page.locator('#field-title').fill('Harbour clean-up day in Tema')
      await workflowStep(page, 'Publish', /Published/)
      const error = page.getByTestId('discourse-last-error')
      await error.waitFor()
      await expect(error.innerText()).resolves.toContain(
        'Title is too short (minimum is 60 characters)',
      )
      await expect(page.getByTestId('discourse-sync-state').innerText()).resolves.toBe(
        'Sync failed',
      )
      await screenshot(page, 'step4-sync-failure-shown-live')
    } finally {
      await setForumSettings({ min_topic_title_length: 15 })
    }
    await leaveDocument(page, 'stories', approved.id)
    await page.context().close()
  })
})
