import type { Payload } from 'payload'
import { headingNode, lexicalDocument, paragraphNode } from '../../../src/shared/lexical'

const words = 'volunteers gathered in the square to plan the next assembly while neighbours brought food water and maps of the district'.split(' ')
const sentence = (seed: number, length: number) => {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!)
  const text = out.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}
const paragraph = (seed: number) => [0, 1, 2, 3].map((i) => sentence(seed + i, 14 + ((seed + i) % 9))).join(' ')

/** A story as an editor would write it: a summary and a body of a heading and four paragraphs (about 2.5 kB of Lexical JSON). */
export const storyData = (n: number, publishedAt: Date) => ({
  title: `Dispatch ${n}: ${sentence(n, 6).slice(0, -1)}`,
  slug: `dispatch-${n}`,
  status: 'published',
  publishedAt: publishedAt.toISOString(),
  summary: sentence(n, 24),
  body: lexicalDocument([paragraphNode(paragraph(n)), headingNode('What happens next'), paragraphNode(paragraph(n + 1)), paragraphNode(paragraph(n + 2)), paragraphNode(paragraph(n + 3))]),
  language: 'en',
  authorNames: 'Field Correspondent',
  discourse: { syncState: 'none', owedVersion: 0, syncedVersion: 0, replyCount: 0, likeCount: 0, views: 0, participants: 0, attempts: 0 },
})

/**
 * Inserts `count` published stories straight through the database adapter: no hooks, so no
 * revisions and no owed syncs (what `context: { fromBridge: true }` would also avoid), at
 * several hundred rows a second. One story a minute back from now, newest last.
 */
export const seedStories = async (payload: Payload, count: number, { concurrency = 8 } = {}) => {
  const now = Date.now()
  let next = 0
  const lane = async () => {
    while (next < count) {
      const n = next++
      await payload.db.create({ collection: 'stories', data: storyData(n, new Date(now - (count - n) * 60_000)) })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
}
