import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { FeedEvent } from './FeedEvent'

/** The event's rich-text description as plain text (empty when there is none). */
export const eventPlainText = (event: Pick<FeedEvent, 'description'>): string => {
  if (!event.description?.root) return ''
  return convertLexicalToPlaintext({ data: event.description as never }).trim()
}
