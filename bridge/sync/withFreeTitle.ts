import { DiscourseValidationError } from '../discourse'
import { disambiguatedTitle } from '../outbox/subjects'

/** How many numbered titles ("Title · 2" … "Title · 10") are tried before the refusal stands. */
const MAX_TITLE_NUMBER = 10

// Discourse words it "Title has already been used" (unless allow_duplicate_topic_titles is on).
export const titleTaken = (err: unknown) =>
  err instanceof DiscourseValidationError &&
  err.errors.some((e) => /^title\b/i.test(e) && /already been used/i.test(e))

// Discourse words it "External has already been taken" (Rails drops `_id` from the field name).
export const externalIdTaken = (err: unknown) =>
  err instanceof DiscourseValidationError &&
  err.errors.some((e) => /^external\b/i.test(e) && /taken/i.test(e))

/**
 * Sends a topic's title (a create or a retitle) and, while Discourse refuses it as already
 * used by another topic, sends it again as "Title · 2", "Title · 3" …: a story whose title
 * another topic has gets its own topic without a person. A refusal for any other reason, or
 * a taken external_id (the topic is ours already: adopt it), is not retried here.
 */
export const withFreeTitle = async <T>(
  wanted: string,
  renderedTitle: string,
  send: (title: string) => Promise<T>,
): Promise<{ result: T; title: string }> => {
  const numbered = Array.from({ length: MAX_TITLE_NUMBER - 1 }, (_, i) =>
    disambiguatedTitle(renderedTitle, i + 2),
  )
  const titles = [wanted, ...numbered.filter((t) => t !== wanted)]
  for (let i = 0; ; i++) {
    const title = titles[i]!
    try {
      return { result: await send(title), title }
    } catch (err) {
      if (!titleTaken(err) || externalIdTaken(err) || i === titles.length - 1) throw err
    }
  }
}
