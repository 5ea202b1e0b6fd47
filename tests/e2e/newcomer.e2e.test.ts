// The newcomer's path after the README's quick start, on a production start: `npm run seed:demo`
// on a fresh data directory, `npm start` (stopped and started again, unattended), then in
// Chromium the demo contributor writes and submits a story, the demo editor reviews, approves
// and publishes it with the workflow buttons and sees its forum topic linked; on the built-in
// simulator's topic page someone replies and likes; an anonymous reader then sees the reply and
// the reply, like and view counts on the public story page.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, screenshot } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { controlFetch } from '../helpers/controlFetch'
import {
  PROMPT,
  newcomerEnv,
  runToEnd,
  startNpmScript,
  type RunningCommand,
} from '../helpers/npmCommands'
import { ensureBuild, freePort } from '@/harness/startProduct'
import {
  adminLogin,
  leaveDocument,
  saveDocument,
  workflowButtons,
  workflowStep,
} from './support/adminUi'

const TITLE = 'Newcomers plant a community garden in Accra'
const SLUG = 'newcomers-plant-a-community-garden-in-accra'
const WRITTEN = 'Thirty volunteers turned an empty lot into vegetable beds this weekend.'
const REPLY = 'Lovely work, Accra! We are starting a garden in Lagos next month.'

type Credentials = { email: string; password: string }

const dir = mkdtempSync(join(tmpdir(), 'space-newcomer-'))
let port: number
let env: NodeJS.ProcessEnv
let server: RunningCommand | undefined
let browser: Browser | undefined
const demo: Record<string, Credentials> = {}
let storyId: number
let topicUrl: string

const url = (path: string) => `http://127.0.0.1:${port}${path}`

/** The demo admin's token, for reading state the browser does not show (REST, as any client). */
const adminToken = async () => {
  const res = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demo.admin),
  })
  if (!res.ok) throw new Error(`demo admin login answered ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

const api = async (token: string, path: string): Promise<any> => {
  const res = await fetch(url(path), { headers: { authorization: `JWT ${token}` } })
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`)
  return res.json()
}

/** Every story and event Space links to this forum topic. */
const linkedTo = async (token: string, topicId: number) => {
  const docs: Array<{ collection: string; id: number; title: string; discourse: any }> = []
  for (const collection of ['stories', 'events'])
    for (const doc of (
      await api(
        token,
        `/api/${collection}?where[discourse.topicId][equals]=${topicId}&depth=0&limit=100`,
      )
    ).docs)
      docs.push({ collection, id: doc.id, title: doc.title, discourse: doc.discourse })
  return docs
}

/** What Space holds for the story's discussion, and whatever else shares its topic (for failure messages). */
const discussionState = async () => {
  const token = await adminToken()
  const story = await api(token, `/api/stories/${storyId}?depth=0`)
  return JSON.stringify(
    {
      story: story.discourse,
      linkedToTheSameTopic: await linkedTo(token, story.discourse?.topicId),
    },
    null,
    1,
  )
}

const newPage = async (): Promise<Page> => (await openPage(browser!)).page

beforeAll(async () => {
  ensureBuild()
  port = await freePort()
  // No DISCOURSE_URL: `npm start` runs the built-in simulator on SIMULATOR_PORT.
  env = newcomerEnv(dir, { PORT: String(port), SIMULATOR_PORT: String(await freePort()) })
}, 15 * 60_000)

afterAll(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe("the newcomer's path on a production start", () => {
  it(
    '`npm run seed:demo` prints the demo accounts once; `npm start` answers /healthz unattended, and again after a stop',
    async () => {
      const seed = await runToEnd('npm run seed:demo', env)
      expect({ code: seed.code, stderr: seed.stderr.slice(-2000) }).toMatchObject({ code: 0 })
      expect(seed.stdout).toMatch(
        /Seeded \d+ stories and \d+ events\. Demo accounts \(shown only this once\):/,
      )
      for (const [, role, email, password] of seed.stdout.matchAll(
        /^\s+(admin|editor|contributor)\s+(\S+@\S+)\s+(\S+)\s*$/gm,
      ))
        demo[role] = { email, password }
      expect(Object.keys(demo).sort()).toEqual(['admin', 'contributor', 'editor'])

      // First start: up without a prompt; left running until the bridge has put the demo
      // content on the forum, as it is when a newcomer has looked around and stops it.
      const first = await startNpmScript('start', env, port)
      let published: { totalDocs: number; docs: any[] }
      try {
        const token = await adminToken()
        await eventually('the demo stories and events to leave "pending"', async () => {
          for (const collection of ['stories', 'events']) {
            const pending = await api(
              token,
              `/api/${collection}?where[discourse.syncState][equals]=pending&limit=0&depth=0`,
            )
            if (pending.totalDocs > 0) return false
          }
          return true
        })
        published = await api(
          token,
          '/api/stories?where[status][equals]=published&depth=0&limit=100',
        )
        expect(published.totalDocs).toBeGreaterThan(0)
        expect(
          published.docs.map((s: any) => [
            s.title,
            s.discourse?.syncState,
            typeof s.discourse?.topicId,
          ]),
        ).toEqual(published.docs.map((s: any) => [s.title, 'synced', 'number']))
        expect(first.ended()).toBeUndefined()
      } finally {
        // SIGTERM to the group: it stops by itself, within the grace period (no SIGKILL needed).
        expect((await first.stop()).signal).not.toBe('SIGKILL')
      }
      expect(first.output()).not.toMatch(PROMPT)

      // Second start, on the same data: up again without a prompt, and it stays up for the rest.
      server = await startNpmScript('start', env, port)
      expect(server.output()).not.toMatch(PROMPT)
      expect(await fetch(url('/healthz')).then((r) => r.json())).toMatchObject({ status: 'ok' })
      // The built-in forum came back with the demo topics Space links (it once started empty,
      // and gave the next topic the id of a demo one: see tests/unit/simulator/stateFile.test.ts).
      for (const story of published.docs) {
        const topic = await controlFetch(
          `http://127.0.0.1:${env.SIMULATOR_PORT}/__simulator/topics/${story.discourse.topicId}`,
        )
        expect({
          status: topic.status,
          title: topic.ok ? (await topic.json()).title : null,
        }).toEqual({ status: 200, title: story.title })
      }
    },
    12 * 60_000,
  )

  it('the demo contributor writes a story in the admin and submits it for review', async () => {
    browser = await launchBrowser()
    const page = await newPage()
    await adminLogin(page, url(''), demo.contributor.email, demo.contributor.password)
    await page.goto(url('/admin/collections/stories'))
    await page.locator('a[href$="/admin/collections/stories/create"]').first().click()
    await page.waitForURL(/\/admin\/collections\/stories\/create/)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('[contenteditable="true"]').first().click()
    await page.keyboard.type(WRITTEN)
    await saveDocument(page)
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/)
    storyId = Number(/stories\/(\d+)/.exec(page.url())![1])
    expect(await workflowButtons(page)).toEqual(['Submit for review'])
    await workflowStep(page, 'Submit for review', /Submitted for review/)
    await page.getByTestId('workflow-nothing').waitFor()
    await expect(page.getByTestId('workflow-status').innerText()).resolves.toMatch(/submitted/i)
    await screenshot(page, 'newcomer-1-submitted')
    await leaveDocument(page, 'stories', storyId)
    await page.context().close()
  })

  it('the demo editor starts the review, approves and publishes with the buttons; the forum panel links the topic', async () => {
    const page = await newPage()
    await adminLogin(page, url(''), demo.editor.email, demo.editor.password)
    await page.goto(url(`/admin/collections/stories/${storyId}`))
    await page.locator('#field-title').waitFor()
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(TITLE)
    await workflowStep(page, 'Start review', /Review started/)
    await workflowStep(page, 'Approve', /Approved/)
    await workflowStep(page, 'Publish', /Published/)
    expect(await workflowButtons(page)).toEqual(['Unpublish'])
    // The panel polls while the sync is pending: the link shows up without a reload.
    const link = page.getByTestId('discourse-topic-link')
    await link.waitFor()
    await eventually(
      'the forum panel to say "In sync"',
      async () => (await page.getByTestId('discourse-sync-state').innerText()) === 'In sync',
    )
    topicUrl = (await link.getAttribute('href'))!
    expect(topicUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${env.SIMULATOR_PORT}/t/[a-z0-9-]+/\\d+$`),
    )
    // Its topic is its own: no demo story or event links the same topic id.
    const topicId = Number(topicUrl.split('/').pop())
    expect((await linkedTo(await adminToken(), topicId)).map((d) => [d.collection, d.id])).toEqual([
      ['stories', storyId],
    ])
    await screenshot(page, 'newcomer-2-published-and-linked')

    // 3. The topic link opens the forum's topic page (a new tab): the story is its first post.
    const [topic] = await Promise.all([page.context().waitForEvent('page'), link.click()])
    await topic.waitForLoadState()
    await expect(topic.getByTestId('topic-title').innerText()).resolves.toBe(TITLE)
    await expect(topic.locator('#post_1 .cooked').innerText()).resolves.toContain(WRITTEN)
    await topic.getByLabel('Your reply (Markdown)').fill(REPLY)
    await topic.getByRole('button', { name: 'Post reply' }).click()
    await topic.locator('#post_2 .cooked', { hasText: REPLY }).waitFor()
    await topic
      .locator('#post_1')
      .getByRole('button', { name: /^Like post #1 by / })
      .click()
    await topic.locator('#post_1 [data-testid="like-count"]', { hasText: '1 like' }).waitFor()
    await expect(topic.getByTestId('topic-stats').innerText()).resolves.toMatch(
      /^1 reply · 1 like · [1-9]\d* views?$/,
    )
    await screenshot(topic, 'newcomer-3-forum-topic-replied-and-liked')
    await leaveDocument(page, 'stories', storyId)
    await page.context().close()
  })

  it('an anonymous reader sees the reply and the counts on the public story page', async () => {
    const { context, page } = await openPage(browser!)
    const response = await page.goto(url(`/stories/${SLUG}`))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(TITLE)
    await expect(
      page.getByRole('link', { name: /Join the discussion/ }).getAttribute('href'),
    ).resolves.toBe(topicUrl)
    // The counts come back by webhook (the reply and the like; the topic page visit rides along
    // in the topic the bridge then reads). Reload until the page shows them.
    const shown = await eventually(
      'the public page to show the reply, the like and the view',
      async () => {
        await page.reload()
        // A short look, not a budget: an absent count means "reload and look again".
        const text = (id: string) => page.getByTestId(id).innerText({ timeout: 5_000 })
        const [replies, likes, views] = [
          await text('reply-count'),
          await text('like-count'),
          await text('view-count'),
        ]
        const n = (s: string) => Number(s.replace(/,/g, '').match(/^\d+/)?.[0] ?? 0)
        const latest = (await page.getByTestId('latest-replies').count())
          ? await page.getByTestId('latest-replies').innerText()
          : ''
        return n(replies) >= 1 && n(likes) >= 1 && n(views) >= 1 && latest.includes(REPLY)
          ? { replies, likes, views }
          : null
      },
    ).catch(async (err: Error) => {
      throw new Error(
        `${err.message}\nSpace holds: ${await discussionState()}\nthe product's last output:\n${server!.output().slice(-4000)}`,
      )
    })
    expect(shown).toEqual({
      replies: '1 reply',
      likes: '1 like',
      views: expect.stringMatching(/^[1-9][\d,]* views?$/),
    })
    await screenshot(page, 'newcomer-4-public-discussion')
    await context.close()
    // Both starts stayed up: the second one is still running after the whole path.
    expect(server!.ended()).toBeUndefined()
    expect(server!.output()).not.toMatch(PROMPT)
  })
})
