import { DateTime } from 'luxon'
import type { FeedEvent } from '@/events/FeedEvent'
import { allDayDates } from '@/events/allDayDates'
import { discourseRecurrence } from '@/events/discourseRecurrence'
import { eventLocationText } from '@/events/eventLocationText'
import { expandOccurrences } from '@/events/expandOccurrences'
import { parseEventRecurrence } from '@/events/parseEventRecurrence'
import { publicEventUrl } from '@/events/publicEventUrl'
import { isSafeUrl } from '@/shared/isSafeUrl'
import { absoluteUrl } from './absoluteUrl'
import { escapeMarkdown } from './escapeMarkdown'
import { markdownUrl } from './markdownUrl'
import { renderLexicalMarkdown } from './renderLexicalMarkdown'

export type RenderEventOptions = { publicUrl: string }

/** A stored http(s) URL as a Markdown link showing itself; nothing for any other scheme. */
const webLink = (url: string | null | undefined) =>
  url && isSafeUrl(url, 'web') ? `[${escapeMarkdown(url.trim())}](${markdownUrl(url)})` : ''

// The plugin reads `[event key="value" ...]` up to the first `]` and drops double quotes,
// so values lose quotes, brackets and line breaks rather than break the block.
const attr = (value: string) =>
  value
    .replace(/["[\]\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const MIN_NAME = 5 // the plugin rejects shorter names; without one it shows the topic title

const banner = (status: FeedEvent['status']) =>
  status === 'cancelled'
    ? '> **❌ Cancelled.** This event will not take place.'
    : status === 'postponed'
      ? '> **⏸ Postponed.** A new date will be announced; the times below are the old ones.'
      : ''

/**
 * The first post of an event's forum topic: the discourse-calendar plugin's `[event]` block
 * (start and end as "YYYY-MM-DD HH:mm" wall-clock in the event's zone, or bare dates with
 * allDay="true"), then the description and links. Cancelled and postponed events say so in the
 * event name (shown on the forum calendar) and in a banner. Place, organizer and links are
 * escaped like any user text; a URL isSafeUrl refuses is left out. Pure: same event, same Markdown.
 */
export const renderEventMarkdown = (
  event: FeedEvent,
  { publicUrl }: RenderEventOptions,
): string => {
  const zone = event.timezone || 'UTC'
  const url = publicEventUrl(publicUrl, event.slug)
  const local = (iso: string | Date) =>
    DateTime.fromJSDate(new Date(iso), { zone }).toFormat('yyyy-LL-dd HH:mm')
  const label =
    event.status === 'cancelled' ? 'Cancelled: ' : event.status === 'postponed' ? 'Postponed: ' : ''
  const name = attr(`${label}${event.title}`)
  const location = eventLocationText(event)
  const recurrence = discourseRecurrence(event)
  const days = event.allDay ? allDayDates(event) : null
  const attrs: Array<[string, string | null]> = [
    ['start', days ? days.firstDay : local(event.start)],
    ['end', days ? days.lastDay : local(event.end)],
    ['allDay', days ? 'true' : null],
    ['timezone', zone],
    ['status', 'public'],
    ['name', name.length >= MIN_NAME ? name.slice(0, 255) : null],
    ['url', url],
    ['location', location ? attr(location) : null],
    ['recurrence', recurrence],
    ['recurrenceUntil', recurrence ? local(expandOccurrences(event).at(-1)!.start) : null],
  ]
  const block = `[event ${attrs
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}]\n[/event]`
  const repeats =
    event.recurrence && !recurrence ? parseEventRecurrence(event)?.rule.toText() : null
  const details = [
    location && event.format !== 'online' ? `**Where:** ${escapeMarkdown(location)}` : '',
    repeats ? `**Repeats:** ${escapeMarkdown(`${repeats} (${zone} time)`)}` : '',
    webLink(event.onlineUrl) && `**Join online:** ${webLink(event.onlineUrl)}`,
    webLink(event.registrationUrl) && `**Register:** ${webLink(event.registrationUrl)}`,
    event.organizer?.trim() ? `**Organised by:** ${escapeMarkdown(event.organizer.trim())}` : '',
  ].filter(Boolean)
  return [
    block,
    banner(event.status),
    renderLexicalMarkdown(event.description, { absoluteUrl: absoluteUrl(publicUrl) }),
    details.join('\n'),
    `[See the event on Space →](${markdownUrl(url)})`,
  ]
    .filter((part) => part.trim())
    .join('\n\n')
}
