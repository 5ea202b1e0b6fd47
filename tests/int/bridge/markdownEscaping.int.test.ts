// Whatever a person types (a story's title and summary, their own name, an event's place and
// organizer) reaches the forum as that text: the topic title as typed (Discourse reads titles
// as plain text), the first post with the Markdown escaped so nothing is read as a link,
// emphasis or HTML.
import { bootWithSimulator, drainSyncQueue } from '@/harness/bootSpace'
import { bootForSuite } from '@/tests/helpers/suiteSpace'
import { firstPostRaw, topicsWithExternalId } from '@/tests/helpers/simulatorTopics'
import { markdownToHtml } from '@/tests/helpers/markdownToHtml'
import { controlFetch } from '@/tests/helpers/controlFetch'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'

const space = bootForSuite(() => bootWithSimulator())

const title =
  'Fix *all* the [bugs](http://evil) _now_ # <script>alert(1)</script> `x` [x](javascript:alert(1))'
const authorName = 'Eve](http://evil) **Admin** _of_ #everything'
const summary = '[Click](http://evil) for <b>free</b> *stuff*'

describe('a story whose title, summary and author name hold Markdown', () => {
  it('reaches the forum with the title as typed and the first post escaped', async () => {
    const author = await space.payload.create({
      collection: 'users',
      data: {
        email: 'eve@example.test',
        password: 'a-long-password-1',
        name: authorName,
        roles: ['contributor'],
      },
      overrideAccess: true,
    })
    const story = await space.payload.create({
      collection: 'stories',
      data: {
        title,
        summary,
        authors: [author.id],
        body: lexicalDocument([paragraphNode('We met *on* [Saturday].')]),
        status: 'published',
      } as never,
      overrideAccess: true,
    })
    await drainSyncQueue(space.payload)
    const doc = await space.payload.findByID({
      collection: 'stories',
      id: story.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.discourse?.syncState).toBe('synced')
    const [topic] = topicsWithExternalId(space.simulator, doc.discourse!.externalId!)
    expect(topic!.title).toBe(title)

    const pageUrl = `http://localhost:${space.env.PORT}/stories/${doc.slug}`
    const raw = firstPostRaw(space.simulator, doc.discourse!.topicId!)
    expect(raw).toBe(
      [
        '*By Eve\\](http://evil) \\*\\*Admin\\*\\* \\_of\\_ #everything. First published on Space: ' +
          `[Fix \\*all\\* the \\[bugs\\](http://evil) \\_now\\_ # \\<script\\>alert(1)\\</script\\> \\\`x\\\` \\[x\\](javascript:alert(1))](${pageUrl})*`,
        '**\\[Click\\](http://evil) for \\<b\\>free\\</b\\> \\*stuff\\***',
        'We met \\*on\\* \\[Saturday\\].',
        `[Read it on Space](${pageUrl})`,
      ].join('\n\n'),
    )
    // Rendered as CommonMark (as Discourse's markdown-it does): the bridge's own emphasis and
    // links, nothing injected.
    const html = markdownToHtml(raw)
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([pageUrl, pageUrl])
    expect(html.match(/<(em|strong)>/g)).toEqual(['<em>', '<strong>'])
    expect(html).not.toMatch(/<(script|b)>/)
    expect(html).toContain(
      'Fix *all* the [bugs](http://evil) _now_ # &lt;script&gt;alert(1)&lt;/script&gt; `x` [x](javascript:alert(1))',
    )
    expect(html).toContain('By Eve](http://evil) **Admin** _of_ #everything.')

    // And as the simulator's own topic page shows the first post.
    const page = await (
      await controlFetch(`${space.simulator.url}${new URL(doc.discourse!.topicUrl!).pathname}`)
    ).text()
    const cooked = page.slice(page.indexOf('<div class="cooked">'))
    expect(cooked).toContain(
      'Fix *all* the [bugs](http://evil) _now_ # &lt;script&gt;alert(1)&lt;/script&gt; `x` [x](javascript:alert(1))</a>',
    )
    expect(cooked).not.toMatch(/href="(http:\/\/evil|javascript:)|<script|<b>/)
  })
})

describe('an event whose place and organizer hold Markdown', () => {
  it('reaches the forum with them escaped', async () => {
    const event = await space.payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        title: 'Assembly at the *big* hall',
        start: '2031-03-28T17:00:00.000Z',
        end: '2031-03-28T19:00:00.000Z',
        timezone: 'Europe/Berlin',
        format: 'in_person',
        venue: '[Hall](http://evil)',
        city: '<i>Berlin</i>',
        organizer: '**Org** _team_',
        latitude: 52.518,
        longitude: 13.408,
        publication: 'published',
      } as never,
    })
    await drainSyncQueue(space.payload)
    const doc = await space.payload.findByID({
      collection: 'events',
      id: event.id,
      overrideAccess: true,
      depth: 0,
    })
    const raw = firstPostRaw(space.simulator, doc.discourse!.topicId!)
    expect(space.simulator.state.topics.get(doc.discourse!.topicId!)!.title).toBe(
      'Assembly at the *big* hall',
    )
    expect(raw).toContain(
      '**Where:** \\[Hall\\](http://evil), \\<i\\>Berlin\\</i\\>\n**Organised by:** \\*\\*Org\\*\\* \\_team\\_',
    )
    expect(markdownToHtml(raw)).not.toMatch(/href="http:\/\/evil"|<i>/)
  })
})
