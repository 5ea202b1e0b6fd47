// The editorial loop in a real browser (issue 8, "Must show" 1–3): a contributor starts a story
// from a template in the admin and submits it; an editor publishes it; the bridge links the
// forum topic (admin and public page); replies on the (simulated) forum reach the page.
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../helpers/browser'
import { startProductServer, type ProductServer } from '../helpers/startProductServer'
import { adminLogin, chooseOption, leaveDocument, saveDocument } from './support/adminUi'
import { createDoc, registerFirstUser, type Session } from './support/siteApi'

const contributor = { email: 'cora@example.test', password: 'cora-password-12345', name: 'Cora Contributor' }
const editor = { email: 'eddie@example.test', password: 'eddie-password-12345', name: 'Eddie Editor' }
const TITLE = 'Neighbours clean the riverside path'
const WRITTEN = 'Sixty neighbours turned up with gloves and bags.'

let server: ProductServer
let browser: Browser
let admin: Session
let storyId: number

const getStory = async (): Promise<any> => {
  const res = await fetch(`${server.url}/api/stories/${storyId}?depth=0`, { headers: { authorization: `JWT ${admin.token}` } })
  return res.json()
}

/** Polls until `check` answers a truthy value (the bridge and webhooks are asynchronous). */
const eventually = async <T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

const newPage = async (): Promise<Page> => (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()

beforeAll(async () => {
  // No DISCOURSE_URL: the product starts its built-in simulator on SIMULATOR_PORT (a free port).
  server = await startProductServer()
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
  it('step 1: a contributor starts a story from a template (body pre-filled), writes and submits it', async () => {
    const page = await newPage()
    await adminLogin(page, server.url, contributor.email, contributor.password)
    await page.goto(`${server.url}/admin/collections/stories/create`)
    await page.locator('#field-title').fill(TITLE)
    await chooseOption(page, 'template', 'Event report')
    await screenshot(page, 'step1-new-story-from-template')
    await saveDocument(page)
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    storyId = Number(/stories\/(\d+)/.exec(page.url())![1])
    // The template's sections arrive in the body editor.
    const editorRoot = page.locator('[contenteditable="true"]').first()
    await editorRoot.locator('h2', { hasText: 'What happened' }).waitFor()
    await editorRoot.locator('p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(` ${WRITTEN}`)
    await chooseOption(page, 'status', 'submitted')
    await screenshot(page, 'step1-story-written')
    await saveDocument(page)
    const story = await getStory()
    expect(story.status).toBe('submitted')
    expect(JSON.stringify(story.body)).toContain('What happened')
    expect(JSON.stringify(story.body)).toContain(WRITTEN)
    await leaveDocument(page, 'stories', storyId)
    await page.context().close()
  })

  it('step 2: an editor publishes it and the public story page shows it', async () => {
    const page = await newPage()
    await adminLogin(page, server.url, editor.email, editor.password)
    await page.goto(`${server.url}/admin/collections/stories/${storyId}`)
    // The workflow (collections/Stories/workflow.ts): submitted → in review → approved → published.
    for (const status of [/^in review$/, /^approved$/, /^published$/]) {
      await chooseOption(page, 'status', status)
      await saveDocument(page)
    }
    await screenshot(page, 'step2-published-in-admin')
    expect((await getStory()).status).toBe('published')
    const res = await fetch(`${server.url}/stories/${(await getStory()).slug}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(TITLE)
    await page.context().close()
  })

  // Depends on the Discourse bridge (sync worker, built-in simulator, webhook receiver).
  it('steps 2–3 with the bridge: the topic link appears in the admin and "Join the discussion" on the page; forum replies show up there', async () => {
    const story = await eventually(async () => {
      const s = await getStory()
      return s.discourse?.topicUrl && s.discourse?.topicId ? s : null
    }, 'the bridge to link a topic')
    const page = await newPage()
    await page.goto(`${server.url}/stories/${story.slug}`)
    const join = page.getByRole('heading', { name: 'Join the discussion' })
    await join.waitFor()
    await expect(page.getByRole('link', { name: /Join the discussion/ }).getAttribute('href')).resolves.toBe(story.discourse.topicUrl)
    await screenshot(page, 'step2-public-join-the-discussion')

    const activity = await fetch(`${server.simulatorUrl}/__simulator/topics/${story.discourse.topicId}/activity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replies: 2 }),
    })
    expect(activity.status).toBe(200)
    await eventually(async () => ((await getStory()).discourse?.replyCount === 2 ? true : null), 'the webhook to bring the reply count back')
    await page.reload()
    await expect(page.getByTestId('reply-count').innerText()).resolves.toBe('2 replies')
    expect(await page.getByTestId('latest-replies').locator('li').count()).toBe(2)
    await screenshot(page, 'step3-public-replies')

    await adminLogin(page, server.url, editor.email, editor.password)
    await page.goto(`${server.url}/admin/collections/stories/${storyId}`)
    await page.locator('#action-save').waitFor()
    // The sidebar's forum panel shows the state and links the topic.
    const link = page.getByTestId('discourse-topic-link')
    await link.waitFor({ timeout: 15_000 })
    await expect(link.getAttribute('href')).resolves.toBe(story.discourse.topicUrl)
    await expect(page.getByTestId('discourse-sync-state').innerText()).resolves.toBe('In sync')
    await screenshot(page, 'step2-admin-topic-link')
    await page.context().close()
  })
})
