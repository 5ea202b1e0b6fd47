// The public site in a real browser (issue 8, "Must show" 4–6): the calendar places a seeded
// event on the reader's day, the map shows its marker without tiles, the .ics downloads; a
// phone-sized story page has no horizontal scroll; axe finds nothing serious or critical.
// Also: the site's 404, author and tag pages reached from a story, an event page's description
// and map, and the "Cancelled:" prefix on the map.
import { readFileSync } from 'node:fs'
import { DateTime } from 'luxon'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'
import {
  hasNoHorizontalScroll,
  launchBrowser,
  openPage,
  screenshot,
  seriousAxeViolations,
} from '../helpers/browser'
import { freePort, startProduct, type ProductProcess } from '@/harness/startProduct'
import {
  createDoc,
  findBySlug,
  registerFirstUser,
  updateDoc,
  uploadImage,
  type Session,
} from './support/siteApi'

const READER_ZONE = 'America/New_York'
// 01:30 in Tokyo is the previous afternoon or evening in New York: the calendar must move it.
const eventStart = DateTime.now()
  .setZone('Asia/Tokyo')
  .plus({ days: 12 })
  .set({ hour: 1, minute: 30, second: 0, millisecond: 0 })
const readerDay = eventStart.setZone(READER_ZONE).toISODate()!
const tokyoDay = eventStart.toISODate()!

let server: ProductProcess
let browser: Browser
let admin: Session
let storySlug: string

const longWord = 'Internationalisation-and-decentralisation-of-community-organising-networks'

beforeAll(async () => {
  // Tiles come from a port nobody listens on: on this closed network tiles never load anyway.
  const deadTiles = `http://127.0.0.1:${await freePort()}/{z}/{x}/{y}.png`
  server = await startProduct({
    env: { MAP_TILE_URL: deadTiles },
    baseEnv: 'clean',
    freshDatabase: true,
    reportUnexpectedExit: true,
  })
  browser = await launchBrowser()
  admin = await registerFirstUser(server.url, 'ada@example.test', 'correct-horse-battery-1')
  const cover = await uploadImage(admin, 'Volunteers planting trees along a river bank')
  const community = await findBySlug(admin, 'categories', 'community')
  const interviews = await findBySlug(admin, 'categories', 'interviews')
  const story = await createDoc(admin, 'stories', {
    title: 'River volunteers plant a thousand trees',
    summary: `A weekend of planting along the river. ${longWord}.`,
    category: community.id,
    coverImage: cover.id,
    status: 'published',
    tags: ['river care', 'Kenya'],
    body: lexicalDocument([
      headingNode('What happened'),
      paragraphNode(`Forty volunteers met at dawn. ${longWord} ${longWord}.`),
      headingNode('What comes next'),
      paragraphNode('The next planting day is in spring.'),
    ]),
  })
  storySlug = story.slug
  for (let i = 1; i <= 11; i++) {
    await createDoc(admin, 'stories', {
      title: `Interview number ${i}`,
      summary: 'A conversation.',
      category: interviews.id,
      status: 'published',
    })
  }
  await createDoc(admin, 'stories', {
    title: 'A draft nobody may see',
    status: 'draft',
    tags: ['river care'],
  })
  await createDoc(admin, 'events', {
    title: 'Tokyo night assembly',
    publication: 'published',
    start: eventStart.toUTC().toISO(),
    end: eventStart.plus({ hours: 2 }).toUTC().toISO(),
    timezone: 'Asia/Tokyo',
    format: 'in_person',
    venue: 'Community hall',
    city: 'Tokyo',
    country: 'Japan',
    latitude: 35.6762,
    longitude: 139.6503,
    description: lexicalDocument([
      headingNode('What to expect'),
      paragraphNode('Short talks, then planning in small groups.'),
    ]),
  })
  await createDoc(admin, 'events', {
    title: 'Nairobi river picnic',
    publication: 'published',
    status: 'cancelled',
    start: eventStart.plus({ days: 2 }).toUTC().toISO(),
    end: eventStart.plus({ days: 2, hours: 3 }).toUTC().toISO(),
    timezone: 'Africa/Nairobi',
    format: 'in_person',
    city: 'Nairobi',
    country: 'Kenya',
    latitude: -1.2921,
    longitude: 36.8219,
  })
}, 15 * 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const newPage = async (
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> => {
  return openPage(browser, {
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    timezoneId: READER_ZONE,
    locale: 'en-US',
    acceptDownloads: true,
  })
}

describe('the public site', () => {
  it('shows the latest published stories and upcoming events on the home page, never drafts', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/`)
    await expect(page.locator('main h2', { hasText: 'Latest stories' }).count()).resolves.toBe(1)
    const text = await page.locator('main').innerText()
    expect(text).toContain('Interview number 11')
    expect(text).toContain('Tokyo night assembly')
    expect(text).not.toContain('A draft nobody may see')
    await screenshot(page, 'site-home')
    await context.close()
  })

  it('filters the story index by category and pages through it', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories?category=community`)
    const titles = await page.locator('main article h2').allInnerTexts()
    expect(titles).toEqual(['River volunteers plant a thousand trees'])
    await page.goto(`${server.url}/stories?category=interviews`)
    expect(await page.locator('main article h2').count()).toBe(10)
    await page.getByRole('link', { name: 'Older stories →' }).click()
    await page.waitForURL(/page=2/)
    expect(await page.locator('main article h2').allInnerTexts()).toEqual(['Interview number 1'])
    await screenshot(page, 'site-stories-page-2')
    await context.close()
  })

  it('renders a story with its cover alt text, byline, date and rich-text body', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories/${storySlug}`)
    await expect(page.locator('h1').innerText()).resolves.toBe(
      'River volunteers plant a thousand trees',
    )
    await expect(page.locator('figure.cover img').getAttribute('alt')).resolves.toBe(
      'Volunteers planting trees along a river bank',
    )
    await expect(page.locator('article .meta').first().innerText()).resolves.toMatch(
      /By Ada Admin · \w+ \d+, \d{4}/,
    )
    expect(await page.locator('article .prose h2').allInnerTexts()).toEqual([
      'What happened',
      'What comes next',
    ])
    await screenshot(page, 'site-story')
    await context.close()
  })

  it('shows an edited story at once: the Stories hook clears the page cache', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories/${storySlug}`)
    const story = await findBySlug(admin, 'stories', storySlug)
    await updateDoc(admin, 'stories', story.id, { summary: 'Updated summary after an edit.' })
    await page.reload()
    await expect(page.locator('.lead').innerText()).resolves.toBe('Updated summary after an edit.')
    await context.close()
  })

  it('serves Atom feeds of all stories and of one category', async () => {
    const all = await fetch(`${server.url}/feed.xml`)
    expect(all.headers.get('content-type')).toContain('application/atom+xml')
    const allXml = await all.text()
    expect(allXml).toContain('<title>River volunteers plant a thousand trees</title>')
    expect(allXml).not.toContain('A draft nobody may see')
    const community = await (await fetch(`${server.url}/categories/community/feed.xml`)).text()
    expect(community).toContain('River volunteers plant a thousand trees')
    expect(community).not.toContain('Interview number')
    expect((await fetch(`${server.url}/categories/no-such-category/feed.xml`)).status).toBe(404)
  })

  it('shows the guidelines and code of conduct with a "Submit a story" link into the admin', async () => {
    const { context, page } = await newPage()
    for (const path of ['/guidelines', '/code-of-conduct']) {
      await page.goto(`${server.url}${path}`)
      await expect(
        page.getByRole('link', { name: 'Submit a story' }).getAttribute('href'),
      ).resolves.toBe('/admin/collections/stories/create')
    }
    await context.close()
  })
})

describe('events: calendar, map and .ics (Must show 4)', () => {
  it("places the seeded event on the reader's day in the month view", async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/events?month=${readerDay.slice(0, 7)}`)
    // The browser's zone replaces the server's UTC layout once the page has hydrated.
    await page.locator(`[data-testid="calendar"][data-zone="${READER_ZONE}"]`).waitFor()
    const cell = page.locator(`td[data-day="${readerDay}"]`)
    await expect(cell.innerText()).resolves.toContain('Tokyo night assembly')
    expect(readerDay).not.toBe(tokyoDay)
    if (tokyoDay.slice(0, 7) === readerDay.slice(0, 7)) {
      await expect(page.locator(`td[data-day="${tokyoDay}"]`).innerText()).resolves.not.toContain(
        'Tokyo night assembly',
      )
    }
    await screenshot(page, 'step4-calendar-month')
    await page.getByRole('link', { name: 'List' }).click()
    await page.waitForURL(/view=list/)
    const item = page.locator('article', { hasText: 'Tokyo night assembly' })
    // The reader's own time is written in by the browser once the page has hydrated: wait for it.
    await item.locator('time', { hasText: 'your time' }).waitFor()
    await expect(item.locator('time').innerText()).resolves.toMatch(
      /your time \(.*01:30.*Asia\/Tokyo\)/,
    )
    await screenshot(page, 'step4-calendar-list')
    await context.close()
  })

  it('shows the event as a marker on the map, and in the list under it, although tiles cannot load', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/events/map`)
    const marker = page.locator('.leaflet-marker-icon[aria-label="Tokyo night assembly"]')
    await marker.waitFor({ state: 'visible' })
    await expect(page.locator('[data-testid="map-event-list"]').innerText()).resolves.toContain(
      'Tokyo night assembly',
    )
    await marker.click()
    await expect(page.locator('.leaflet-popup-content').innerText()).resolves.toContain(
      'Tokyo night assembly',
    )
    await screenshot(page, 'step4-map')
    await context.close()
  })

  it('names a cancelled event "Cancelled: ..." on the map and in the list under it, as the other lists do', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/events/map`)
    await page
      .locator('.leaflet-marker-icon[aria-label="Cancelled: Nairobi river picnic"]')
      .waitFor({ state: 'visible' })
    await expect(
      page.locator('[data-testid="map-event-list"] h3').allInnerTexts(),
    ).resolves.toContain('Cancelled: Nairobi river picnic')
    await page.goto(`${server.url}/events?view=list`)
    await expect(page.locator('main article .card__title').allInnerTexts()).resolves.toContain(
      'Cancelled: Nairobi river picnic',
    )
    await context.close()
  })

  it("shows an event's description and a small map of its place", async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/events/tokyo-night-assembly`)
    await expect(page.locator('article .prose').innerText()).resolves.toContain(
      'Short talks, then planning in small groups.',
    )
    await expect(page.locator('.facts').innerText()).resolves.toContain(
      'Community hall, Tokyo, Japan',
    )
    await page
      .locator('.map--small .leaflet-marker-icon[aria-label="Tokyo night assembly"]')
      .waitFor({ state: 'visible' })
    await expect(
      page.getByRole('region', { name: 'Map: Community hall, Tokyo, Japan' }).count(),
    ).resolves.toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'site-event-map')
    await context.close()
  })

  it('downloads the event as an .ics file from "Add to calendar"', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/events/tokyo-night-assembly`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Add to calendar/ }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const ics = readFileSync((await download.path())!, 'utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('SUMMARY:Tokyo night assembly')
    expect(ics).toContain('TZID=Asia/Tokyo')
    await screenshot(page, 'step4-event-page')
    await context.close()
  })
})

describe('not found, authors and tags', () => {
  it.each([
    ['an address no route matches', '/no-such-page'],
    ['an unknown story', '/stories/no-such-story'],
  ])(
    "answers %s with the site's 404: its navigation, and links home, to the stories and to the events",
    async (_what, path) => {
      const { context, page } = await newPage()
      const response = await page.goto(`${server.url}${path}`)
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1').innerText()).resolves.toBe('Page not found')
      await expect(
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Stories' })
          .count(),
      ).resolves.toBe(1)
      await expect(
        page.locator('footer').getByRole('link', { name: 'Code of conduct' }).count(),
      ).resolves.toBe(1)
      await screenshot(page, `site-404${path.replace(/\//g, '-')}`)
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.locator('main').getByRole('link', { name: 'All stories' }).click()
      await page.waitForURL(`${server.url}/stories`)
      await context.close()
    },
  )

  it("goes from a story's byline to its author's published stories, paged", async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories/${storySlug}`)
    await page.locator('article .meta').getByRole('link', { name: 'Ada Admin' }).click()
    await page.waitForURL(/\/authors\/ada-admin-\d+$/)
    await expect(page.locator('h1').innerText()).resolves.toBe('Stories by Ada Admin')
    const titles = await page.locator('main article h2').allInnerTexts()
    expect(titles).toHaveLength(10)
    expect(titles).not.toContain('A draft nobody may see')
    expect(await page.content()).not.toContain('ada@example.test')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'site-author')
    await page.getByRole('link', { name: 'Older stories →' }).click()
    await page.waitForURL(/\/authors\/ada-admin-\d+\?page=2$/)
    expect(await page.locator('main article h2').allInnerTexts()).toEqual([
      'Interview number 1',
      'River volunteers plant a thousand trees',
    ])
    await context.close()
  })

  it("goes from a story's tag to the published stories with that tag", async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories/${storySlug}`)
    await page
      .getByRole('navigation', { name: 'Tags' })
      .getByRole('link', { name: 'river care' })
      .click()
    await page.waitForURL(`${server.url}/tags/river%20care`)
    await expect(page.locator('h1').innerText()).resolves.toBe('Stories tagged “river care”')
    expect(await page.locator('main article h2').allInnerTexts()).toEqual([
      'River volunteers plant a thousand trees',
    ])
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'site-tag')
    // The same page on a full load of the address, not only after a client-side navigation.
    await page.goto(`${server.url}/tags/river%20care`)
    await expect(page.locator('h1').innerText()).resolves.toBe('Stories tagged “river care”')
    expect((await fetch(`${server.url}/tags/no-such-tag`)).status).toBe(404)
    await context.close()
  })
})

describe('phone-sized viewport (Must show 5)', () => {
  it.each([
    ['story', () => `/stories/${storySlug}`],
    ['home', () => '/'],
    ['calendar', () => `/events?month=${readerDay.slice(0, 7)}`],
    ['map', () => '/events/map'],
    ['event', () => '/events/tokyo-night-assembly'],
  ])('renders the %s page 375px wide without horizontal scrolling', async (name, path) => {
    const { context, page } = await newPage({ width: 375, height: 812 })
    await page.goto(`${server.url}${path()}`)
    await page.waitForLoadState('networkidle')
    await screenshot(page, `step5-phone-${name}`)
    expect(await hasNoHorizontalScroll(page)).toBe(true)
    await context.close()
  })
})

describe('accessibility (Must show 6)', () => {
  it.each([
    ['home', () => '/', null],
    ['story', () => `/stories/${storySlug}`, null],
    ['calendar', () => `/events?month=${readerDay.slice(0, 7)}`, `[data-zone="${READER_ZONE}"]`],
    ['map', () => '/events/map', '.leaflet-marker-icon'],
  ])('finds no serious or critical axe violation on the %s page', async (name, path, ready) => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}${path()}`)
    if (ready) await page.locator(ready).first().waitFor()
    await screenshot(page, `step6-axe-${name}`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })

  it('lets a keyboard user skip straight to the content', async () => {
    const { context, page } = await newPage()
    await page.goto(`${server.url}/stories/${storySlug}`)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    )
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await context.close()
  })
})
