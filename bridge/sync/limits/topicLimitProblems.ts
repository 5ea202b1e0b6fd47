import type { DesiredTopic } from '../DesiredTopic'
import type { TopicLimits } from './TopicLimits'

export type TopicProblem = { part: 'title' | 'body'; message: string }

// Discourse cleans a title before measuring it (TextCleaner.clean_title: strip, squeeze spaces),
// and measures the first post's raw text stripped.
const cleanTitle = (title: string) => title.trim().replace(/\s+/g, ' ')

/**
 * What the forum would refuse in this topic, by the lengths alone (a title already used is the
 * bridge's to number: withFreeTitle). Pure, so the admin's save never waits on the forum.
 */
export const topicLimitProblems = (
  topic: Pick<DesiredTopic, 'title' | 'raw'>,
  limits: TopicLimits,
): TopicProblem[] => {
  const problems: TopicProblem[] = []
  const title = cleanTitle(topic.title)
  if (title.length < limits.min_topic_title_length)
    problems.push({
      part: 'title',
      message: `The forum needs a title of at least ${limits.min_topic_title_length} characters; this one has ${title.length}.`,
    })
  else if (title.length > limits.max_topic_title_length)
    problems.push({
      part: 'title',
      message: `The forum takes titles of at most ${limits.max_topic_title_length} characters; this one has ${title.length}.`,
    })
  const body = topic.raw.trim()
  if (body.length < limits.min_first_post_length)
    problems.push({
      part: 'body',
      message: `The forum needs a first post of at least ${limits.min_first_post_length} characters; this one has ${body.length}.`,
    })
  return problems
}
