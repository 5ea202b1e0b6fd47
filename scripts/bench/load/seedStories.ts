import type { Payload } from 'payload'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'

const words =
  'volunteers gathered in the square to plan the next assembly while neighbours brought food water and maps of the district'.split(
    ' ',
  )
const sentence = (seed: number, length: number) => {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!)
  const text = out.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}
const paragraph = (seed: number) =>
  [0, 1, 2, 3].map((i) => sentence(seed + i, 14 + ((seed + i) % 9))).join(' ')

/** A story's row as an editor would write it: a summary and a body of a heading and four paragraphs (about 2.5 kB of Lexical JSON). */
export const storyRow = (n: number, publishedAt: string) => ({
  title: `Dispatch ${n}: ${sentence(n, 6).slice(0, -1)}`,
  slug: `dispatch-${n}`,
  status: 'published',
  publishedAt,
  summary: sentence(n, 24),
  body: lexicalDocument([
    paragraphNode(paragraph(n)),
    headingNode('What happens next'),
    paragraphNode(paragraph(n + 1)),
    paragraphNode(paragraph(n + 2)),
    paragraphNode(paragraph(n + 3)),
  ]),
  language: 'en',
  authorNames: 'Field Correspondent',
  discourse_syncState: 'none',
  discourse_owedVersion: 0,
  discourse_syncedVersion: 0,
  discourse_replyCount: 0,
  discourse_likeCount: 0,
  discourse_views: 0,
  discourse_participants: 0,
  discourse_attempts: 0,
  createdAt: publishedAt,
  updatedAt: publishedAt,
})

type Drizzle = {
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}

/**
 * Inserts `count` published stories in multi-row INSERTs through the adapter's drizzle
 * tables (SQLite and Postgres alike): no hooks, so no revisions and no owed syncs, which
 * `context: { fromBridge: true }` would also avoid, but thousands of rows a second instead of
 * a hundred. One story a minute back from now; `extra(n)` adds columns to story n's row.
 */
export const seedStories = async (
  payload: Payload,
  count: number,
  {
    batch = 200,
    extra = () => ({}),
  }: { batch?: number; extra?: (n: number) => Record<string, unknown> } = {},
) => {
  const db = payload.db as unknown as Drizzle
  const now = Date.now()
  for (let first = 0; first < count; first += batch) {
    const rows = []
    for (let n = first; n < Math.min(count, first + batch); n++)
      rows.push({ ...storyRow(n, new Date(now - (count - n) * 60_000).toISOString()), ...extra(n) })
    await db.drizzle.insert(db.tables.stories).values(rows)
  }
}
