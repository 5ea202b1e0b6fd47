import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '@/access/checkRole'
import { demoEvents } from './demoEvents'
import { demoStories, storyBody } from './demoStories'
import { slugify } from '@/shared/slugify'
import { seedDefaults } from './seedDefaults'

export type DemoCredentials = { role: Role; email: string; password: string }
export type SeedDemoResult =
  | { alreadySeeded: true }
  | { alreadySeeded: false; users: DemoCredentials[]; stories: number; events: number }

const demoUsers: Array<{ role: Role; name: string; affiliation: string }> = [
  { role: 'admin', name: 'Demo Admin', affiliation: 'Space network team' },
  { role: 'editor', name: 'Demo Editor', affiliation: 'Space editorial desk' },
  { role: 'contributor', name: 'Demo Contributor', affiliation: 'Nairobi river keepers' },
]
const emailFor = (role: Role) => `demo-${role}@space.example`

/**
 * Adds demo users (one per role), stories in every workflow state and events around the world.
 * Idempotent: the demo admin's account marks a seeded database. Passwords are random and only
 * returned to the caller, never logged: the CLI prints them once.
 */
export const seedDemo = async (
  payload: Payload,
  now: Date = new Date(),
): Promise<SeedDemoResult> => {
  const marker = await payload.count({
    collection: 'users',
    where: { email: { equals: emailFor('admin') } },
    overrideAccess: true,
  })
  if (marker.totalDocs > 0) return { alreadySeeded: true }
  await seedDefaults(payload)

  const credentials: DemoCredentials[] = []
  const ids = {} as Record<Role, number>
  for (const { role, name, affiliation } of demoUsers) {
    const password = randomBytes(12).toString('base64url')
    const user = await payload.create({
      collection: 'users',
      data: { email: emailFor(role), password, name, affiliation, roles: [role] },
      overrideAccess: true,
    })
    ids[role] = user.id as number
    credentials.push({ role, email: emailFor(role), password })
  }

  const categories = await payload.find({
    collection: 'categories',
    limit: 100,
    overrideAccess: true,
    depth: 0,
  })
  const categoryId = new Map(categories.docs.map((c) => [c.slug, c.id]))
  for (const { sections, category, author, ...story } of demoStories) {
    await payload.create({
      collection: 'stories',
      data: {
        ...story,
        slug: slugify(story.title),
        body: storyBody(sections) as never,
        category: categoryId.get(category) as number,
        authors: [ids[author]],
      },
      overrideAccess: true,
    })
  }

  const events = demoEvents(now)
  for (const event of events) {
    await payload.create({
      collection: 'events',
      data: { ...event, publication: 'published', createdBy: ids.editor } as never,
      overrideAccess: true,
    })
  }
  payload.logger.info(
    { users: credentials.length, stories: demoStories.length, events: events.length },
    'seeded demo content',
  )
  return {
    alreadySeeded: false,
    users: credentials,
    stories: demoStories.length,
    events: events.length,
  }
}
