import type { Event } from '@/types/payload-types'
import { publicEventUrl } from '@/events/publicEventUrl'
import { statusLabel } from '@/events/statusLabel'
import type { BridgeSettings } from '../bridgeSettings'
import type { DesiredTopic } from './DesiredTopic'
import { renderEventMarkdown } from './renderEventMarkdown'

/**
 * What the forum topic for an event should look like: the discourse-calendar `[event]`
 * post, in the events category, with the status in the title so a cancellation shows in
 * topic lists too.
 */
export const renderEventTopic = (event: Event, settings: BridgeSettings): DesiredTopic => {
  const label = statusLabel(event.status)
  return {
    title: label ? `${label}: ${event.title}` : event.title,
    raw: renderEventMarkdown(event, { publicUrl: settings.publicUrl }),
    categoryId: settings.eventsCategoryId,
    tags: [
      'event',
      event.format.replace('_', '-'),
      ...(event.country ? [event.country.toLowerCase().replace(/[^a-z0-9]+/g, '-')] : []),
    ],
    embedUrl: publicEventUrl(settings.publicUrl, event.slug),
    visible: event.publication === 'published',
  }
}
