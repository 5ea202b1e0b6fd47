import { renderEventMarkdown } from '@/bridge/sync/renderEventMarkdown'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { feedEventFixture } from '@/tests/unit/events/feedEventFixture'
import { markdownToHtml } from '@/tests/helpers/markdownToHtml'

const publicUrl = 'https://space.example.org'

/** The attributes of the first [event] block, as the plugin's own parser reads them. */
const eventAttrs = (raw: string): Record<string, string> => {
  const block = /^\[event ([^\]]*)\]\n\[\/event\]/.exec(raw)
  if (!block) throw new Error(`no [event] block at the start of:\n${raw}`)
  return Object.fromEntries([...block[1].matchAll(/([-\w]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

describe('renderEventMarkdown', () => {
  it('opens with the [event] block: local start and end, zone, public status, name and page url', () => {
    const raw = renderEventMarkdown(feedEventFixture(), { publicUrl })
    expect(
      raw.startsWith(
        '[event start="2026-03-17 19:00" end="2026-03-17 21:00" timezone="Europe/Berlin" status="public" ',
      ),
    ).toBe(true)
    expect(eventAttrs(raw)).toEqual({
      start: '2026-03-17 19:00',
      end: '2026-03-17 21:00',
      timezone: 'Europe/Berlin',
      status: 'public',
      name: 'Weekly organisers call',
      url: 'https://space.example.org/events/weekly-organisers-call',
      location: 'Kiezladen, Berlin, Germany',
    })
  })

  it('writes wall-clock times after the DST change in the event zone, not UTC', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({ start: '2026-04-07T17:00:00.000Z', end: '2026-04-07T19:00:00.000Z' }),
      { publicUrl },
    )
    expect(eventAttrs(raw)).toMatchObject({ start: '2026-04-07 19:00', end: '2026-04-07 21:00' })
  })

  it('writes all-day events as dates with allDay="true"', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({
        allDay: true,
        start: '2026-03-27T23:00:00.000Z',
        end: '2026-03-29T22:00:00.000Z',
      }),
      { publicUrl },
    )
    expect(eventAttrs(raw)).toMatchObject({
      start: '2026-03-28',
      end: '2026-03-29',
      allDay: 'true',
    })
  })

  it('marks a cancelled event in the name and with a banner in the body', () => {
    const raw = renderEventMarkdown(feedEventFixture({ status: 'cancelled' }), { publicUrl })
    expect(eventAttrs(raw).name).toBe('Cancelled: Weekly organisers call')
    expect(raw).toContain('**❌ Cancelled.**')
  })

  it('marks a postponed event the same way', () => {
    const raw = renderEventMarkdown(feedEventFixture({ status: 'postponed' }), { publicUrl })
    expect(eventAttrs(raw).name).toBe('Postponed: Weekly organisers call')
    expect(raw).toContain('**⏸ Postponed.**')
  })

  it('maps a weekly RRULE to the plugin recurrence with the last sitting as recurrenceUntil', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' }),
      { publicUrl },
    )
    expect(eventAttrs(raw)).toMatchObject({
      recurrence: 'every_week',
      recurrenceUntil: '2026-04-07 19:00',
    })
  })

  it('maps "first Tuesday of the month" to every_month and describes rules the plugin cannot hold', () => {
    // 2026-03-03 is the first Tuesday of March.
    const monthly = feedEventFixture({
      start: '2026-03-03T18:00:00.000Z',
      end: '2026-03-03T20:00:00.000Z',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
    })
    expect(eventAttrs(renderEventMarkdown(monthly, { publicUrl })).recurrence).toBe('every_month')
    const twiceWeekly = renderEventMarkdown(
      feedEventFixture({ recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6' }),
      { publicUrl },
    )
    expect(eventAttrs(twiceWeekly).recurrence).toBeUndefined()
    expect(twiceWeekly).toContain(
      '**Repeats:** every week on Tuesday, Thursday for 6 times (Europe/Berlin time)',
    )
  })

  it('keeps quotes and brackets in a title from breaking the block', () => {
    const raw = renderEventMarkdown(feedEventFixture({ title: 'The "big" [annual] meetup' }), {
      publicUrl,
    })
    expect(eventAttrs(raw).name).toBe('The big annual meetup')
  })

  it('follows the block with the description, links and the page link', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({
        format: 'hybrid',
        onlineUrl: 'https://meet.example.org/x',
        registrationUrl: 'https://example.org/register',
        description: lexicalDocument([paragraphNode('Bring snacks.')]) as never,
      }),
      { publicUrl },
    )
    expect(raw).toContain('[/event]\n\nBring snacks.')
    expect(raw).toContain(
      '**Join online:** [https://meet.example.org/x](https://meet.example.org/x)',
    )
    expect(raw).toContain(
      '**Register:** [https://example.org/register](https://example.org/register)',
    )
    expect(
      raw.endsWith(
        '[See the event on Space →](https://space.example.org/events/weekly-organisers-call)',
      ),
    ).toBe(true)
  })

  it('escapes the venue, city, country and organizer, so they read as typed', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({
        venue: 'The *Hall* [x](http://evil)',
        city: '<b>Berlin</b>',
        country: '_DE_',
        organizer: '# Org `team` ](http://evil)',
      }),
      { publicUrl },
    )
    const details = raw.split('\n\n')[1]!
    expect(details).toBe(
      '**Where:** The \\*Hall\\* \\[x\\](http://evil), \\<b\\>Berlin\\</b\\>, \\_DE\\_\n**Organised by:** # Org \\`team\\` \\](http://evil)',
    )
    expect(markdownToHtml(details)).toBe(
      '<p><strong>Where:</strong> The *Hall* [x](http://evil), &lt;b&gt;Berlin&lt;/b&gt;, _DE_\n<strong>Organised by:</strong> # Org `team` ](http://evil)</p>',
    )
  })

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'mailto:a@example.org',
  ])('leaves out an online or registration URL %j (stored before it was checked)', (url) => {
    const raw = renderEventMarkdown(
      feedEventFixture({ format: 'hybrid', onlineUrl: url, registrationUrl: url }),
      { publicUrl },
    )
    expect(raw).not.toContain('Join online')
    expect(raw).not.toContain('Register')
    expect(raw).not.toMatch(/script:|data:|mailto:/i)
  })

  it('keeps a URL with parentheses or spaces inside its link', () => {
    const raw = renderEventMarkdown(
      feedEventFixture({ registrationUrl: 'https://example.org/sign up (free)' }),
      { publicUrl },
    )
    expect(raw).toContain(
      '**Register:** [https://example.org/sign up (free)](https://example.org/sign%20up%20%28free%29)',
    )
  })
})
