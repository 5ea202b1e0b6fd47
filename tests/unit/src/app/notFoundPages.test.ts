// The 404s: an address no route matches (global-not-found, outside every layout) and a public
// page's notFound() (inside the (frontend) layout) both leave the reader on the site, with its
// navigation and links to where the content is. There is no search to link to yet.
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import GlobalNotFound, { metadata } from '@/src/app/global-not-found'
import FrontendLayout from '@/src/app/(frontend)/layout'
import NotFound from '@/src/app/(frontend)/not-found'

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
const mainOf = (html: string) => html.match(/<main[^>]*>([\s\S]*)<\/main>/)?.[1] ?? ''

describe('the 404 for an address no route matches', () => {
  const html = renderToStaticMarkup(h(GlobalNotFound))

  it("is a whole page in the site's header and footer, with the skip link and main navigation", () => {
    expect(html).toMatch(/^<html lang="en">(<head><\/head>)?<body><header class="site-header">/)
    expect(html).toContain('<a class="skip-link" href="#main">Skip to content</a>')
    expect(html).toContain('<nav aria-label="Main">')
    expect(html).toContain('<main id="main" tabindex="-1" class="site-main">')
    expect(html).toMatch(/<footer class="site-footer"><nav aria-label="Site">/)
    expect(metadata.robots).toEqual({ index: false })
  })

  it('says what happened and links home, to the stories and to the events, not to a search', () => {
    const main = mainOf(html)
    expect(main).toContain('<h1>Page not found</h1>')
    expect(hrefs(main)).toEqual(['/', '/stories', '/events', '/events/map'])
    expect(html).not.toMatch(/search/i)
  })
})

describe("a public page's notFound()", () => {
  it('shows the same helpful links inside the (frontend) layout', () => {
    const html = renderToStaticMarkup(h(FrontendLayout, null, h(NotFound)))
    expect(html).toContain('<nav aria-label="Main">')
    expect(html).toContain('<footer class="site-footer">')
    expect(hrefs(mainOf(html))).toEqual(['/', '/stories', '/events', '/events/map'])
  })
})
